// A text's page: its symbols, status, action, sponsors with the days they joined, amendments (in their own region, each
// with its vote) and mandates; the vote by regional group as a table (text counts, not colour alone) and adoption
// without a vote said as its own outcome; co-sponsors added by pasting (an unknown State named, nothing added).
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Resolution } from "../lib/bindings";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import { GROUPS, resolution, SESSION, VOTE } from "../test/resolution-data";
import ResolutionPage from "./ResolutionPage.svelte";

afterEach(() => clearMocks());

const TEXT = resolution({
  id: "civil",
  title: "Civil society space",
  draft_symbol: "A/HRC/38/L.17",
  adopted_symbol: "A/HRC/RES/38/12",
  status: "adopted-with-vote",
  action_date: "2018-07-06",
  action_meeting: 41,
  programme_budget: "No additional requirements.",
  sponsors: [{ country_code: "CHL", country_name: "Chile", role: "main", joined_on: null }],
  mandates: [{ mandate_id: "m1", name: "Special Rapporteur on the rights to freedom of peaceful assembly and of association", effect: "renews" }],
  amendments: [
    {
      id: "a1",
      resolution_id: "civil",
      symbol: "A/HRC/38/L.35",
      summary: "Deletes operative paragraph 4",
      sponsors: [{ country_code: "RUS", country_name: "Russian Federation", role: "main", joined_on: null }],
      status: "rejected",
      vote: { ...VOTE, id: "va", amendment_id: "a1", outcome: "rejected", counts: { in_favour: 12, against: 24, abstaining: 10 } },
    },
  ],
  vote: VOTE,
});

function show(r: Resolution, onChanged = vi.fn()) {
  render(ResolutionPage, { resolution: r, session: SESSION, groups: r.vote?.counts ? GROUPS : [], onChanged, onEdit: () => {}, onDelete: () => {} });
  return onChanged;
}

describe("ResolutionPage", () => {
  it("shows the text's symbols, action, amendments, mandates and programme-budget note", () => {
    show(TEXT);
    expect(screen.getByText("A/HRC/38/L.17")).toBeInTheDocument();
    expect(screen.getByText("A/HRC/RES/38/12")).toBeInTheDocument();
    expect(screen.getByText(/Action on 6 July 2018 at the 41st meeting/)).toBeInTheDocument();
    const text = screen.getByRole("region", { name: "The text" });
    const amendments = screen.getByRole("region", { name: "Amendments" });
    const amendment = within(amendments).getByRole("article", { name: "A/HRC/38/L.35" });
    expect(amendment).toHaveTextContent("Rejected");
    expect(amendment).toHaveTextContent("Deletes operative paragraph 4");
    expect(amendment).toHaveTextContent("Presented by Russian Federation");
    expect(amendment).toHaveTextContent("Rejected by a recorded vote of 12 to 24, with 10 abstentions, on 6 July 2018");
    expect(text).toHaveTextContent("Renews Special Rapporteur on the rights to freedom of peaceful assembly and of association");
    expect(text).toHaveTextContent("No additional requirements.");
  });

  it("charts the vote by regional group in a table whose cells hold the counts", () => {
    show(TEXT);
    const table = screen.getByRole("table", { name: "The Council's action" });
    const heads = within(table).getAllByRole("columnheader").map((h) => h.textContent?.trim());
    expect(heads.slice(0, 5)).toEqual(["Regional group", "In favour", "Against", "Abstaining", "Not voting"]);
    const rows = within(table).getAllByRole("row").slice(1, -1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual([
      "African States",
      "Asia-Pacific States",
      "Latin American and Caribbean States",
      "Western European and other States",
    ]);
    expect(within(rows[1]).getAllByRole("cell").map((c) => c.textContent?.trim()).slice(0, 4)).toEqual(["0", "1", "0", "0"]);
  });

  it("says adoption without a vote as its own outcome, with no chart", () => {
    show({ ...TEXT, status: "adopted-without-vote", vote: { ...VOTE, outcome: "adopted-without-vote", counts: null, states: [] } });
    expect(screen.getByText("Adopted without a vote on 6 July 2018")).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("adds co-sponsors from a paste; a State it does not know is named and nothing is added", async () => {
    const calls = fakeCommands({
      add_cosponsors: ({ text }) => {
        if ((text as string).includes("Andora")) throw invalid("cosponsors", "not_a_country", `"Andora" is not a known country`);
        return { ...TEXT, sponsors: [...TEXT.sponsors, { country_code: "ALB", country_name: "Albania", role: "co", joined_on: "2018-07-02" }] };
      },
    });
    const onChanged = show(TEXT);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Add co-sponsors…" }));
    const box = screen.getByRole("textbox", { name: /States joining/ });
    await user.click(box);
    await user.paste("The following States joined as co-sponsors: Albania and Andora.");
    await user.click(screen.getByRole("button", { name: "Add co-sponsors" }));
    expect(await screen.findByText(/"Andora" is not a known country/)).toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();
    expect(box).toHaveValue("The following States joined as co-sponsors: Albania and Andora.");
    await user.clear(box);
    await user.paste("Albania");
    await user.type(screen.getByRole("textbox", { name: /Joined on/ }), "2 July 2018");
    await user.click(screen.getByRole("button", { name: "Add co-sponsors" }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    expect(calls.at(-1)!.args).toEqual({ id: "civil", text: "Albania", on: "2018-07-02" });
    expect(onChanged.mock.calls[0][1]).toBe("1 co-sponsor added.");
  });

  it("edits the revisions and mandates in place: the keyboard goes to the form, and what was saved is said", async () => {
    const calls = fakeCommands({ update_resolution: () => TEXT, list_consultations: () => [], lobby: () => ({ members: [], related: [], rule: "" }), vote_by_group: () => GROUPS });
    const onChanged = show(TEXT);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Edit revisions and mandates" }));
    expect(screen.getByRole("heading", { name: "Revisions and mandates" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add revision" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await user.keyboard("A/HRC/38/L.17/Rev.1");
    await user.click(screen.getByRole("button", { name: "Save revisions and mandates" }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    expect(onChanged.mock.calls[0][1]).toBe("Revisions and mandates saved.");
    const input = calls.find((c) => c.command === "update_resolution")!.args.input as { revisions: unknown[] };
    expect(input.revisions).toEqual([{ symbol: "A/HRC/38/L.17/Rev.1", oral: false, date: null }]);
  });
});
