// The sessions the sidebar and the sessions list show, loaded once and refreshed after a change (and when the
// clock is set: their phases are on the clock's Geneva date).
import { sessionSummaries, toApiError, type ApiError } from "./api";
import type { Session, SessionSummary } from "./bindings";
import { clock } from "./clock.svelte";

export class SessionList {
  summaries = $state<SessionSummary[]>([]);
  loaded = $state(false);
  error = $state<ApiError | null>(null);

  /** Reloads the list from the core (newest first, each with its timing on the clock's Geneva date). A clock
   * the core cannot read (a bad HRC_CLOCK, which Today explains) leaves the list on the real clock. */
  async refresh(): Promise<void> {
    try {
      const at = clock.at;
      this.summaries = await sessionSummaries(at).catch((e) => {
        if (at !== null && toApiError(e).field === "at") return sessionSummaries(null);
        throw e;
      });
      this.error = null;
    } catch (e) {
      this.error = toApiError(e);
    } finally {
      this.loaded = true;
    }
  }

  /** The session with `id`, if it is in the list. */
  find(id: string | null): Session | null {
    return this.summaries.find((s) => s.session.id === id)?.session ?? null;
  }
}

/** The app's one list of sessions. */
export const sessions = new SessionList();
