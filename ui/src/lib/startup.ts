// How the window waits at start for the database's schema update: it asks the shell again until the update is
// over, showing each answer, and words how far the update has come.
import type { MigrationProgress, Startup } from "./bindings";

/** "Step 2 of 3…" while a step runs; "Finishing…" once all are applied and the update is being saved. */
export function updateStep(p: MigrationProgress): string {
  if (p.done >= p.steps) return "Finishing…";
  return `Step ${p.done + 1} of ${p.steps}…`;
}

/** Asks `ask` (the shell's `startup`) every `everyMs` while the database is being updated, telling `seen` of each
 *  answer; returns the first answer that is not updating. */
export async function waitForDatabase(
  first: Startup,
  ask: () => Promise<Startup>,
  seen: (s: Startup) => void,
  everyMs = 200,
): Promise<Startup> {
  let now = first;
  while (now.migration) {
    await new Promise((r) => setTimeout(r, everyMs));
    now = await ask();
    seen(now);
  }
  return now;
}
