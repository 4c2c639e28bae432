// The Search screen: filters by kind and session reach the core, ↓ goes through the results, Enter opens one.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HITS, HRC38, HRC_S28 } from "../test/search-data";
import type { SearchQuery } from "../lib/bindings";
import { router } from "../lib/router.svelte";
import { SEARCH_KINDS, searchMemory } from "../lib/search.svelte";
import { sessions } from "../lib/sessions.svelte";
import { clearMocks, fakeCommands, type Call } from "../test/fake-commands";
import SearchScreen from "./SearchScreen.svelte";

beforeEach(() => {
  sessions.summaries = [HRC38, HRC_S28];
  sessions.loaded = true;
});

afterEach(() => {
  clearMocks();
  router.closeSession();
  router.go("sessions");
  router.focusId = null;
  sessions.summaries = [];
  searchMemory.text = "";
  searchMemory.kinds = [...SEARCH_KINDS];
  searchMemory.session = "";
});

const lastSearch = (calls: Call[]) => (calls.filter((c) => c.command === "search").at(-1)?.args as { query: SearchQuery } | undefined)?.query;

describe("SearchScreen", () => {
  it("searches as you type, with the kinds and session chosen", async () => {
    const calls = fakeCommands({ search: () => HITS });
    render(SearchScreen);
    const user = userEvent.setup();
    const box = screen.getByLabelText("Search for");
    expect(box).toHaveFocus();
    expect(screen.getByRole("heading", { name: "How search works" })).toBeInTheDocument();

    await user.type(box, "reprisals");
    await screen.findAllByRole("button", { name: /Reprisals/ });
    expect(lastSearch(calls)).toEqual({ text: "reprisals", session: null, kinds: [], limit: 100 });
    expect(screen.getByRole("status")).toHaveTextContent("3 results for “reprisals”: titles first, then the most recent");

    await user.click(screen.getByRole("checkbox", { name: "Meetings" }));
    await user.click(screen.getByRole("checkbox", { name: "Side events" }));
    await user.selectOptions(screen.getByLabelText("Session"), "38");
    await vi.waitFor(() => expect(lastSearch(calls)?.session).toBe("38"));
    expect(lastSearch(calls)).toEqual({ text: "reprisals", session: "38", kinds: ["note", "statement", "key-issue", "situation", "resolution", "consultation", "delegation"], limit: 100 });
    expect(screen.getByRole("status")).toHaveTextContent(
      "among notes, statements, key issues, situations, resolutions, informal consultations, delegations in HRC38",
    );
  });

  it("goes from the box into the results with ↓ and opens one with Enter", async () => {
    fakeCommands({ search: () => HITS });
    render(SearchScreen);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Search for"), "repr");
    const results = within(await screen.findByRole("list", { name: "Results" })).getAllByRole("button");
    await user.keyboard("{ArrowDown}");
    expect(results[0]).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(results[2]).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(router.screen).toBe("notes");
    expect(router.sessionId).toBe(HRC_S28.session.id);
    expect(router.focusId).toBe("note-burundi");
  });

  it("says what to try when nothing matches, and widens the search", async () => {
    const calls = fakeCommands({ search: () => [] });
    searchMemory.session = "38";
    render(SearchScreen);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Search for"), "zzyzx");
    expect(await screen.findByRole("heading", { name: "Nothing matches “zzyzx” in HRC38" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Search all sessions" }));
    expect(await screen.findByRole("heading", { name: "Nothing matches “zzyzx”" })).toBeInTheDocument();
    expect(lastSearch(calls)?.session).toBeNull();
  });

  it("asks for a kind when none is ticked", async () => {
    fakeCommands({ search: () => HITS });
    searchMemory.kinds = [];
    render(SearchScreen);
    expect(screen.getByRole("status")).toHaveTextContent("Choose at least one kind of thing to look in.");
    await userEvent.setup().click(screen.getByRole("button", { name: "Look in everything" }));
    expect(screen.getByRole("checkbox", { name: "Notes" })).toBeChecked();
  });
});

