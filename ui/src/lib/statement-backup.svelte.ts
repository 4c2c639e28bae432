// The statement editor's safety copy of unsaved changes: copied into the web view's storage while the person types
// (and when the editor goes away), offered again when the statement is opened again, removed once saved or
// discarded. Created in a component's script (it runs an effect and a teardown there).
import { onDestroy } from "svelte";
import type { Statement } from "./bindings";
import { backupKey, clearBackup, draftOf, loadBackup, newDraft, sameDraft, saveBackup, type DraftBackup, type StatementDraft } from "./statement-draft";

/** How long typing pauses before the copy is taken. */
const PAUSE_MS = 300;

/** Unsaved changes left from an earlier visit (or a crash) to `statement` (none: a new one), unless they equal it. */
export function earlierChanges(sessionId: string, statement: Statement | null): DraftBackup | null {
  const backup = loadBackup(backupKey(sessionId, statement?.id ?? null));
  return backup && !sameDraft(backup.draft, statement ? draftOf(statement) : newDraft()) ? backup : null;
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
    onDestroy(() => {
      if (dirty() && !this.#discarded) saveBackup(key(), $state.snapshot(draft()) as StatementDraft, base());
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
