// The Record vote form: pasted lists with a misspelt State are refused naming it under the field, nothing is saved and
// the paste stays; a correct paste is recorded; three counts that are no numbers are said under their field and never
// sent; adopted without a vote needs nothing more.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Vote, VoteForm } from "../lib/bindings";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import { resolution, SESSION, VOTE } from "../test/resolution-data";
import VoteRecordForm from "./VoteRecordForm.svelte";

afterEach(() => clearMocks());

const TEXT = resolution({ id: "civil", title: "Civil society space", status: "tabled" });
const MISSPELT = "In favour (2): Germany, Chille\nAgainst (1): China\nAbstaining (0):";

function fake() {
  const stored: Vote[] = [];
  const calls = fakeCommands({
    record_vote: ({ form }) => {
      const f = form as VoteForm;
      if (f.entry.how === "lists" && f.entry.text.includes("Chille"))
        throw invalid("votes", "not_a_country", `"Chille" is not a known country; use an ISO 3166-1 alpha-3 code such as BDI, or a name such as Burundi`);
      const v = { ...VOTE, resolution_id: f.resolution_id };
      stored.push(v);
      return v;
    },
  });
  return { calls, stored };
}

describe("VoteRecordForm", () => {
  it("refuses pasted lists with a misspelt State, naming it, and saves nothing; the paste stays to be fixed", async () => {
    const { stored } = fake();
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(VoteRecordForm, { resolution: TEXT, session: SESSION, onSaved, onCancel: () => {} });
    const lists = screen.getByRole("textbox", { name: /The lists, as published/ });
    await user.click(lists);
    await user.paste(MISSPELT);
    await user.click(screen.getByRole("button", { name: "Record vote" }));
    expect(await screen.findByText(/"Chille" is not a known country/)).toBeInTheDocument();
    expect(lists).toHaveAttribute("aria-invalid", "true");
    expect(lists).toHaveFocus();
    expect(lists).toHaveValue(MISSPELT);
    expect(onSaved).not.toHaveBeenCalled();
    expect(stored).toEqual([]);

    await user.clear(lists);
    await user.paste(MISSPELT.replace("Chille", "Chile"));
    await user.click(screen.getByRole("button", { name: "Record vote" }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(stored).toHaveLength(1);
  });

  it("sends three counts as numbers, and says under a count that is no number without sending it", async () => {
    const { calls } = fake();
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(VoteRecordForm, { resolution: TEXT, session: SESSION, onSaved, onCancel: () => {} });
    await user.click(screen.getByRole("radio", { name: "Three counts" }));
    await user.type(screen.getByRole("textbox", { name: "In favour" }), "26");
    await user.type(screen.getByRole("textbox", { name: "Against" }), "six");
    await user.type(screen.getByRole("textbox", { name: "Abstaining" }), "14");
    await user.click(screen.getByRole("button", { name: "Record vote" }));
    expect(await screen.findByText("Type how many voted against, such as 26.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Against" })).toHaveFocus();
    expect(calls.filter((c) => c.command === "record_vote")).toHaveLength(0);
    await user.clear(screen.getByRole("textbox", { name: "Against" }));
    await user.type(screen.getByRole("textbox", { name: "Against" }), "6");
    await user.click(screen.getByRole("button", { name: "Record vote" }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect((calls.at(-1)!.args.form as VoteForm).entry).toEqual({ how: "counts", in_favour: 26, against: 6, abstaining: 14 });
  });

  it("records adoption without a vote on the day typed", async () => {
    const { calls } = fake();
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(VoteRecordForm, { resolution: TEXT, session: SESSION, onSaved, onCancel: () => {} });
    await user.click(screen.getByRole("radio", { name: "Adopted without a vote" }));
    await user.type(screen.getByRole("textbox", { name: /Day of the action/ }), "5 July 2018");
    await user.click(screen.getByRole("button", { name: "Record vote" }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(calls.at(-1)!.args.form).toEqual({ resolution_id: "civil", amendment_id: null, date: "2018-07-05", entry: { how: "without-vote" } });
  });
});
