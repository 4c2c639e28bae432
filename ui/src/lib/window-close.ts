// Closing the window waits for every note's unsaved typing to be stored (lib/note-autosave.ts), so that
// closing in the middle of a sentence keeps it. Needs core:event:allow-listen/unlisten (the close
// request reaches the web view as an event) and core:window:allow-destroy (the web view then closes
// the window itself): see src-tauri/capabilities/main.json.
import type { CloseRequestedEvent } from "@tauri-apps/api/window";
import { capture } from "./capture.svelte";
import { locking } from "./locking.svelte";
import { flushAllNotes } from "./note-autosave";
import { saveStatementCopies } from "./statement-backup.svelte";

/** The part of Tauri's window the close guard uses (a fake in tests). */
export type ClosingWindow = {
  onCloseRequested(handler: (event: CloseRequestedEvent) => void | Promise<void>): Promise<() => void>;
};

/** How long a close waits for the saves before it goes ahead anyway (a store that hangs must not
 * keep the window open for ever). */
export const CLOSE_PATIENCE_MS = 5000;

/** Before the window closes: every note's typing stored, and a note captured but left empty not kept. */
export async function saveNotes(): Promise<boolean> {
  const saved = await flushAllNotes();
  if (saved) await capture.dropIfEmpty();
  return saved;
}

/** Before the window closes or locks: every note saved, and on a protected database every statement's unsaved
 *  changes too (their copies are in memory only, which neither survives). */
export async function saveBeforeLeaving(): Promise<boolean> {
  const notes = await saveNotes();
  const statements = locking.protected ? await saveStatementCopies() : true;
  return notes && statements;
}

/** Makes a close request wait for the notes' saves. When a save fails, the window stays open once
 * (the note shows "Not saved" and its text); asking to close again closes it. */
export async function flushNotesBeforeClose(win: ClosingWindow, flush: () => Promise<boolean> = saveBeforeLeaving): Promise<() => void> {
  let refused = false;
  return win.onCloseRequested(async (event) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const patience = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), CLOSE_PATIENCE_MS);
    });
    const saved = await Promise.race([flush().catch(() => false), patience]);
    clearTimeout(timer);
    if (!saved && !refused) {
      refused = true;
      event.preventDefault();
    }
  });
}
