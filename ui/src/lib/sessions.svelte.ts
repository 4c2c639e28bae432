// The sessions the sidebar and the sessions list show, loaded once and refreshed after a change.
import { sessionSummaries, toApiError, type ApiError } from "./api";
import type { Session, SessionSummary } from "./bindings";

export class SessionList {
  summaries = $state<SessionSummary[]>([]);
  loaded = $state(false);
  error = $state<ApiError | null>(null);

  /** Reloads the list from the core (newest first, each with its timing on today's Geneva date). */
  async refresh(): Promise<void> {
    try {
      this.summaries = await sessionSummaries();
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
