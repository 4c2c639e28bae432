// Search in the UI: what each kind of result is called (the core's names) and which screen opens it, a search that runs as
// the person types (debounced, stale answers dropped), and what the Search screen remembers between visits.
import { search, toApiError } from "./api";
import type { SearchHit, SearchKind, SearchQuery, SnippetPart } from "./bindings";
import { SEARCH_KINDS as KINDS } from "./bindings/choices";
import { router, type SessionScreen } from "./router.svelte";

/** Every kind search finds, in the order the filters list them (the core's). */
export const SEARCH_KINDS: readonly SearchKind[] = KINDS.map((k) => k.key);

/** What one result of each kind is called (the core's label). */
export const KIND_LABELS = Object.fromEntries(KINDS.map((k) => [k.key, k.label])) as Record<SearchKind, string>;

/** What the kind filters say (plural, the core's). */
export const KIND_FILTER_LABELS = Object.fromEntries(KINDS.map((k) => [k.key, k.plural])) as Record<SearchKind, string>;

/** The session screen that shows each kind (a delegation, in no session, opens on Delegations). */
export const KIND_SCREENS: Record<Exclude<SearchKind, "delegation">, SessionScreen> = {
  note: "notes",
  statement: "statements",
  "key-issue": "key-issues",
  situation: "situations",
  "side-event": "side-events",
  meeting: "programme",
  // A text and its consultations open on the Resolutions board.
  resolution: "resolutions",
  consultation: "resolutions",
};

/** Opens a hit on its session's screen (the screen scrolls to it and shows it in full); a delegation, which belongs
 * to no session, on the Delegations screen with its State's record shown. */
export function openHit(hit: Pick<SearchHit, "kind" | "id" | "session_id">): void {
  if (hit.kind === "delegation" || hit.session_id === null) {
    router.openGlobalItem("delegations", hit.id);
    return;
  }
  router.openItem(hit.session_id, KIND_SCREENS[hit.kind], hit.id);
}

/** Where a hit belongs, as results say it: its session ("HRC38"), or every session for a delegation. */
export function hitSession(hit: Pick<SearchHit, "session_id" | "session_name">): string {
  return hit.session_id === null ? "All sessions" : hit.session_name;
}

/** A snippet as it reads: the Markdown marks that would show as stray characters (`**`, `` ` ``, heading
 * hashes) are left out of the plain parts, and line breaks read as spaces. Text stays text. */
export function readableSnippet(parts: readonly SnippetPart[]): SnippetPart[] {
  return parts
    .map((part) =>
      part.hit
        ? part
        : {
            hit: false,
            text: part.text
              .replace(/\*\*|`/g, "")
              .replace(/(^|\n)\s{0,3}#{1,6}\s+/g, "$1")
              .replace(/\s*\n\s*/g, " "),
          },
    )
    .filter((part) => part.text !== "");
}

/** How long typing must pause before the search runs. */
export const SEARCH_DELAY_MS = 120;

/** A search that follows what is typed: `run` on every change; the latest answer wins. */
export class LiveSearch {
  hits = $state<SearchHit[]>([]);
  /** The query the shown hits answer; null when nothing has been searched (empty text). */
  answered = $state<SearchQuery | null>(null);
  searching = $state(false);
  error = $state<string | null>(null);

  #timer: ReturnType<typeof setTimeout> | null = null;
  #latest = 0;
  readonly #delay: number;

  constructor(delay = SEARCH_DELAY_MS) {
    this.#delay = delay;
  }

  /** Searches for `query` after the pause (at once with `immediate`, the promise then settling with the
   * answer); empty text clears the results. */
  run(query: SearchQuery, immediate = false): Promise<void> {
    this.cancel();
    if (query.text.trim() === "") {
      this.hits = [];
      this.answered = null;
      this.error = null;
      this.searching = false;
      return Promise.resolve();
    }
    this.searching = true;
    if (immediate) return this.#fetch(query);
    this.#timer = setTimeout(() => void this.#fetch(query), this.#delay);
    return Promise.resolve();
  }

  /** Forgets a pending search and drops any answer still on its way. */
  cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#latest += 1;
  }

  async #fetch(query: SearchQuery): Promise<void> {
    this.#timer = null;
    const ticket = ++this.#latest;
    try {
      const hits = await search(query);
      if (ticket !== this.#latest) return;
      this.hits = hits;
      this.error = null;
    } catch (e) {
      if (ticket !== this.#latest) return;
      this.hits = [];
      this.error = toApiError(e).message;
    }
    this.answered = query;
    this.searching = false;
  }
}

/** What the Search screen and the palette remember while the app runs. */
class SearchMemory {
  /** The Search screen's text, kinds and session label ("" = all sessions). */
  text = $state("");
  kinds = $state<SearchKind[]>([...SEARCH_KINDS]);
  session = $state("");
  /** The palette's "this session only" choice. */
  paletteThisSession = $state(false);
}

export const searchMemory = new SearchMemory();
