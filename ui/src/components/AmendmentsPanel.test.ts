// A text's amendments on its page: each with its status, what it changes, who presents it and the vote on it by
// regional group; added (a symbol the core refuses is said under Symbol, nothing saved, what was typed kept), edited,
// deleted after asking once more, and its vote recorded with the amendment's id.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Amendment, AmendmentInput, VoteForm } from "../lib/bindings";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import { GROUPS, resolution, SESSION, VOTE } from "../test/resolution-data";
import AmendmentsPanel from "./AmendmentsPanel.svelte";

afterEach(() => clearMocks());

const L35: Amendment = {
  id: "a1",
  resolution_id: "civil",
  symbol: "A/HRC/38/L.35",
  summary: "Deletes operative paragraph 4",
  sponsors: [{ country_code: "RUS", country_name: "Russian Federation", role: "main", joined_on: null }],
  status: "rejected",
  vote: { ...VOTE, id: "va", amendment_id: "a1", outcome: "rejected" },
};
const TEXT = resolution({ id: "civil", title: "Civil society space", draft_symbol: "A/HRC/38/L.17", amendments: [L35] });

function fake() {
  return fakeCommands({
    vote_by_group: () => GROUPS,
    create_amendment: ({ input }) => {
      const i = input as AmendmentInput;
      if (!i.symbol.startsWith("A/")) throw invalid("symbol", "not_a_document_symbol", `"${i.symbol}" is not a UN document symbol`);
      return { ...L35, id: "a2", symbol: i.symbol, summary: i.summary, sponsors: [], status: "tabled", vote: null };
    },
    update_amendment: ({ id, input }) => ({ ...L35, id: id as string, ...(input as AmendmentInput), sponsors: L35.sponsors, status: "withdrawn" }),
    delete_amendment: () => L35,
    record_vote: ({ form }) => ({ ...VOTE, amendment_id: (form as VoteForm).amendment_id }),
  });
}

function show(onChanged = vi.fn()) {
  render(AmendmentsPanel, { resolution: TEXT, session: SESSION, onChanged });
  return onChanged;
}

describe("AmendmentsPanel", () => {
  it("shows each amendment with its status, what it changes, who presents it and its vote by regional group", async () => {
    const calls = fake();
    show();
    const a = screen.getByRole("article", { name: "A/HRC/38/L.35" });
    expect(a).toHaveTextContent("Rejected");
    expect(a).toHaveTextContent("Deletes operative paragraph 4");
    expect(a).toHaveTextContent("Presented by Russian Federation");
    expect(a).toHaveTextContent("Rejected by a recorded vote of 3 to 1, with 1 abstention, on 6 July 2018");
    const table = await within(a).findByRole("table", { name: "A/HRC/38/L.35" });
    expect(within(table).getAllByRole("rowheader").map((h) => h.textContent)).toContain("African States");
    expect(calls.find((c) => c.command === "vote_by_group")!.args).toEqual({ resolutionId: "civil", amendmentId: "a1" });
  });

  it("adds an amendment: a symbol the core refuses is said under Symbol, nothing saved, what was typed kept", async () => {
    const calls = fake();
    const onChanged = show();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Add amendment" }));
    const symbol = screen.getByRole("textbox", { name: /^Symbol/ });
    expect(symbol).toHaveFocus();
    await user.type(symbol, "L.36");
    await user.type(screen.getByRole("textbox", { name: /What it changes/ }), "Adds a paragraph on reprisals");
    await user.type(screen.getByRole("textbox", { name: /Presented by/ }), "Cuba{Enter}China");
    await user.click(screen.getByRole("button", { name: "Add amendment" }));
    expect(await screen.findByText(/"L.36" is not a UN document symbol/)).toBeInTheDocument();
    expect(symbol).toHaveAttribute("aria-invalid", "true");
    expect(symbol).toHaveFocus();
    expect(screen.getByRole("textbox", { name: /What it changes/ })).toHaveValue("Adds a paragraph on reprisals");
    expect(onChanged).not.toHaveBeenCalled();

    await user.clear(symbol);
    await user.type(symbol, "A/HRC/38/L.36");
    await user.click(screen.getByRole("button", { name: "Add amendment" }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    expect(calls.at(-1)!.args.input).toEqual({
      resolution_id: "civil",
      symbol: "A/HRC/38/L.36",
      summary: "Adds a paragraph on reprisals",
      sponsors: ["Cuba", "China"],
      status: "tabled",
    });
    expect(onChanged.mock.calls[0][1]).toBe("Amendment A/HRC/38/L.36 added.");
  });

  it("edits an amendment in place, starting from what it holds", async () => {
    const calls = fake();
    const onChanged = show();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Edit amendment A/HRC/38/L.35" }));
    expect(screen.getByRole("textbox", { name: /^Symbol/ })).toHaveFocus();
    expect(screen.getByRole("textbox", { name: /Presented by/ })).toHaveValue("Russian Federation");
    await user.selectOptions(screen.getByRole("combobox", { name: /Status/ }), "Withdrawn");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    const call = calls.find((c) => c.command === "update_amendment")!;
    expect(call.args).toEqual({
      id: "a1",
      input: { resolution_id: "civil", symbol: "A/HRC/38/L.35", summary: "Deletes operative paragraph 4", sponsors: ["Russian Federation"], status: "withdrawn" },
    });
  });

  it("deletes an amendment only once asked again", async () => {
    const calls = fake();
    const onChanged = show();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Delete amendment A/HRC/38/L.35" }));
    expect(screen.getByText("Delete amendment A/HRC/38/L.35 and the vote on it?")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Keep" })).toHaveFocus();
    expect(calls.some((c) => c.command === "delete_amendment")).toBe(false);
    await user.click(within(screen.getByRole("group", { name: "Confirm deletion" })).getByRole("button", { name: "Delete" }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    expect(calls.find((c) => c.command === "delete_amendment")!.args).toEqual({ id: "a1" });
    expect(onChanged.mock.calls[0][1]).toBe("Amendment A/HRC/38/L.35 deleted.");
  });

  it("records the vote on an amendment as on the text, with the amendment's id", async () => {
    const calls = fake();
    const onChanged = show();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Record vote on A/HRC/38/L.35" }));
    expect(screen.getByRole("heading", { name: "Record the vote on amendment A/HRC/38/L.35" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Paste the lists" })).toHaveFocus();
    await user.click(screen.getByRole("radio", { name: "Three counts" }));
    await user.type(screen.getByRole("textbox", { name: "In favour" }), "12");
    await user.type(screen.getByRole("textbox", { name: "Against" }), "24");
    await user.type(screen.getByRole("textbox", { name: "Abstaining" }), "10");
    await user.click(screen.getByRole("button", { name: "Record vote" }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    const form = calls.find((c) => c.command === "record_vote")!.args.form as VoteForm;
    expect(form).toEqual({ resolution_id: "civil", amendment_id: "a1", date: null, entry: { how: "counts", in_favour: 12, against: 24, abstaining: 10 } });
  });
});
