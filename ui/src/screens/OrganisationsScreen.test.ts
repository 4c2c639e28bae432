// The Organisations screen: the list with each one's status and use, the find box (the core asked as you type), add
// (the core's refusal under the field it names), edit, merge a duplicate into another (what moves said, the core's
// refusal under the field), delete with Undo (the name forgotten once Undo goes), and an organisation in use not deleted.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Organisation, OrganisationInput, OrganisationSummary } from "../lib/bindings";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import OrganisationsScreen from "./OrganisationsScreen.svelte";

afterEach(() => {
  clearMocks();
  vi.useRealTimers();
});

function org(fields: Partial<OrganisationSummary> & { id: string; name: string }): OrganisationSummary {
  return {
    acronym: "",
    ecosoc_status: "none",
    created_at: "2018-06-01T09:00:00.000Z",
    updated_at: "2018-06-01T09:00:00.000Z",
    statements: 0,
    side_events_organised: 0,
    side_events_cosponsored: 0,
    ...fields,
  };
}

const ORGS: OrganisationSummary[] = [
  org({ id: "civ", name: "CIVICUS", statements: 1, side_events_cosponsored: 2 }),
  org({ id: "fld", name: "Front Line Defenders" }),
  org({ id: "ishr", name: "International Service for Human Rights", acronym: "ISHR", ecosoc_status: "special", statements: 3, side_events_organised: 1 }),
];

function fake(list: OrganisationSummary[]) {
  let rows = [...list];
  const gone: OrganisationSummary[] = [];
  const calls = fakeCommands({
    // The core folds case and accents; lower case stands in for it here.
    list_organisations: ({ find }) => {
      const q = ((find as string | null) ?? "").toLowerCase();
      return rows.filter((r) => r.name.toLowerCase().includes(q) || r.acronym.toLowerCase().includes(q));
    },
    merge_organisations: ({ id, into }) => {
      const from = rows.find((r) => r.id === id)!;
      if (id === into) throw invalid("into", "merge_into_itself", "must be another organisation: one cannot be merged into itself");
      if (into === "civ") throw invalid("into", "no_such_row", "no such row: it was deleted meanwhile");
      rows = rows
        .filter((r) => r.id !== id)
        .map((r) => (r.id === into ? { ...r, statements: r.statements + from.statements, side_events_organised: r.side_events_organised + from.side_events_organised } : r));
      return rows.find((r) => r.id === into);
    },
    create_organisation: ({ input }) => {
      const i = input as OrganisationInput;
      if (rows.some((r) => r.acronym && r.acronym.toLowerCase() === (i.acronym ?? "").toLowerCase())) {
        throw invalid("acronym", "names_another_organisation", `"${i.acronym}" already names International Service for Human Rights`);
      }
      const made = org({ id: "new", name: i.name.trim(), acronym: i.acronym ?? "", ecosoc_status: (i.ecosoc_status ?? "none") as Organisation["ecosoc_status"] });
      rows = [...rows, made].sort((a, b) => a.name.localeCompare(b.name));
      return made;
    },
    update_organisation: ({ id, input }) => {
      const i = input as OrganisationInput;
      rows = rows.map((r) => (r.id === id ? { ...r, name: i.name, acronym: i.acronym ?? "", ecosoc_status: i.ecosoc_status as Organisation["ecosoc_status"] } : r));
      return rows.find((r) => r.id === id);
    },
    delete_organisation: ({ id }) => {
      const o = rows.find((r) => r.id === id)!;
      if (o.statements + o.side_events_organised + o.side_events_cosponsored > 0) {
        throw invalid("organisation", "organisation_in_use", "signs 3 statements and organises or co-sponsors 1 side event: take it off them first (to correct its name, edit it instead)");
      }
      rows = rows.filter((r) => r.id !== id);
      gone.push(o);
    },
    restore_organisation: ({ id }) => {
      const o = gone.find((g) => g.id === id)!;
      rows = [...rows, o].sort((a, b) => a.name.localeCompare(b.name));
      return o;
    },
    forget_deleted_organisation: () => null,
  });
  return calls;
}

