// The statement editor's form state (what the person typed, as text), its conversion to the core's
// StatementInput, and the local safety copy of unsaved changes (kept until saved or discarded).
import type { Statement, StatementInput, StatementKind, StatementStatus } from "./bindings";
import { mmss } from "./time";
import { isWrittenKind } from "../components/StatementLabels";
import { locking } from "./locking.svelte";
import { forgetStatementCopy, keepStatementCopy, statementCopiesKept } from "./api";

/** What the editor holds: every field as the person typed it. */
export type StatementDraft = {
  title: string;
  kind: StatementKind;
  status: StatementStatus;
  agendaItem: number | null;
  /** "" for no meeting. */
  meetingId: string;
  speaker: string;
  documentSymbol: string;
  /** The speaking time as typed ("1:30", "90s" or "90"); shown as minutes and seconds; "" for the core's default. */
  limitSeconds: string;
  /** Words, as typed ("2000" or "2,000"); "" for the core's default. */
  limitWords: string;
  text: string;
  keyIssueIds: string[];
  situationIds: string[];
  /** Marked confidential: left out of every export and bundle unless included. */
  confidential: boolean;
};

export function newDraft(): StatementDraft {
  return {
    title: "",
    kind: "oral",
    status: "drafting",
    agendaItem: null,
    meetingId: "",
    speaker: "",
    documentSymbol: "",
    limitSeconds: "",
    limitWords: "",
    text: "",
    keyIssueIds: [],
    situationIds: [],
    confidential: false,
  };
}

/** The form for a stored statement: its limits as the core stored them (defaults included). */
export function draftOf(s: Statement): StatementDraft {
  return {
    title: s.title,
    kind: s.kind,
    status: s.status,
    agendaItem: s.agenda_item,
    meetingId: s.meeting_id ?? "",
    speaker: s.speaker,
    documentSymbol: s.document_symbol,
    limitSeconds: s.limit_seconds === null ? "" : mmss(s.limit_seconds),
    limitWords: s.limit_words === null ? "" : String(s.limit_words),
    text: s.text,
    keyIssueIds: [...s.key_issue_ids],
    situationIds: [...s.situation_ids],
    confidential: s.confidential,
  };
}

const sorted = (ids: readonly string[]) => [...ids].sort().join(",");

/** True when two drafts would save the same statement. */
export function sameDraft(a: StatementDraft, b: StatementDraft): boolean {
  return (
    a.title === b.title &&
    a.kind === b.kind &&
    a.status === b.status &&
    a.agendaItem === b.agendaItem &&
    a.meetingId === b.meetingId &&
    a.speaker === b.speaker &&
    a.documentSymbol === b.documentSymbol &&
    sameSeconds(a.limitSeconds, b.limitSeconds) &&
    a.limitWords.trim() === b.limitWords.trim() &&
    a.text === b.text &&
    sorted(a.keyIssueIds) === sorted(b.keyIssueIds) &&
    sorted(a.situationIds) === sorted(b.situationIds) &&
    a.confidential === b.confidential
  );
}

/** "1:30" and "90" are the same limit; text that is not a limit is compared as typed. */
function sameSeconds(a: string, b: string): boolean {
  const [x, y] = [parseSeconds(a), parseSeconds(b)];
  return x.ok && y.ok ? x.value === y.value : a.trim() === b.trim();
}

/** A limit as typed: empty (the core's default), a number, or text that is not one. */
export type ParsedLimit = { ok: true; value: number | null } | { ok: false; message: string };

/** A speaking time as typed → seconds: "1:30", "90s", "90 sec" and "90" are 90; "2 min" is 120; "" is the default.
 *  (The core stores and checks seconds; its message names the limit when the number is out of range.) */
export function parseSeconds(typed: string): ParsedLimit {
  const t = typed.trim().toLowerCase();
  if (t === "") return { ok: true, value: null };
  const seconds = /^(\d{1,6})\s*(s|sec|secs|second|seconds)?$/.exec(t);
  if (seconds) return { ok: true, value: Number(seconds[1]) };
  const minutes = /^(\d{1,4})\s*(m|min|mins|minute|minutes)$/.exec(t);
  if (minutes) return { ok: true, value: Number(minutes[1]) * 60 };
  const both = /^(\d{1,4}):([0-5]\d)$/.exec(t);
  if (both) return { ok: true, value: Number(both[1]) * 60 + Number(both[2]) };
  return { ok: false, message: "The limit is minutes and seconds, such as 1:30, or seconds, such as 90 or 90s." };
}

