// Quick note capture (Ctrl+Shift+N from anywhere): asks the core for a new note at the clock's time,
// linked to the meeting running then, in the session of the day (or the chosen one between
// sessions), and holds it while the capture panel is open. Empty notes are not kept.
import {
  captureNote,
  deleteNote,
  listKeyIssues,
  listMeetings,
  listResolutions,
  listSituations,
  listStatements,
  today,
  toApiError,
  type ApiError,
} from "./api";
import type { Note, Session } from "./bindings";
import type { NoteContext } from "./note-links";
import { sessionOfTheDay } from "./today";

const NO_CONTEXT: NoteContext = { meetings: [], situations: [], keyIssues: [], statements: [] };

/** What a note of `sessionId` may be linked to; nothing when it cannot be read (the menus stay empty). */
async function contextOf(sessionId: string): Promise<NoteContext> {
  const [meetings, situations, keyIssues, statements, texts] = await Promise.allSettled([
    listMeetings(sessionId),
    listSituations(sessionId),
    listKeyIssues(sessionId),
    listStatements(sessionId),
    listResolutions(sessionId),
  ]);
  const value = <T>(r: PromiseSettledResult<T[]>): T[] => (r.status === "fulfilled" ? r.value : []);
  return {
    meetings: value(meetings),
    situations: value(situations),
    keyIssues: value(keyIssues),
    statements: value(statements),
    texts: value(texts),
  };
}

/** The session a captured note goes in: the one the day is about, else the chosen one (between
 * sessions); null leaves it to the core, which then says that no session is running. */
export async function captureSession(at: string | null, chosen: Session | null): Promise<string | null> {
  return sessionOfTheDay(await today(at, null), chosen) ?? chosen?.id ?? null;
}

export class Capture {
  /** The note being written. */
  note = $state<Note | null>(null);
  /** What it may be linked to (its session's meetings, situations, key issues, statements). */
  context = $state<NoteContext>(NO_CONTEXT);
  /** Why no note could be taken: the core's message. */
  problem = $state<ApiError | null>(null);
  /** Bumped when a capture closes: screens that list notes read them again. */
  changes = $state(0);
  /** Bumped when the shortcut is pressed while the panel is open: the panel focuses the text again. */
  focusRequests = $state(0);
  private starting = false;

  /** Whether the panel is shown (a note being written, or why there is none). */
  get open(): boolean {
    return this.note !== null || this.problem !== null;
  }

  /** Takes a new note at `at` (the clock set by hand; null for now); when one is open already, goes back to it. */
  async start(at: string | null, chosen: Session | null): Promise<void> {
    if (this.note !== null) {
      this.focusRequests += 1;
      return;
    }
    if (this.starting) return;
    this.starting = true;
    this.problem = null;
    try {
      const sessionId = await captureSession(at, chosen);
      const [note, context] = await Promise.all([captureNote(at, sessionId), sessionId ? contextOf(sessionId) : NO_CONTEXT]);
      this.context = context;
      this.note = note;
    } catch (e) {
      this.problem = toApiError(e);
    } finally {
      this.starting = false;
    }
  }

  /** The window is closing: a note still empty is not kept (what was typed is saved by the close guard). */
  async dropIfEmpty(): Promise<void> {
    const last = this.note;
    if (last && last.body.trim() === "") await deleteNote(last.id).catch(() => {});
  }

  /** Closes the panel once everything typed is saved (`note` as last stored); a note left empty is deleted. */
  async finish(note: Note | null): Promise<void> {
    const last = note ?? this.note;
    this.note = null;
    this.problem = null;
    this.context = NO_CONTEXT;
    if (last && last.body.trim() === "") await deleteNote(last.id).catch(() => {});
    this.changes += 1;
  }
}

/** The app's one capture. */
export const capture = new Capture();
