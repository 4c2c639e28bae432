// The Delegations screen: each State's mission by name with its contacts and my meeting notes (Markdown); add (the
// State picked from what the core finds; the core's refusal of a State with a delegation already said under the State,
// what was typed kept), edit from what is stored, delete with Undo, the find box (the core asked), and a search result
// opening the screen on its State's record.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Delegation, DelegationInput } from "../lib/bindings";
import { router } from "../lib/router.svelte";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import { findCountries } from "../test/situation-data";
import DelegationsScreen from "./DelegationsScreen.svelte";

afterEach(() => clearMocks());

const AT = "2018-06-19T09:00:00.000Z";
const BURUNDI: Delegation = {
  id: "bdi",
  country_code: "BDI",
  country_name: "Burundi",
  contacts: "First Secretary (human rights)\nsecretary@example.org",
  notes: "**19 June**: will not engage with the Commission of Inquiry.",
  created_at: AT,
  updated_at: AT,
};
const ERITREA: Delegation = { ...BURUNDI, id: "eri", country_code: "ERI", country_name: "Eritrea", contacts: "", notes: "" };

function fake(list: Delegation[]) {
  let rows = [...list];
  const gone: Delegation[] = [];
  return fakeCommands({
    list_delegations: ({ find }) => {
      const q = ((find as string | null) ?? "").toLowerCase();
      return rows.filter((d) => [d.country_name, d.contacts, d.notes].some((t) => t.toLowerCase().includes(q)));
    },
    find_countries: findCountries,
    create_delegation: ({ input }) => {
      const i = input as DelegationInput;
      if (rows.some((d) => d.country_name === i.country)) throw invalid("country", "already_exists", `${i.country} has a delegation already`);
      const made = { ...ERITREA, id: "new", country_code: "SYR", country_name: i.country, contacts: i.contacts, notes: i.notes };
      rows = [...rows, made];
      return made;
    },
    update_delegation: ({ id, input }) => {
      const i = input as DelegationInput;
      rows = rows.map((d) => (d.id === id ? { ...d, contacts: i.contacts, notes: i.notes } : d));
      return rows.find((d) => d.id === id);
    },
    delete_delegation: ({ id }) => {
      const d = rows.find((r) => r.id === id)!;
      rows = rows.filter((r) => r.id !== id);
      gone.push(d);
      return d;
    },
    restore_delegation: ({ id }) => {
      const d = gone.find((g) => g.id === id)!;
      rows = [...rows, d];
      return d;
    },
    forget_deleted: () => null,
  });
}

describe("DelegationsScreen", () => {
  it("lists each delegation with its contacts and my meeting notes", async () => {
    fake([BURUNDI, ERITREA]);
    render(DelegationsScreen);
    const burundi = await screen.findByRole("article", { name: "Burundi" });
    expect(burundi).toHaveTextContent("First Secretary (human rights)");
    expect(within(burundi).getByText("19 June").tagName).toBe("STRONG");
    expect(screen.getByRole("article", { name: "Eritrea" })).toHaveTextContent("None yet");
    expect(screen.getByRole("heading", { level: 1, name: "Delegations" })).toBeInTheDocument();
  });

  it("adds one: a State with a delegation already is refused under the State, what was typed kept", async () => {
    const calls = fake([BURUNDI]);
    const user = userEvent.setup();
    render(DelegationsScreen);
    await screen.findByRole("article", { name: "Burundi" });
    await user.click(screen.getAllByRole("button", { name: "Add delegation" })[0]);
    const form = screen.getByRole("form", { name: "Add delegation" });
    const state = within(form).getByLabelText("State");
    expect(state).toHaveFocus();
    await user.type(state, "Burundi");
    await user.type(within(form).getByLabelText("Contacts"), "Ambassador");
    await user.click(within(form).getByRole("button", { name: "Add delegation" }));
    expect(state).toHaveAttribute("aria-invalid", "true");
    expect(within(form).getByText("Burundi has a delegation already")).toBeInTheDocument();
    expect(within(form).getByLabelText("Contacts")).toHaveValue("Ambassador");

    await user.clear(state);
    await user.type(state, "Syrian Arab Republic");
    await user.click(within(form).getByRole("button", { name: "Add delegation" }));
    expect(await screen.findByRole("article", { name: "Syrian Arab Republic" })).toHaveTextContent("Ambassador");
    expect(calls.filter((c) => c.command === "create_delegation").at(-1)!.args.input).toEqual({ country: "Syrian Arab Republic", contacts: "Ambassador", notes: "" });
  });

  it("edits one from what is stored, and deletes one with Undo", async () => {
    const calls = fake([BURUNDI, ERITREA]);
    const user = userEvent.setup();
    render(DelegationsScreen);
    await user.click(await screen.findByRole("button", { name: "Edit the delegation of Burundi" }));
    const form = screen.getByRole("form", { name: "Edit the delegation of Burundi" });
    const notes = within(form).getByLabelText("Meeting notes");
    expect(notes).toHaveValue(BURUNDI.notes);
    await user.type(notes, "\n\n**20 June**: asked about the list of speakers.");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByRole("article", { name: "Burundi" })).toHaveTextContent("asked about the list of speakers");
    expect(calls.find((c) => c.command === "update_delegation")!.args.id).toBe("bdi");

    await user.click(screen.getByRole("button", { name: "Delete the delegation of Eritrea" }));
    expect(screen.queryByRole("article", { name: "Eritrea" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByRole("article", { name: "Eritrea" })).toBeInTheDocument();
  });

  it("finds by what my notes say, asking the core", async () => {
    const calls = fake([BURUNDI, ERITREA]);
    const user = userEvent.setup();
    render(DelegationsScreen);
    await screen.findByRole("article", { name: "Eritrea" });
    await user.type(screen.getByRole("searchbox", { name: "Find a delegation" }), "commission");
    expect(await screen.findByText("1 delegation found for “commission”.")).toBeInTheDocument();
    expect(screen.queryByRole("article", { name: "Eritrea" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "list_delegations").at(-1)!.args).toEqual({ find: "commission" });
  });

  it("opens on the delegation a search result asked for: shown and its Edit button focused", async () => {
    fake([BURUNDI, ERITREA]);
    router.openGlobalItem("delegations", "eri");
    render(DelegationsScreen);
    const edit = await screen.findByRole("button", { name: "Edit the delegation of Eritrea" });
    await vi.waitFor(() => expect(edit).toHaveFocus());
    expect(router.focusId).toBeNull();
    router.screen = "sessions";
  });
});