/** "2000", "2,000" or "2 000" → 2000 words; "" → the default. */
export function parseWords(typed: string): ParsedLimit {
  const t = typed.trim().replace(/[,\s\u00a0\u202f']/g, "");
  if (t === "") return { ok: true, value: null };
  if (/^\d+$/.test(t)) return { ok: true, value: Number(t) };
  return { ok: false, message: "Type a number of words, such as 2000." };
}

/** The limits to measure and save with: only the one the kind uses (the core ignores the other). */
export function limitsOf(d: StatementDraft): { seconds: ParsedLimit; words: ParsedLimit } {
  const none: ParsedLimit = { ok: true, value: null };
  return isWrittenKind(d.kind) ? { seconds: none, words: parseWords(d.limitWords) } : { seconds: parseSeconds(d.limitSeconds), words: none };
}

/** The core's input for a draft, or the field whose text is not a number. The core checks the rest. */
export function inputOf(d: StatementDraft): { ok: true; input: StatementInput } | { ok: false; field: string; message: string } {
  const { seconds, words } = limitsOf(d);
  if (!seconds.ok) return { ok: false, field: "limit_seconds", message: seconds.message };
  if (!words.ok) return { ok: false, field: "limit_words", message: words.message };
  const orNull = (s: string) => (s.trim() === "" ? null : s.trim());
  return {
    ok: true,
    input: {
      title: d.title,
      kind: d.kind,
      agenda_item: d.agendaItem,
      meeting_id: orNull(d.meetingId),
      speaker: orNull(d.speaker),
      text: d.text,
      limit_seconds: seconds.value,
      limit_words: words.value,
      status: d.status,
      document_symbol: orNull(d.documentSymbol),
      key_issue_ids: [...d.keyIssueIds],
      situation_ids: [...d.situationIds],
      // A safety copy kept before the mark existed has none: not confidential.
      confidential: d.confidential === true,
    },
  };
}

/** The core's input for a draft whose typed limit is not a number yet: measured against the default. */
export function inputWithDefaultLimits(d: StatementDraft): StatementInput {
  const parsed = inputOf({ ...d, limitSeconds: "", limitWords: "" });
  if (!parsed.ok) throw new Error("a draft without limits always reads");
  return parsed.input;
}

// ---- The local safety copy of unsaved changes ----
// The editor copies what is not saved yet while the person types, so that leaving the screen or switching
// statements never loses it; saving or discarding removes it. For a plain database the copy is kept in the web
// view's localStorage (it survives a crash too). For a database protected by a passphrase it is never written
// there (WebKit writes localStorage to disk in plain text, outside the encrypted database, where locking does not
// reach it): it is kept in memory and written through to the encrypted database (the core's statement copies), so
// that it survives a crash too and is read back at start (restoreStatementCopies). Copies found on disk are moved
// off it, and locking or closing the window saves every copy into its statement first (statement-backup.svelte.ts,
// saveStatementCopies).

const PREFIX = "hrc-planner:statement-draft:";

/** A safety copy: the draft, when it was taken, and which stored version it started from. */
export type DraftBackup = { draft: StatementDraft; saved_at: string; base_updated_at: string | null };

/** The storage key of a statement's unsaved changes, or of a session's unsaved new statement. */
export const backupKey = (sessionId: string, statementId: string | null): string =>
  statementId === null ? `${PREFIX}new:${sessionId}` : `${PREFIX}${statementId}`;

/** Where copies are kept: the web view's localStorage, or memory while the database is protected. */
type CopyStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** The copies kept in memory (a protected database), by key. */
const inMemory = new Map<string, string>();

/** The writes to the database not answered yet (a write refused leaves the copy in memory: it is saved on locking). */
const pending = new Set<Promise<unknown>>();

/** Runs one write of a copy to the database, never throwing. */
function writeThrough(write: () => Promise<unknown>): void {
  const done = Promise.resolve()
    .then(write)
    .catch(() => {})
    .finally(() => pending.delete(done));
  pending.add(done);
}

/** Memory, written through to the encrypted database under the key without its prefix. */
const memory: CopyStorage = {
  getItem: (key) => inMemory.get(key) ?? null,
  setItem: (key, value) => {
    inMemory.set(key, value);
    writeThrough(() => keepStatementCopy(key.slice(PREFIX.length), value));
  },
  removeItem: (key) => {
    inMemory.delete(key);
    writeThrough(() => forgetStatementCopy(key.slice(PREFIX.length)));
  },
};

/** Waits for every write of a copy to the database sent so far. */
export async function statementCopiesWritten(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}

/** At start (after unlocking): on a protected database, reads the copies kept in the database into memory (a copy in
 *  memory is newer), so that each editor offers its own again after a crash. On a plain one, the copies the database
 *  still keeps (its protection was removed by `hrc decrypt`) go where a plain database's copies live. */
export async function restoreStatementCopies(): Promise<void> {
  try {
    const kept = await statementCopiesKept();
    if (!locking.protected) return moveCopiesToDisk(kept);
    for (const [copy, value] of Object.entries(kept)) if (!inMemory.has(PREFIX + copy)) inMemory.set(PREFIX + copy, value);
  } catch {
    // Not read: the editor offers nothing, and the copies stay in the database.
  }
}

/** Once the protection is removed (Settings): every copy — those in memory, newer, and those the database keeps — goes
 *  to localStorage, where a plain database's copies live and the editor looks for them, and leaves the database. */
export async function keepStatementCopiesOnDisk(): Promise<void> {
  await statementCopiesWritten();
  let kept: Record<string, string> = {};
  try {
    kept = { ...(await statementCopiesKept()) };
  } catch {
    // Not read: those in memory are moved all the same.
  }
  for (const [key, value] of inMemory) kept[key.slice(PREFIX.length)] = value;
  inMemory.clear();
  moveCopiesToDisk(kept);
}

/** Writes each copy (by its key without the prefix) to localStorage, then forgets it in the database; a copy the
 *  disk refuses stays in the database. */
function moveCopiesToDisk(kept: Record<string, string>): void {
  const stored = disk();
  if (!stored) return;
  for (const [copy, value] of Object.entries(kept)) {
    try {
      stored.setItem(PREFIX + copy, value);
    } catch {
      continue;
    }
    writeThrough(() => forgetStatementCopy(copy));
  }
}

function disk(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** Moves every copy found on disk into memory and removes it from the disk (a copy in memory is newer). */
function moveCopiesOffDisk(): void {
  const stored = disk();
  if (!stored) return;
  try {
    const keys = Array.from({ length: stored.length }, (_, i) => stored.key(i)).filter((k): k is string => k?.startsWith(PREFIX) ?? false);
    for (const key of keys) {
      const value = stored.getItem(key);
      if (value !== null && !inMemory.has(key)) memory.setItem(key, value);
      stored.removeItem(key);
    }
  } catch {
    // Storage refused: nothing was there to move.
  }
}

function storage(): CopyStorage | null {
  if (locking.protected) {
    moveCopiesOffDisk();
    return memory;
  }
  return disk();
}

/** A safety copy kept in memory, with what it belongs to: a stored statement, or a session's new one. */
export type KeptCopy = { key: string; statementId: string | null; sessionId: string | null; backup: DraftBackup };

/** Every copy kept in memory (a protected database), oldest first. */
export function statementCopies(): KeptCopy[] {
  if (locking.protected) moveCopiesOffDisk();
  const copies: KeptCopy[] = [];
  for (const key of inMemory.keys()) {
    const backup = loadFrom(memory, key);
    if (!backup) continue;
    const rest = key.slice(PREFIX.length);
    copies.push(
      rest.startsWith("new:")
        ? { key, statementId: null, sessionId: rest.slice("new:".length), backup }
        : { key, statementId: rest, sessionId: null, backup },
    );
  }
  return copies;
}

/** On a protected database: moves the copies left in localStorage into memory, off the disk (at start). */
export function keepStatementCopiesOffDisk(): void {
  if (locking.protected) moveCopiesOffDisk();
}

/** Forgets every copy kept in memory (saved before locking; the database keeps those it still holds). */
export function forgetStatementCopies(): void {
  inMemory.clear();
}

export function saveBackup(key: string, draft: StatementDraft, baseUpdatedAt: string | null): void {
  const backup: DraftBackup = { draft, saved_at: new Date().toISOString(), base_updated_at: baseUpdatedAt };
  try {
    storage()?.setItem(key, JSON.stringify(backup));
  } catch {
    // Storage full or refused: the editor still warns before closing with changes.
  }
}

export function loadBackup(key: string): DraftBackup | null {
  return loadFrom(storage(), key);
}

function loadFrom(kept: CopyStorage | null, key: string): DraftBackup | null {
  try {
    const raw = kept?.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as DraftBackup;
    if (typeof parsed?.draft?.title !== "string" || typeof parsed.draft.text !== "string") return null;
    // Fill fields a newer editor added since the copy was taken.
    return { ...parsed, draft: { ...newDraft(), ...parsed.draft } };
  } catch {
    return null;
  }
}

export function clearBackup(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: the copy stays and is offered again.
  }
}

/** True when there is a safety copy under `key`. */
export const hasBackup = (key: string): boolean => loadBackup(key) !== null;
