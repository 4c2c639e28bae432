// The note save queue: created on the first keystroke, debounced, flushed on blur, latest text wins,
// never two saves at once, and nothing typed is lost when a save fails.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Note, NoteInput } from "./bindings";
import { flushWhenHidden, NoteAutosave, type AutosaveStatus } from "./note-autosave";

function input(body: string): NoteInput {
  return { body, meeting_id: null, agenda_item: null, situation_id: null, key_issue_id: null, statement_id: null, resolution_id: null, taken_at: null, sources: [], confidential: false };
}

function note(body: string): Note {
  return {
    id: "n1",
    session_id: "s1",
    meeting_id: null,
    agenda_item: null,
    situation_id: null,
    key_issue_id: null,
    statement_id: null,
    resolution_id: null,
    body,
    taken_at: "2018-06-19T14:10:00.000Z",
    created_at: "2018-06-19T14:10:00.000Z",
    updated_at: "2018-06-19T14:10:00.000Z",
    sources: [],
    confidential: false,
  };
}

/** Fake commands whose saves finish only when the test says so, recording what was saved. */
function slowCommands() {
  const log: string[] = [];
  let active = 0;
  let overlapped = false;
  const waiting: (() => void)[] = [];
  const run = (what: string, body: string) =>
    new Promise<Note>((resolve) => {
      active += 1;
      if (active > 1) overlapped = true;
      log.push(`${what}:${body}`);
      waiting.push(() => {
        active -= 1;
        resolve(note(body));
      });
    });
  return {
    commands: {
      create: vi.fn((i: NoteInput) => run("create", i.body)),
      update: vi.fn((_id: string, i: NoteInput) => run("update", i.body)),
    },
    log,
    overlapped: () => overlapped,
    /** Finishes the oldest save still running. */
    finishOne: async () => {
      waiting.shift()?.();
      await vi.advanceTimersByTimeAsync(0);
    },
    running: () => waiting.length,
  };
}

/** Fake commands that answer at once. */
function quickCommands() {
  const log: string[] = [];
  return {
    commands: {
      create: vi.fn(async (i: NoteInput) => (log.push(`create:${i.body}`), note(i.body))),
      update: vi.fn(async (_id: string, i: NoteInput) => (log.push(`update:${i.body}`), note(i.body))),
    },
    log,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("NoteAutosave", () => {
  it("creates the note on the first keystroke, then saves after a pause in typing", async () => {
    const { commands, log } = quickCommands();
    const autosave = new NoteAutosave(commands);

    autosave.edit(input("S"));
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(["create:S"]);
    expect(autosave.noteId).toBe("n1");

    autosave.edit(input("SR"));
    await vi.advanceTimersByTimeAsync(300);
    autosave.edit(input("SR o"));
    await vi.advanceTimersByTimeAsync(300);
    expect(log).toEqual(["create:S"]); // still typing: nothing saved yet
    await vi.advanceTimersByTimeAsync(200);
    expect(log).toEqual(["create:S", "update:SR o"]);
    expect(autosave.status.kind).toBe("saved");
  });

  it("saves at least every second while typing goes on without a pause", async () => {
    const { commands, log } = quickCommands();
    const autosave = new NoteAutosave(commands, { note: note("") });
    let text = "";
    for (let t = 0; t < 2000; t += 100) {
      text += "a";
      autosave.edit(input(text));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(log).toEqual(["update:aaaaaaaaaa", "update:aaaaaaaaaaaaaaaaaaaa"]);
  });

  it("saves at once on flush (blur) and resolves when the text is stored", async () => {
    const { commands, log } = quickCommands();
    const autosave = new NoteAutosave(commands, { note: note("") });

    autosave.edit(input("Burundi did not engage"));
    expect(await autosave.flush()).toBe(true);
    expect(log).toEqual(["update:Burundi did not engage"]);

    await vi.advanceTimersByTimeAsync(2000);
    expect(log).toHaveLength(1); // the debounce timer does not save it twice
    expect(await autosave.flush()).toBe(true); // nothing waiting: nothing saved
    expect(log).toHaveLength(1);
  });

  it("never runs two saves of one note at once, and the latest text wins", async () => {
    const slow = slowCommands();
    const autosave = new NoteAutosave(slow.commands);

    autosave.edit(input("a")); // creates at once
    autosave.edit(input("ab")); // while the create runs
    autosave.edit(input("abc"));
    await vi.advanceTimersByTimeAsync(1000);
    expect(slow.log).toEqual(["create:a"]); // waits for the create: no update without an id
    expect(slow.running()).toBe(1);

    await slow.finishOne();
    expect(slow.log).toEqual(["create:a", "update:abc"]);

    autosave.edit(input("abcd")); // typed while "abc" is being saved
    const flushed = autosave.flush(); // blur while a save runs
    await vi.advanceTimersByTimeAsync(0);
    expect(slow.running()).toBe(1);
    await slow.finishOne();
    await slow.finishOne();
    expect(await flushed).toBe(true);

    expect(slow.log).toEqual(["create:a", "update:abc", "update:abcd"]);
    expect(slow.overlapped()).toBe(false);
    expect(autosave.status).toMatchObject({ kind: "saved", note: { body: "abcd" } });
  });

  it("keeps the text when a save fails and saves it on the next flush", async () => {
    const log: string[] = [];
    let fail = true;
    const statuses: AutosaveStatus["kind"][] = [];
    const autosave = new NoteAutosave(
      {
        create: async (i) => note(i.body),
        update: async (_id, i) => {
          if (fail) throw { code: "storage", message: "storage error: database is locked", field: null };
          log.push(i.body);
          return note(i.body);
        },
      },
      { note: note(""), onStatus: (s) => statuses.push(s.kind) },
    );

    autosave.edit(input("do not name them"));
    expect(await autosave.flush()).toBe(false);
    expect(autosave.status).toMatchObject({ kind: "failed", error: { message: "storage error: database is locked" } });
    expect(autosave.unsaved).toBe(true);

    fail = false;
    expect(await autosave.flush()).toBe(true);
    expect(log).toEqual(["do not name them"]);
    expect(autosave.unsaved).toBe(false);
    expect(statuses).toEqual(["pending", "saving", "failed", "saving", "saved"]);
  });

  it("hands every saved note to onSaved, the created one first", async () => {
    const { commands } = quickCommands();
    const saved: string[] = [];
    const autosave = new NoteAutosave(commands, { onSaved: (n) => saved.push(n.body) });
    autosave.edit(input("x"));
    autosave.edit(input("xy"));
    await autosave.flush();
    expect(saved).toEqual(["x", "xy"]);
  });

  it("does not save after dispose, but a last flush still stores what was typed", async () => {
    const { commands, log } = quickCommands();
    const autosave = new NoteAutosave(commands, { note: note("") });
    autosave.edit(input("last words"));
    autosave.dispose();
    await vi.advanceTimersByTimeAsync(2000);
    expect(log).toEqual([]);
    await autosave.flush();
    expect(log).toEqual(["update:last words"]);
  });
});

describe("flushWhenHidden", () => {
  it("flushes when the window is hidden or unloaded, until undone", () => {
    const flush = vi.fn();
    const undo = flushWhenHidden(flush);

    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
    window.dispatchEvent(new Event("pagehide"));
    expect(flush).toHaveBeenCalledTimes(2);

    undo();
    window.dispatchEvent(new Event("pagehide"));
    expect(flush).toHaveBeenCalledTimes(2);
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });
  });
});
