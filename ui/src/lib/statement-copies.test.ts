// The statement editor's safety copies on a protected database: kept in memory only (never in localStorage, which
// WebKit writes to disk in plain text), copies left on disk moved off it, and every copy (an open editor's latest
// typing included) saved to the database before the window locks, then forgotten; once the database is plain again,
// its copies go back to localStorage.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { StatementInput } from "./bindings";
import { clearMocks, fakeCommands } from "../test/fake-commands";
import { lockApp, locking } from "./lock.svelte";
import { saveStatementCopies } from "./statement-backup.svelte";
import {
  backupKey,
  draftOf,
  forgetStatementCopies,
  keepStatementCopiesOffDisk,
  keepStatementCopiesOnDisk,
  loadBackup,
  newDraft,
  restoreStatementCopies,
  saveBackup,
  statementCopies,
  statementCopiesWritten,
} from "./statement-draft";
import StatementEditor from "../components/StatementEditor.svelte";
import { GD4, HRC38, SESSION, SESSION_ID, timing } from "../test/statement-data";

const GD = HRC38[1];
const SECRET = "Defender named at risk";

/** The editor on the HRC38 example's general debate statement. */
const renderEditor = () =>
  render(StatementEditor, {
    session: SESSION,
    statement: GD,
    meetings: [GD4],
    keyIssues: [],
    situations: [],
    onSaved: vi.fn(),
    onClose: vi.fn(),
    onDeleted: vi.fn(),
  });

/** Every value in localStorage, as one text. */
const onDisk = () => Array.from({ length: localStorage.length }, (_, i) => localStorage.getItem(localStorage.key(i)!)).join("\n");

beforeEach(() => {
  localStorage.clear();
  forgetStatementCopies();
  locking.protected = true;
});
afterEach(() => {
  locking.protected = false;
  forgetStatementCopies();
  clearMocks();
});

