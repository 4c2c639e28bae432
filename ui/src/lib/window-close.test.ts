// Closing the window waits for notes being typed to be stored: the close request holds until every pending save
// is done (a captured note left empty is not kept); a failed save keeps the window open once; a hanging store does
// not keep it open for ever.
import type { CloseRequestedEvent } from "@tauri-apps/api/window";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Note, NoteInput } from "./bindings";
import { note } from "../test/today-data";
import { clearMocks, fakeCommands } from "../test/fake-commands";
import { capture } from "./capture.svelte";
import { flushAllNotes, NoteAutosave } from "./note-autosave";
import { CLOSE_PATIENCE_MS, flushNotesBeforeClose, type ClosingWindow } from "./window-close";

afterEach(() => {
  vi.useRealTimers();
});

/** A window whose close request the test makes, as Tauri's window does (`preventDefault` keeps it open). */
function fakeWindow() {
  let handler: ((event: CloseRequestedEvent) => void | Promise<void>) | null = null;
  const win: ClosingWindow = {
    onCloseRequested: async (h) => {
      handler = h;
      return () => (handler = null);
    },
  };
  /** Asks to close; resolves to whether the window closes. */
  const requestClose = async (): Promise<boolean> => {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true), isPreventDefault: () => prevented } as unknown as CloseRequestedEvent;
    await handler!(event);
    return !prevented;
  };
  return { win, requestClose };
}

const stored = (id: string, input: NoteInput): Note => ({
  id,
  session_id: "s-hrc38",
  meeting_id: input.meeting_id,
  agenda_item: input.agenda_item,
  situation_id: null,
  key_issue_id: null,
  statement_id: null,
  resolution_id: null,
  body: input.body,
  taken_at: "2018-06-27T10:30:00.000Z",
  created_at: "2018-06-27T10:30:00.000Z",
  updated_at: "2018-06-27T10:30:01.000Z",
  sources: input.sources,
  confidential: input.confidential,
});

const input = (body: string): NoteInput => ({ body, meeting_id: null, agenda_item: null, situation_id: null, key_issue_id: null, statement_id: null, resolution_id: null, taken_at: null, sources: [], confidential: false });

describe("closing the window", () => {
  it("waits until the text typed last is stored, then closes", async () => {
    const saved: string[] = [];
    const slowUpdate = (id: string, i: NoteInput) => new Promise<Note>((resolve) => setTimeout(() => (saved.push(i.body), resolve(stored(id, i))), 30));
    const autosave = new NoteAutosave({ create: async (i) => stored("n1", i), update: slowUpdate }, { note: stored("n1", input("")) });
    const { win, requestClose } = fakeWindow();
    await flushNotesBeforeClose(win);

    autosave.edit(input("Eritrea: six States"));
    autosave.edit(input("Eritrea: six States call for renewal")); // waiting for a pause in typing (500 ms)
    expect(saved).toEqual([]);

    expect(await requestClose()).toBe(true);
    expect(saved).toEqual(["Eritrea: six States call for renewal"]);
    expect(autosave.unsaved).toBe(false);
    autosave.dispose();
  });

  it("also saves a note whose editor is gone (closed with text still waiting)", async () => {
    const update = vi.fn(async (id: string, i: NoteInput) => stored(id, i));
    const autosave = new NoteAutosave({ create: async (i) => stored("n2", i), update }, { note: stored("n2", input("")) });
    autosave.edit(input("typed, then the panel closed"));
    autosave.dispose();

    expect(await flushAllNotes()).toBe(true);
    expect(update).toHaveBeenCalledWith("n2", input("typed, then the panel closed"));
  });

  it("does not keep a captured note left empty", async () => {
    const calls = fakeCommands({ delete_note: () => null });
    capture.note = note("n-empty", "", "2018-06-27T10:30:00.000Z");
    const { win, requestClose } = fakeWindow();
    await flushNotesBeforeClose(win);
    expect(await requestClose()).toBe(true);
    expect(calls).toEqual([{ command: "delete_note", args: { id: "n-empty" } }]);
    capture.note = null;
    clearMocks();
  });

  it("closes at once when nothing is waiting", async () => {
    const flush = vi.fn(async () => true);
    const { win, requestClose } = fakeWindow();
    await flushNotesBeforeClose(win, flush);
    expect(await requestClose()).toBe(true);
    expect(flush).toHaveBeenCalledOnce();
  });

  it("stays open once when a save fails (the note shows it), and closes when asked again", async () => {
    const { win, requestClose } = fakeWindow();
    await flushNotesBeforeClose(win, async () => false);
    expect(await requestClose()).toBe(false);
    expect(await requestClose()).toBe(true);
  });

  it("does not wait for ever on a store that hangs", async () => {
    vi.useFakeTimers();
    const { win, requestClose } = fakeWindow();
    await flushNotesBeforeClose(win, () => new Promise<boolean>(() => {}));
    const closing = requestClose();
    await vi.advanceTimersByTimeAsync(CLOSE_PATIENCE_MS);
    expect(await closing).toBe(true);
  });
});
