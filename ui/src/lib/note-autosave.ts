// The save queue behind a note's text box: creates the note on the first keystroke, then saves the
// latest text after a pause in typing (and at least every second while typing goes on), never two
// saves of one note at once, never dropping what was typed last.
import { toApiError, type ApiError } from "./api";
import type { Note, NoteInput } from "./bindings";

/** The two commands a note is saved with (api.ts's createNote and updateNote, or fakes in tests). */
export type NoteCommands = {
  create: (input: NoteInput) => Promise<Note>;
  update: (id: string, input: NoteInput) => Promise<Note>;
};

/** Where the latest text stands. */
export type AutosaveStatus =
  | { kind: "idle" }
  /** Typed, waiting for a pause. */
  | { kind: "pending" }
  | { kind: "saving" }
  /** Everything typed is stored; `note` is what the core returned. */
  | { kind: "saved"; note: Note }
  /** The last save failed; what was typed is kept and saved again on the next keystroke, flush or retry. */
  | { kind: "failed"; error: ApiError };

export type AutosaveOptions = {
  /** The note being edited; none for a new note (the first edit creates it). */
  note?: Note | null;
  /** Quiet time after the last keystroke before saving (ms). */
  delay?: number;
  /** While typing goes on, the longest time typed text waits before it is saved (ms). */
  maxWait?: number;
  /** Told of every change of status. */
  onStatus?: (status: AutosaveStatus) => void;
  /** Told of every note the core returns (the created note first). */
  onSaved?: (note: Note) => void;
};

export const AUTOSAVE_DELAY = 500;
export const AUTOSAVE_MAX_WAIT = 1000;

/** Every note with typing not yet stored, wherever its editor is (or was): what closing the window waits for. */
const unsaved = new Set<NoteAutosave>();

/** Saves every note's unsaved typing now; true once all is stored, false if a save failed. */
export async function flushAllNotes(): Promise<boolean> {
  const results = await Promise.all([...unsaved].map((autosave) => autosave.flush()));
  return results.every(Boolean);
}

export class NoteAutosave {
  private readonly commands: NoteCommands;
  private readonly delay: number;
  private readonly maxWait: number;
  private readonly onStatus: (status: AutosaveStatus) => void;
  private readonly onSaved: (note: Note) => void;

  private id: string | null;
  /** The latest input, not yet handed to a save. */
  private latest: NoteInput | null = null;
  /** The save under way, if any. */
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest unsaved edit was made (for `maxWait`). */
  private pendingSince: number | null = null;
  private disposed = false;
  private current: AutosaveStatus = { kind: "idle" };

  constructor(commands: NoteCommands, options: AutosaveOptions = {}) {
    this.commands = commands;
    this.id = options.note?.id ?? null;
    this.delay = options.delay ?? AUTOSAVE_DELAY;
    this.maxWait = options.maxWait ?? AUTOSAVE_MAX_WAIT;
    this.onStatus = options.onStatus ?? (() => {});
    this.onSaved = options.onSaved ?? (() => {});
  }

  /** The note's id once it exists. */
  get noteId(): string | null {
    return this.id;
  }

  get status(): AutosaveStatus {
    return this.current;
  }

  /** Whether something typed is not stored yet. */
  get unsaved(): boolean {
    return this.latest !== null || this.running !== null;
  }

  /** Records what the box holds now. A new note is created at once; later edits wait for a pause. */
  edit(input: NoteInput): void {
    if (this.disposed) return;
    this.latest = input;
    unsaved.add(this);
    if (this.id === null && this.running === null) {
      void this.flush();
      return;
    }
    this.setStatus({ kind: "pending" });
    this.schedule();
  }

  /** Saves what is waiting now (on blur, when the window hides, before closing the box) and
   * resolves once everything typed so far is stored: true, or false if a save failed. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    for (;;) {
      if (this.running) {
        await this.running;
        continue;
      }
      if (this.latest === null) {
        const ok = this.current.kind !== "failed";
        if (ok) unsaved.delete(this);
        return ok;
      }
      const input = this.latest;
      this.latest = null;
      this.pendingSince = null;
      this.running = this.save(input);
      await this.running;
      if (this.current.kind === "failed") return false;
    }
  }

  /** Stops the timer. What is unsaved stays unsaved: flush first. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private async save(input: NoteInput): Promise<void> {
    this.setStatus({ kind: "saving" });
    try {
      const note = this.id === null ? await this.commands.create(input) : await this.commands.update(this.id, input);
      this.id = note.id;
      this.onSaved(note);
      this.setStatus(this.latest === null ? { kind: "saved", note } : { kind: "pending" });
    } catch (e) {
      // Keep the text: unless something newer was typed meanwhile, this input is what to save next.
      this.latest ??= input;
      this.setStatus({ kind: "failed", error: toApiError(e) });
    } finally {
      this.running = null;
    }
  }

  private schedule(): void {
    const now = Date.now();
    this.pendingSince ??= now;
    const wait = Math.max(0, Math.min(this.delay, this.pendingSince + this.maxWait - now));
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, wait);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private setStatus(status: AutosaveStatus): void {
    this.current = status;
    this.onStatus(status);
  }
}

/** Calls `flush` when the window is hidden, minimised or closed; returns what undoes it. */
export function flushWhenHidden(flush: () => void): () => void {
  const onVisibility = () => {
    if (document.visibilityState === "hidden") flush();
  };
  document.addEventListener("visibilitychange", onVisibility);
  window.addEventListener("pagehide", flush);
  window.addEventListener("beforeunload", flush);
  return () => {
    document.removeEventListener("visibilitychange", onVisibility);
    window.removeEventListener("pagehide", flush);
    window.removeEventListener("beforeunload", flush);
  };
}
