// A statement's live length while it is edited: the core measures the draft as it would be saved (the limit typed, or
// the default it would apply before the first save), debounced while typing; an answer overtaken by newer typing is
// dropped. Created in a component's script (it runs an effect there).
import { measureDraft, toApiError } from "./api";
import type { Timing } from "./bindings";
import { latest } from "./latest";
import { inputOf, inputWithDefaultLimits, type StatementDraft } from "./statement-draft";

/** How long typing pauses before the core measures again. */
const PAUSE_MS = 150;

export class StatementLength {
  /** The core's latest figures (null until it has answered once). */
  timing = $state<Timing | null>(null);
  /** Why the core could not measure (shown instead of stale figures). */
  problem = $state<string | null>(null);

  constructor(sessionId: () => string, draft: () => StatementDraft, initial: Timing | null) {
    this.timing = initial;
    const measures = latest();
    $effect(() => {
      const snapshot = $state.snapshot(draft()) as StatementDraft;
      const parsed = inputOf(snapshot);
      const input = parsed.ok ? parsed.input : inputWithDefaultLimits(snapshot);
      const id = sessionId();
      const current = measures.begin();
      const timer = setTimeout(() => {
        measureDraft(id, input).then(
          (t) => {
            if (!current()) return;
            this.timing = t;
            this.problem = null;
          },
          (e) => {
            if (current()) this.problem = `The length could not be measured: ${toApiError(e).message}`;
          },
        );
      }, PAUSE_MS);
      return () => clearTimeout(timer);
    });
  }
}
