// A text's revisions and what it does to mandates, edited on its page and saved with the rest of the text as it is:
// rows added (an oral revision has no symbol), changed and removed; a mandate chosen from the mandates list as it is
// typed, with its effect; a revision symbol the core refuses is said under that row's symbol, nothing saved, the rows
// kept. The Add/Edit text form holds the same rows.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Mandate, ResolutionInput } from "../lib/bindings";
import { inputOf } from "../lib/resolutions";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import { resolution, SESSION } from "../test/resolution-data";
import ResolutionForm from "./ResolutionForm.svelte";
import RevisionsForm from "./RevisionsForm.svelte";

afterEach(() => clearMocks());

const ASSEMBLY = "Special Rapporteur on the rights to freedom of peaceful assembly and of association";
const EXPRESSION = "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression";
const TEXT = resolution({
  id: "civil",
  title: "Civil society space",
  draft_symbol: "A/HRC/38/L.17",
  position: "Support.",
  revisions: [{ symbol: "A/HRC/38/L.17/Rev.1", oral: false, date: "2018-07-02" }],
  mandates: [{ mandate_id: "m1", name: ASSEMBLY, effect: "renews" }],
});

const mandate = (id: string, name: string): Mandate => ({
  id,
  name,
  kind: "special-rapporteur",
  country_code: null,
  country_name: null,
  theme: "",
  holders: [],
  resolution: "",
  renewal_session: null,
  created_at: "2018-01-01T00:00:00Z",
  updated_at: "2018-01-01T00:00:00Z",
});

function fake() {
  return fakeCommands({
    list_mandates: ({ find }) => [mandate("m1", ASSEMBLY), mandate("m2", EXPRESSION)].filter((m) => !find || m.name.toLowerCase().includes((find as string).toLowerCase())),
    update_resolution: ({ input }) => {
      const i = input as ResolutionInput;
      const bad = i.revisions.find((r) => r.symbol && !r.symbol.startsWith("A/"));
      if (bad) throw invalid("revisions", "not_a_document_symbol", `"${bad.symbol}" is not a UN document symbol`);
      return TEXT;
    },
  });
}

describe("RevisionsForm", () => {
  it("adds an oral revision and a mandate the text creates, removes nothing else, and saves the rest of the text as it is", async () => {
    const calls = fake();
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(RevisionsForm, { resolution: TEXT, session: SESSION, onSaved, onCancel: () => {} });
    const first = screen.getByRole("group", { name: "Revision 1" });
    expect(within(first).getByRole("textbox", { name: "Symbol" })).toHaveValue("A/HRC/38/L.17/Rev.1");

    await user.click(screen.getByRole("button", { name: "Add revision" }));
    const second = screen.getByRole("group", { name: "Revision 2" });
    expect(within(second).getByRole("textbox", { name: "Symbol" })).toHaveFocus();
    await user.selectOptions(within(second).getByRole("combobox", { name: "Issued as" }), "An oral revision");
    expect(within(second).queryByRole("textbox", { name: "Symbol" })).toBeNull();
    await user.type(within(second).getByRole("textbox", { name: "Day" }), "6 July 2018");

    await user.click(screen.getByRole("button", { name: "Add mandate" }));
    const added = screen.getByRole("group", { name: "Mandate 2" });
    const name = within(added).getByRole("combobox", { name: "Mandate" });
    expect(name).toHaveFocus();
    await user.type(name, "opinion");
    await user.click(await screen.findByRole("option", { name: EXPRESSION }));
    expect(name).toHaveValue(EXPRESSION);
    await user.selectOptions(within(added).getByRole("combobox", { name: "What the text does" }), "Creates");

    await user.click(screen.getByRole("button", { name: "Save revisions and mandates" }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const call = calls.find((c) => c.command === "update_resolution")!;
    expect(call.args).toEqual({
      id: "civil",
      input: {
        ...inputOf(TEXT),
        revisions: [
          { symbol: "A/HRC/38/L.17/Rev.1", oral: false, date: "2018-07-02" },
          { symbol: null, oral: true, date: "2018-07-06" },
        ],
        mandates: [
          { name: ASSEMBLY, effect: "renews" },
          { name: EXPRESSION, effect: "creates" },
        ],
      },
    });
  });

  it("changes and removes rows: the keyboard goes to the next row's Remove, then to Add", async () => {
    const calls = fake();
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(RevisionsForm, { resolution: TEXT, session: SESSION, onSaved, onCancel: () => {} });
    await user.selectOptions(within(screen.getByRole("group", { name: "Mandate 1" })).getByRole("combobox", { name: "What the text does" }), "Ends");
    await user.click(screen.getByRole("button", { name: "Remove revision 1" }));
    expect(screen.queryByRole("group", { name: "Revision 1" })).toBeNull();
    expect(screen.getByRole("button", { name: "Add revision" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Save revisions and mandates" }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const input = calls.find((c) => c.command === "update_resolution")!.args.input as ResolutionInput;
    expect(input.revisions).toEqual([]);
    expect(input.mandates).toEqual([{ name: ASSEMBLY, effect: "ends" }]);
  });

  it("says the core's refusal under the symbol it quotes, saves nothing and keeps every row", async () => {
    fake();
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(RevisionsForm, { resolution: TEXT, session: SESSION, onSaved, onCancel: () => {} });
    await user.click(screen.getByRole("button", { name: "Add revision" }));
    const symbol = within(screen.getByRole("group", { name: "Revision 2" })).getByRole("textbox", { name: "Symbol" });
    await user.type(symbol, "L.17/Rev.2");
    await user.click(screen.getByRole("button", { name: "Save revisions and mandates" }));
    expect(await screen.findByText(/"L.17\/Rev.2" is not a UN document symbol/)).toBeInTheDocument();
    expect(symbol).toHaveAttribute("aria-invalid", "true");
    expect(symbol).toHaveFocus();
    expect(within(screen.getByRole("group", { name: "Revision 1" })).getByRole("textbox", { name: "Symbol" })).not.toHaveAttribute("aria-invalid");
    expect(symbol).toHaveValue("L.17/Rev.2");
    expect(onSaved).not.toHaveBeenCalled();
  });
});

describe("ResolutionForm", () => {
  it("holds the text's revisions and mandates, and sends them with what else was edited", async () => {
    const calls = fake();
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(ResolutionForm, { session: SESSION, resolution: TEXT, onSaved, onCancel: () => {} });
    expect(within(screen.getByRole("group", { name: "Mandate 1" })).getByRole("combobox", { name: "Mandate" })).toHaveValue(ASSEMBLY);
    await user.click(screen.getByRole("button", { name: "Add revision" }));
    await user.type(within(screen.getByRole("group", { name: "Revision 2" })).getByRole("textbox", { name: "Symbol" }), "A/HRC/38/L.17/Rev.2");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const input = calls.find((c) => c.command === "update_resolution")!.args.input as ResolutionInput;
    expect(input.revisions.map((r) => r.symbol)).toEqual(["A/HRC/38/L.17/Rev.1", "A/HRC/38/L.17/Rev.2"]);
    expect(input.mandates).toEqual([{ name: ASSEMBLY, effect: "renews" }]);
    expect(input.position).toBe("Support.");
  });
});
