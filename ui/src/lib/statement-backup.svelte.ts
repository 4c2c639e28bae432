// The statement editor's safety copy of unsaved changes: copied while the person types (and when the editor goes
// away), offered again when the statement is opened again, removed once saved or discarded. Created in a
// component's script (it runs an effect and a teardown there). On a protected database the copies are in memory and
// in the encrypted database (never localStorage), and saveStatementCopies saves them into their statements before the
// window locks or closes.
import { onDestroy } from "svelte";
import { createStatement, updateStatement } from "./api";
import type { Statement, StatementInput } from "./bindings";
import {
  backupKey,
  clearBackup,
  draftOf,
  inputOf,
  loadBackup,
  newDraft,
  sameDraft,
  saveBackup,
  statementCopies,
  statementCopiesWritten,
  type DraftBackup,
  type StatementDraft,
} from "./statement-draft";

/** How long typing pauses before the copy is taken. */
const PAUSE_MS = 300;

/** Unsaved changes left from an earlier visit (or a crash) to `statement` (none: a new one), unless they equal it. */
export function earlierChanges(sessionId: string, statement: Statement | null): DraftBackup | null {
  const backup = loadBackup(backupKey(sessionId, statement?.id ?? null));
  return backup && !sameDraft(backup.draft, statement ? draftOf(statement) : newDraft()) ? backup : null;
}

/** What each open editor does to copy its latest typing now (the copy otherwise waits for a pause). */
const openCopies = new Set<() => void>();

/** How the copies are stored (replaceable in tests). */
export type StatementSaves = {
  update: (id: string, input: StatementInput) => Promise<unknown>;
  create: (sessionId: string, input: StatementInput) => Promise<unknown>;
};

/** Saves every kept copy of unsaved changes to the database and removes it (a protected database, before locking
 *  or closing: memory does not outlive the page). False when one could not be saved (a limit that is not a
 *  number, or what the core refuses): that copy stays, and its editor offers it again. */
export async function saveStatementCopies(saves: StatementSaves = { update: updateStatement, create: createStatement }): Promise<boolean> {
  for (const flush of openCopies) flush();
  let allSaved = true;
  for (const { key, statementId, sessionId, backup } of statementCopies()) {
    const parsed = inputOf(backup.draft);
    if (!parsed.ok) {
      allSaved = false;
      continue;
    }
    try {
      if (statementId !== null) await saves.update(statementId, parsed.input);
      else await saves.create(sessionId!, parsed.input);
      clearBackup(key);
    } catch {
      allSaved = false;
    }
  }
  // The copies saved are forgotten in the database too before it locks.
  await statementCopiesWritten();
  return allSaved;
}

export class UnsavedCopy {
  /** Set when the person chose to throw the changes away (nothing to keep on leaving). */
  #discarded = false;
  readonly #key: () => string;

  /** `key`: where the copy is kept; `draft` and `dirty`: what is typed and whether it differs from the stored
   *  statement; `base`: the stored version it started from (its `updated_at`). */
  constructor(key: () => string, draft: () => StatementDraft, dirty: () => boolean, base: () => string | null) {
    this.#key = key;
    $effect(() => {
      const k = key();
      const snapshot = $state.snapshot(draft()) as StatementDraft;
      const from = base();
      if (!dirty()) {
        clearBackup(k);
        return;
      }
      const timer = setTimeout(() => saveBackup(k, snapshot, from), PAUSE_MS);
      return () => clearTimeout(timer);
    });
    const copyNow = () => {
      if (dirty() && !this.#discarded) saveBackup(key(), $state.snapshot(draft()) as StatementDraft, base());
    };
    openCopies.add(copyNow);
    onDestroy(() => {
      openCopies.delete(copyNow);
      copyNow();
    });
  }

  /** Removes the copy (saved, or changes thrown away) under `key` (the one before a save gave a new statement an id). */
  clear(key: string = this.#key()): void {
    clearBackup(key);
  }

  /** The person threw the changes away: none is kept, now or on leaving. */
  discard(): void {
    this.#discarded = true;
    clearBackup(this.#key());
  }
}
