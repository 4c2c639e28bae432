// The Resolutions screen: the board by status ("adopted without a vote" its own column) with each text's symbol, item,
// sponsors and vote counts; a text's page with its sponsors, the vote by regional group as a table and my position;
// adding a text (the core's refusal under its field); and the members pasted for the session.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { Member, Resolution, ResolutionInput } from "../lib/bindings";
import { router } from "../lib/router.svelte";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import { GROUPS, member, resolution, SESSION, VOTE } from "../test/resolution-data";
import ResolutionsScreen from "./ResolutionsScreen.svelte";

afterEach(() => {
  clearMocks();
  router.focusId = null;
});

const CIVIL = resolution({
  id: "civil",
  title: "Civil society space",
  agenda_item: 3,
  draft_symbol: "A/HRC/38/L.17",
  revisions: [{ symbol: "A/HRC/38/L.17/Rev.1", oral: false, date: "2018-07-04" }],
  adopted_symbol: "A/HRC/RES/38/12",
  status: "adopted-with-vote",
  action_date: "2018-07-06",
  action_meeting: 41,
  sponsors: [
    { country_code: "CHL", country_name: "Chile", role: "main", joined_on: null },
    { country_code: "IRL", country_name: "Ireland", role: "main", joined_on: null },
    { country_code: "ALB", country_name: "Albania", role: "co", joined_on: "2018-07-02" },
  ],
  position: "We **support** the text.",
  vote: VOTE,
});
const TRAFFICKING = resolution({ id: "traff", title: "Trafficking in persons, especially women and children", draft_symbol: "A/HRC/38/L.3", status: "adopted-without-vote", vote: { ...VOTE, id: "v2", resolution_id: "traff", outcome: "adopted-without-vote", counts: null, states: [] } });
const BELARUS = resolution({ id: "blr", title: "Situation of human rights in Belarus", agenda_item: 4, draft_symbol: "A/HRC/38/L.2" });

function fake(list: Resolution[], members: Member[] = []) {
  let rows = [...list];
  let seated = [...members];
  return fakeCommands({
    list_resolutions: () => rows,
    list_members: () => seated,
    seat_warning_spans: () => [],
    list_key_issues: () => [],
    list_situations: () => [],
    list_statements: () => [],
    vote_by_group: ({ resolutionId }) => (resolutionId === "civil" ? GROUPS : []),
    create_resolution: ({ input }) => {
      const i = input as ResolutionInput;
      if (i.draft_symbol && !i.draft_symbol.startsWith("A/")) throw invalid("draft_symbol", "not_a_document_symbol", `"${i.draft_symbol}" is not a UN document symbol`);
      const made = resolution({ id: "new", title: i.title, draft_symbol: i.draft_symbol });
      rows = [...rows, made];
      return made;
    },
    update_resolution: ({ id, input }) => {
      const i = input as ResolutionInput;
      rows = rows.map((r) => (r.id === id ? { ...r, position: i.position, asks: i.asks } : r));
      return rows.find((r) => r.id === id);
    },
    add_members: ({ text }) => {
      const added = (text as string)
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => member(l.slice(0, 3).toUpperCase(), l.trim(), "african"));
      seated = [...seated, ...added];
      return added;
    },
  });
}

