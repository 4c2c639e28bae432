// A delegation in search results: it belongs to no session, so a result says "All sessions" and opens the Delegations
// screen on its State's record (which takes it once), while a session's hit still opens on its session's screen.
import { render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import SearchHitSummary from "../components/SearchHitSummary.svelte";
import type { SearchHit } from "./bindings";
import { router } from "./router.svelte";
import { hitSession, openHit } from "./search.svelte";
import { HITS } from "../test/search-data";

const NORWAY: SearchHit = {
  kind: "delegation",
  id: "del-norway",
  session_id: null,
  session_label: "",
  session_name: "",
  title: "Norway",
  snippet: [
    { text: "Ms ", hit: false },
    { text: "Hansen", hit: true },
    { text: ", First Secretary", hit: false },
  ],
  rank: 0,
  confidential: false,
};

afterEach(() => {
  router.focusId = null;
  router.screen = "sessions";
});

describe("a delegation found by search", () => {
  it("says it is in every session, and shows its State and the words found", () => {
    render(SearchHitSummary, { hit: NORWAY });
    expect(screen.getByText("Delegation")).toBeInTheDocument();
    expect(screen.getByText("All sessions")).toBeInTheDocument();
    expect(screen.getByText("Norway")).toBeInTheDocument();
    expect(screen.getByText("Hansen").tagName).toBe("MARK");
    expect(hitSession(HITS[0])).toBe("HRC38");
  });

  it("opens the Delegations screen on its record, whatever session is chosen", () => {
    router.select(HITS[0].session_id!);
    openHit(NORWAY);
    expect(router.screen).toBe("delegations");
    expect(router.sessionId).toBe(HITS[0].session_id);
    expect(router.takeFocus(["del-chile"])).toBeNull();
    expect(router.takeFocus(["del-chile", "del-norway"])).toBe("del-norway");
    expect(router.takeFocus(["del-norway"])).toBeNull();
  });

  it("a session's hit still opens on its session's screen", () => {
    openHit(HITS[0]);
    expect(router.screen).toBe("key-issues");
    expect(router.sessionId).toBe(HITS[0].session_id);
    expect(router.focusId).toBe(HITS[0].id);
  });
});