describe("OrganisationsScreen", () => {
  it("lists each organisation with its acronym, ECOSOC status and what it signs and co-sponsors", async () => {
    fake(ORGS);
    render(OrganisationsScreen);
    const ishr = await screen.findByRole("article", { name: "International Service for Human Rights (ISHR)" });
    expect(ishr).toHaveTextContent("Special consultative status");
    expect(ishr).toHaveTextContent("Signs 3 statements · organises 1 side event");
    expect(screen.getByRole("article", { name: "CIVICUS" })).toHaveTextContent("Signs 1 statement · co-sponsors 2 side events");
    expect(screen.getByRole("article", { name: "Front Line Defenders" })).toHaveTextContent("Not on any statement or side event");
    expect(screen.getByRole("heading", { level: 1, name: "Organisations" })).toBeInTheDocument();
    expect(within(ishr).getByRole("heading", { level: 2 })).toHaveTextContent("International Service for Human Rights (ISHR)");
  });

  it("says where organisations come from when there is none", async () => {
    fake([]);
    render(OrganisationsScreen);
    expect(await screen.findByText("No organisations yet")).toBeInTheDocument();
    expect(screen.getByText(/paste a signatory list/)).toBeInTheDocument();
  });

  it("adds one; an acronym another has is refused under the acronym field, and the form stays", async () => {
    const calls = fake(ORGS);
    const user = userEvent.setup();
    render(OrganisationsScreen);
    await screen.findByRole("article", { name: "CIVICUS" });
    // A find that would hide the one added is emptied once it is added.
    await user.type(screen.getByRole("searchbox", { name: "Find an organisation" }), "civ");
    await screen.findByText("1 organisation found for “civ”.");

    await user.click(screen.getAllByRole("button", { name: "Add organisation" })[0]);
    const form = screen.getByRole("form", { name: "Add organisation" });
    expect(within(form).getByLabelText("Name")).toHaveFocus();
    await user.type(within(form).getByLabelText("Name"), "Independent Service");
    await user.type(within(form).getByLabelText("Acronym"), "ishr");
    await user.click(within(form).getByRole("button", { name: "Add organisation" }));

    const acronym = within(form).getByLabelText("Acronym");
    expect(acronym).toHaveAttribute("aria-invalid", "true");
    expect(acronym).toHaveFocus();
    expect(within(form).getByText(/already names International Service for Human Rights/)).toBeInTheDocument();

    await user.clear(acronym);
    await user.type(acronym, "ISR");
    await user.selectOptions(within(form).getByLabelText("ECOSOC status"), "roster");
    await user.click(within(form).getByRole("button", { name: "Add organisation" }));

    expect(await screen.findByRole("article", { name: "Independent Service (ISR)" })).toHaveTextContent("Roster status");
    expect(screen.getByRole("searchbox", { name: "Find an organisation" })).toHaveValue("");
    expect(screen.getByRole("article", { name: "CIVICUS" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("“Independent Service” was added.");
    const created = calls.filter((c) => c.command === "create_organisation").at(-1)!;
    expect(created.args.input).toEqual({ name: "Independent Service", acronym: "ISR", ecosoc_status: "roster" });
  });

  it("edits one in place, starting from what is stored", async () => {
    const calls = fake(ORGS);
    const user = userEvent.setup();
    render(OrganisationsScreen);
    await user.click(await screen.findByRole("button", { name: "Edit International Service for Human Rights" }));
    const form = screen.getByRole("form", { name: "Edit “International Service for Human Rights”" });
    expect(within(form).getByLabelText("Acronym")).toHaveValue("ISHR");
    expect(within(form).getByLabelText("ECOSOC status")).toHaveValue("special");
    await user.selectOptions(within(form).getByLabelText("ECOSOC status"), "general");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    expect(await screen.findByRole("article", { name: "International Service for Human Rights (ISHR)" })).toHaveTextContent("General consultative status");
    expect(calls.find((c) => c.command === "update_organisation")?.args).toEqual({
      id: "ishr",
      input: { name: "International Service for Human Rights", acronym: "ISHR", ecosoc_status: "general" },
    });
  });

  it("does not delete one in use, and says what it is on", async () => {
    fake(ORGS);
    const user = userEvent.setup();
    render(OrganisationsScreen);
    await user.click(await screen.findByRole("button", { name: "Delete International Service for Human Rights" }));
    // Said on its card, where the person is, not at the top of a long list.
    const card = screen.getByRole("article", { name: "International Service for Human Rights (ISHR)" });
    expect(within(card).getByRole("alert")).toHaveTextContent(
      "It signs 3 statements and organises or co-sponsors 1 side event: take it off them first",
    );
    expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
  });

  it("deletes one with Undo, which brings it back; once Undo goes, its name is forgotten", async () => {
    const calls = fake(ORGS);
    const user = userEvent.setup();
    render(OrganisationsScreen);
    await user.click(await screen.findByRole("button", { name: "Delete Front Line Defenders" }));

    expect(screen.queryByRole("article", { name: "Front Line Defenders" })).not.toBeInTheDocument();
    const undo = screen.getByRole("button", { name: "Undo" });
    expect(undo).toHaveFocus();
    expect(screen.getByText("Organisation deleted.")).toBeInTheDocument();
    await user.click(undo);
    expect(await screen.findByRole("article", { name: "Front Line Defenders" })).toBeInTheDocument();
    expect(calls.some((c) => c.command === "restore_organisation" && c.args.id === "fld")).toBe(true);

    await user.click(screen.getByRole("button", { name: "Delete Front Line Defenders" }));
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "forget_deleted_organisation").map((c) => c.args.id)).toEqual(["fld"]);
    expect(screen.queryByRole("article", { name: "Front Line Defenders" })).not.toBeInTheDocument();
  });

  it("narrows the list as you type in the find box, asking the core; Escape shows every one again", async () => {
    const calls = fake(ORGS);
    const user = userEvent.setup();
    render(OrganisationsScreen);
    await screen.findByRole("article", { name: "CIVICUS" });
    const find = screen.getByRole("searchbox", { name: "Find an organisation" });
    await user.click(find);
    await user.type(find, "ishr");
    expect(await screen.findByText("1 organisation found for “ishr”.")).toBeInTheDocument();
    expect(screen.queryByRole("article", { name: "CIVICUS" })).not.toBeInTheDocument();
    expect(screen.getByRole("article", { name: "International Service for Human Rights (ISHR)" })).toBeInTheDocument();
    expect(calls.filter((c) => c.command === "list_organisations").at(-1)!.args).toEqual({ find: "ishr" });

    // Enter goes to the first one found.
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Edit International Service for Human Rights" })).toHaveFocus();

    await user.clear(find);
    await user.type(find, "greenpeace");
    expect(await screen.findByText("No organisation's name or acronym holds “greenpeace”.")).toBeInTheDocument();
    expect(screen.queryByText("No organisations yet")).not.toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(find).toHaveValue("");
    expect(await screen.findByRole("article", { name: "CIVICUS" })).toBeInTheDocument();
    expect(calls.filter((c) => c.command === "list_organisations").at(-1)!.args).toEqual({ find: null });
  });

  it("merges a duplicate into the organisation chosen, saying first what moves and that there is no undo", async () => {
    const dup = org({ id: "dup", name: "Intl Service for Human Rights", statements: 3, side_events_cosponsored: 1 });
    const calls = fake([...ORGS, dup]);
    const user = userEvent.setup();
    render(OrganisationsScreen);
    await user.type(await screen.findByRole("searchbox", { name: "Find an organisation" }), "intl");
    await screen.findByText("1 organisation found for “intl”.");
    await user.click(await screen.findByRole("button", { name: "Merge Intl Service for Human Rights into another organisation" }));
    const form = screen.getByRole("form", { name: "Merge “Intl Service for Human Rights” into another organisation" });
    const into = within(form).getByRole("combobox", { name: "Merge into" });
    expect(into).toHaveFocus();
    expect(form).toHaveTextContent("Choose the organisation to keep. A merge cannot be undone.");

    // The organisation merged is not offered; the one chosen is said with what will move.
    await user.type(into, "service");
    const options = await within(form).findAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["International Service for Human Rights ISHR"]);
    await user.keyboard("{Enter}");
    expect(form).toHaveTextContent(
      "Its 3 signatures and 1 side event move to International Service for Human Rights (ISHR), and “Intl Service for Human Rights” is deleted. A merge cannot be undone.",
    );
    await user.click(within(form).getByRole("button", { name: "Merge" }));

    expect(await screen.findByText("“Intl Service for Human Rights” was merged into “International Service for Human Rights”.")).toBeInTheDocument();
    expect(screen.queryByRole("article", { name: "Intl Service for Human Rights" })).not.toBeInTheDocument();
    // The whole list comes back, the organisation kept shown.
    expect(screen.getByRole("searchbox", { name: "Find an organisation" })).toHaveValue("");
    expect(await screen.findByRole("article", { name: "CIVICUS" })).toBeInTheDocument();
    expect(screen.getByRole("article", { name: "International Service for Human Rights (ISHR)" })).toHaveTextContent("Signs 6 statements");
    expect(screen.getByRole("button", { name: "Edit International Service for Human Rights" })).toHaveFocus();
    expect(calls.find((c) => c.command === "merge_organisations")?.args).toEqual({ id: "dup", into: "ishr" });
  });

  it("shows the core's refusal of a merge under the field, and merges nothing", async () => {
    fake(ORGS);
    const user = userEvent.setup();
    render(OrganisationsScreen);
    await user.click(await screen.findByRole("button", { name: "Merge Front Line Defenders into another organisation" }));
    const form = screen.getByRole("form", { name: "Merge “Front Line Defenders” into another organisation" });
    const into = within(form).getByRole("combobox", { name: "Merge into" });
    await user.type(into, "civ");
    await within(form).findAllByRole("option");
    await user.keyboard("{Enter}");
    expect(form).toHaveTextContent("It signs nothing and is on no side event; “Front Line Defenders” is deleted.");
    await user.click(within(form).getByRole("button", { name: "Merge" }));
    expect(await within(form).findByText("no such row: it was deleted meanwhile")).toBeInTheDocument();
    expect(into).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("article", { name: "CIVICUS" })).toBeInTheDocument();

    await user.click(within(form).getByRole("button", { name: "Cancel" }));
    expect(screen.getByRole("article", { name: "Front Line Defenders" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Merge Front Line Defenders into another organisation" })).toHaveFocus();
  });
});