describe("ResolutionsScreen", () => {
  it("shows the texts on a board by status, adopted without a vote its own column, each with its symbol, item, sponsors and counts", async () => {
    fake([CIVIL, TRAFFICKING, BELARUS]);
    render(ResolutionsScreen, { session: SESSION });
    const board = await screen.findByRole("group", { name: "Texts by status" });
    const withVote = within(board).getByRole("region", { name: /Adopted with a vote/ });
    const card = within(withVote).getByRole("article", { name: "Civil society space" });
    expect(card).toHaveTextContent("A/HRC/38/L.17/Rev.1 · A/HRC/RES/38/12");
    expect(card).toHaveTextContent("Item 3");
    expect(card).toHaveTextContent("2 main sponsors · 1 co-sponsor");
    expect(card).toHaveTextContent("3 yes · 1 no · 1 abst.");
    const without = within(board).getByRole("region", { name: /Adopted without a vote/ });
    expect(within(without).getByRole("article", { name: /Trafficking/ })).toHaveTextContent("Without a vote");
    expect(within(within(board).getByRole("region", { name: /^Draft/ })).getByRole("article", { name: /Belarus/ })).toHaveTextContent("No sponsors yet");
    expect(within(board).getByRole("region", { name: "Rejected: no texts" })).toBeInTheDocument();
  });

  it("opens a text's page from the keyboard: its sponsors with their days, the vote by regional group as a table, my position", async () => {
    fake([CIVIL]);
    const user = userEvent.setup();
    render(ResolutionsScreen, { session: SESSION });
    (await screen.findByRole("button", { name: "Civil society space" })).focus();
    await user.keyboard("{Enter}");
    const title = await screen.findByRole("heading", { level: 2, name: "Civil society space" });
    expect(title).toHaveFocus();
    expect(screen.getByText(/Adopted by a recorded vote of 3 to 1, with 1 abstention, on 6 July 2018/)).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "The Council's action" });
    const weog = within(table).getByRole("row", { name: /Western European and other States/ });
    expect(within(weog).getAllByRole("cell").map((c) => c.textContent?.trim()).slice(0, 4)).toEqual(["2", "0", "0", "1"]);
    const total = within(table).getByRole("row", { name: /All groups/ });
    expect(within(total).getAllByRole("cell").map((c) => c.textContent?.trim()).slice(0, 4)).toEqual(["3", "1", "1", "1"]);
    const sponsors = screen.getByRole("region", { name: "Sponsors" });
    expect(sponsors).toHaveTextContent("Chile, Ireland");
    expect(sponsors).toHaveTextContent("Albania · 2 July 2018");
    expect(screen.getByRole("region", { name: "My position and asks" }).querySelector("strong")?.textContent).toBe("support");
    await user.click(screen.getByRole("button", { name: "Back to the board" }));
    expect(await screen.findByRole("button", { name: "Civil society space" })).toHaveFocus();
  });

  it("saves my position and asks with the rest of the text unchanged", async () => {
    const calls = fake([CIVIL]);
    const user = userEvent.setup();
    render(ResolutionsScreen, { session: SESSION });
    await user.click(await screen.findByRole("button", { name: "Civil society space" }));
    await user.click(screen.getByRole("button", { name: "Edit position" }));
    await user.type(screen.getByRole("textbox", { name: "My asks" }), "Vote yes on L.17.");
    await user.click(screen.getByRole("button", { name: "Save position" }));
    expect(await screen.findByText("Position and asks saved.")).toBeInTheDocument();
    const input = calls.find((c) => c.command === "update_resolution")!.args.input as ResolutionInput;
    expect(input.asks).toBe("Vote yes on L.17.");
    expect(input.sponsors).toEqual(["CHL", "IRL"]);
    expect(input.cosponsors).toEqual(["ALB@2018-07-02"]);
    expect(input.revisions).toEqual([{ symbol: "A/HRC/38/L.17/Rev.1", oral: false, date: "2018-07-04" }]);
  });

  it("adds a text, the core's refusal under the field it names and what was typed kept", async () => {
    const calls = fake([]);
    const user = userEvent.setup();
    render(ResolutionsScreen, { session: SESSION });
    await user.click((await screen.findAllByRole("button", { name: "Add text" }))[0]);
    await user.type(screen.getByRole("textbox", { name: "Title" }), "Human rights of migrants");
    await user.type(screen.getByRole("textbox", { name: /Draft symbol/ }), "L.20");
    await user.click(screen.getAllByRole("button", { name: "Add text" }).at(-1)!);
    const symbol = screen.getByRole("textbox", { name: /Draft symbol/ });
    expect(await screen.findByText(/"L.20" is not a UN document symbol/)).toBeInTheDocument();
    expect(symbol).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("textbox", { name: "Title" })).toHaveValue("Human rights of migrants");
    await user.clear(symbol);
    await user.type(symbol, "A/HRC/38/L.20");
    await user.click(screen.getAllByRole("button", { name: "Add text" }).at(-1)!);
    expect(await screen.findByRole("heading", { level: 2, name: "Human rights of migrants" })).toBeInTheDocument();
    expect(calls.filter((c) => c.command === "create_resolution")).toHaveLength(2);
  });

  it("says when no members are entered, and adds those pasted", async () => {
    fake([BELARUS]);
    const user = userEvent.setup();
    render(ResolutionsScreen, { session: SESSION });
    const members = await screen.findByRole("region", { name: "Members of the Council" });
    expect(members).toHaveTextContent("No members entered for HRC38");
    await user.click(within(members).getByRole("button", { name: "Paste members…" }));
    await user.type(within(members).getByRole("textbox", { name: /Members/ }), "Angola\nBurundi");
    await user.click(within(members).getByRole("button", { name: "Add members" }));
    expect(await screen.findByText("2 members added.")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Members of the Council" })).toHaveTextContent("2 members entered.");
  });
});
