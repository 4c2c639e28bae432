// Locking the window on a database protected by a passphrase: Ctrl+L, the sidebar's Lock and a
// number of idle minutes (Settings) all end here. Every note being typed and every statement's unsaved
// changes (kept in memory only, see statement-draft.ts) are saved first; then the
// shell drops the store and its key, and the page reloads, so that nothing of the data stays in
// the page: the shell's start answer is then "locked", and only the unlock screen shows.
import { lockDatabase, toApiError } from "./api";
import { reloadApp } from "./reload";
import { locking } from "./locking.svelte";
import { forgetStatementCopies } from "./statement-draft";
import { saveBeforeLeaving } from "./window-close";

export { locking };

/** What locking does, replaceable in tests. */
export type LockSteps = { save: () => Promise<boolean>; lock: () => Promise<unknown>; reload: () => void };

const STEPS: LockSteps = { save: saveBeforeLeaving, lock: lockDatabase, reload: reloadApp };

/** Locks now: saves every note and statement, then locks and reloads. A note or statement that could not be
 *  saved keeps the window open (with its text); nothing typed is lost. */
export async function lockApp(steps: LockSteps = STEPS): Promise<boolean> {
  if (!locking.protected || locking.busy) return false;
  locking.busy = true;
  locking.problem = null;
  try {
    const saved = await steps.save().catch(() => false);
    if (!saved) {
      locking.problem = "Not locked: a note or statement could not be saved. Copy its text or correct it, then lock again.";
      return false;
    }
    await steps.lock();
    // Saved: no copy of a statement's text stays in the page (it reloads next in any case).
    forgetStatementCopies();
    steps.reload();
    return true;
  } catch (e) {
    locking.problem = `Not locked: ${toApiError(e).message}`;
    return false;
  } finally {
    locking.busy = false;
  }
}

/** Open holds on the idle lock (deliver mode: waiting at the podium for one's turn is not being away). */
let holds = 0;

/** Keeps the idle lock from locking until the returned function is called (Ctrl+L still locks). */
export function holdIdleLock(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
  };
}

/** What counts as the person being there. */
const ACTIVITY = ["keydown", "pointerdown", "pointermove", "wheel", "touchstart"] as const;

/** Calls `lock` after `minutes` without a key, a click or a move of the pointer in `target` (not while a hold is
 *  open); returns what stops watching. Nothing is watched for 0 minutes (never). */
export function lockWhenIdle(minutes: number, lock: () => unknown, target: EventTarget = window): () => void {
  if (!(minutes > 0)) return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => (holds > 0 ? restart() : lock()), minutes * 60_000);
  };
  for (const kind of ACTIVITY) target.addEventListener(kind, restart, { passive: true });
  restart();
  return () => {
    clearTimeout(timer);
    for (const kind of ACTIVITY) target.removeEventListener(kind, restart);
  };
}