describe("statement safety copies on a protected database", () => {
  it("are kept in memory only; a copy left on disk is moved off it", () => {
    const key = backupKey(SESSION_ID, GD.id);
    saveBackup(key, { ...draftOf(GD), text: SECRET }, GD.updated_at);
    expect(loadBackup(key)?.draft.text).toBe(SECRET);
    expect(onDisk()).not.toContain(SECRET);

    // A copy written while the database was plain (before it was protected) leaves the disk, and is not lost.
    const earlier = backupKey(SESSION_ID, null);
    localStorage.setItem(earlier, JSON.stringify({ draft: { ...newDraft(), title: "Reprisals", text: SECRET }, saved_at: "", base_updated_at: null }));
    localStorage.setItem("hrc-planner:theme", "dark");
    expect(loadBackup(earlier)?.draft.title).toBe("Reprisals");
    expect(localStorage.getItem(earlier)).toBeNull();
    expect(localStorage.getItem("hrc-planner:theme")).toBe("dark");
    expect(statementCopies().map((c) => [c.statementId, c.sessionId])).toEqual([
      [GD.id, null],
      [null, SESSION_ID],
    ]);
  });

  it("at start, copies left on disk are moved into memory at once (a plain database leaves them)", () => {
    const key = backupKey(SESSION_ID, GD.id);
    const copy = JSON.stringify({ draft: { ...draftOf(GD), text: SECRET }, saved_at: "", base_updated_at: GD.updated_at });
    localStorage.setItem(key, copy);
    locking.protected = false;
    keepStatementCopiesOffDisk();
    expect(localStorage.getItem(key)).toBe(copy);
    locking.protected = true;
    keepStatementCopiesOffDisk();
    expect(onDisk()).not.toContain(SECRET);
    expect(statementCopies().map((c) => c.backup.draft.text)).toEqual([SECRET]);
  });

  it("a plain database keeps them in localStorage (they survive a crash)", () => {
    locking.protected = false;
    const key = backupKey(SESSION_ID, GD.id);
    saveBackup(key, { ...draftOf(GD), text: SECRET }, GD.updated_at);
    expect(onDisk()).toContain(SECRET);
  });

  it("are saved to the database (updated or created) and removed; one that cannot be saved stays", async () => {
    saveBackup(backupKey(SESSION_ID, GD.id), { ...draftOf(GD), text: SECRET }, GD.updated_at);
    saveBackup(backupKey(SESSION_ID, null), { ...newDraft(), title: "Reprisals", text: "New text" }, null);
    const update = vi.fn(async (_id: string, _input: StatementInput) => null);
    const create = vi.fn(async (_session: string, _input: StatementInput) => null);
    expect(await saveStatementCopies({ update, create })).toBe(true);
    expect(update).toHaveBeenCalledWith(GD.id, expect.objectContaining({ text: SECRET }));
    expect(create).toHaveBeenCalledWith(SESSION_ID, expect.objectContaining({ title: "Reprisals", text: "New text" }));
    expect(statementCopies()).toEqual([]);

    // Refused by the core, or a limit that is not a number: kept, and said.
    saveBackup(backupKey(SESSION_ID, GD.id), { ...draftOf(GD), text: SECRET }, GD.updated_at);
    saveBackup(backupKey(SESSION_ID, null), { ...newDraft(), title: "Reprisals", limitSeconds: "soon" }, null);
    const refuse = vi.fn(async () => Promise.reject(new Error("refused")));
    expect(await saveStatementCopies({ update: refuse, create })).toBe(false);
    expect(statementCopies()).toHaveLength(2);
  });

  it("an open editor's latest typing is saved before locking, nothing of it on disk, and the copies forgotten after", async () => {
    fakeCommands({ measure_draft: () => timing() });
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByLabelText("Text"), ` ${SECRET}`);
    expect(onDisk()).not.toContain(SECRET);

    // Locked at once, before the pause after which the copy is otherwise taken.
    const saved: StatementInput[] = [];
    const steps: string[] = [];
    const done = await lockApp({
      save: () => saveStatementCopies({ update: async (_id, input) => saved.push(input), create: async () => null }),
      lock: async () => steps.push("lock"),
      reload: () => steps.push("reload"),
    });
    expect(done).toBe(true);
    expect(saved.at(-1)?.text).toBe(`${GD.text} ${SECRET}`);
    expect(steps).toEqual(["lock", "reload"]);
    expect(statementCopies()).toEqual([]);
    expect(onDisk()).not.toContain(SECRET);
  });

  it("are written through to the encrypted database while typing, and forgotten there once saved", async () => {
    const kept = new Map<string, string>();
    fakeCommands({
      measure_draft: () => timing(),
      keep_statement_copy: ({ copy, value }) => void kept.set(copy as string, value as string),
      forget_statement_copy: ({ copy }) => void kept.delete(copy as string),
    });
    const user = userEvent.setup();
    const { unmount } = renderEditor();
    await user.type(screen.getByLabelText("Text"), ` ${SECRET}`);
    // The copy is taken after a pause in the typing.
    await vi.waitFor(() => expect(kept.get(GD.id)).toContain(SECRET));
    expect(onDisk()).not.toContain(SECRET);
    unmount();

    expect(await saveStatementCopies({ update: async () => null, create: async () => null })).toBe(true);
    await statementCopiesWritten();
    expect(kept.size).toBe(0);
  });

  it("at start after a crash, copies kept in the database are read back and the editor offers them", async () => {
    const copy = JSON.stringify({ draft: { ...draftOf(GD), text: SECRET }, saved_at: "2018-06-20T08:30:00Z", base_updated_at: GD.updated_at });
    fakeCommands({ statement_copies: () => ({ [GD.id]: copy }), measure_draft: () => timing() });
    await restoreStatementCopies();
    expect(onDisk()).not.toContain(SECRET);
    renderEditor();
    expect(screen.getByLabelText("Text")).toHaveValue(SECRET);
    expect(screen.getByText(/Restored changes you had not saved/)).toBeInTheDocument();
  });

  it("a plain database's copies left in it (its protection removed by hrc decrypt) go to localStorage at start", async () => {
    locking.protected = false;
    const copy = JSON.stringify({ draft: { ...draftOf(GD), text: SECRET }, saved_at: "", base_updated_at: GD.updated_at });
    const kept = new Map([[GD.id, copy]]);
    fakeCommands({
      statement_copies: () => Object.fromEntries(kept),
      forget_statement_copy: ({ copy }) => void kept.delete(copy as string),
    });
    await restoreStatementCopies();
    await statementCopiesWritten();
    expect(loadBackup(backupKey(SESSION_ID, GD.id))?.draft.text).toBe(SECRET);
    expect(kept.size).toBe(0);
  });

  it("once the protection is removed, every copy goes to localStorage and leaves the database", async () => {
    const kept = new Map<string, string>();
    fakeCommands({
      keep_statement_copy: ({ copy, value }) => void kept.set(copy as string, value as string),
      forget_statement_copy: ({ copy }) => void kept.delete(copy as string),
      statement_copies: () => Object.fromEntries(kept),
    });
    const key = backupKey(SESSION_ID, GD.id);
    saveBackup(key, { ...draftOf(GD), text: SECRET }, GD.updated_at);
    await statementCopiesWritten();
    expect(kept.size).toBe(1);
    expect(onDisk()).not.toContain(SECRET);

    locking.protected = false;
    await keepStatementCopiesOnDisk();
    await statementCopiesWritten();
    expect(statementCopies()).toEqual([]);
    expect(kept.size).toBe(0);
    expect(onDisk()).toContain(SECRET);
    expect(loadBackup(key)?.draft.text).toBe(SECRET);
  });
});
