// The Mandates screen: the list by name with each one's kind, country or theme, holders, resolution (a UN link),
// renewal session and the meetings where it presents; the find box (the core asked as you type); add (the core's
// refusals under the field they name, a session that is no number said under its field), edit, delete with Undo.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { MandateInput, MandateKind, MandateSummary } from "../lib/bindings";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import { findCountries } from "../test/situation-data";
import MandatesScreen from "./MandatesScreen.svelte";

afterEach(() => clearMocks());

const SESSION = "0190a5b0-0000-7000-8000-000000000038";
const EXECUTIONS = "Special Rapporteur on extrajudicial, summary or arbitrary executions";

function mandate(fields: Partial<MandateSummary> & { id: string; name: string }): MandateSummary {
  return {
    kind: "special-rapporteur",
    country_code: null,
    country_name: null,
    theme: "",
    holders: [],
    resolution: "",
    renewal_session: null,
    created_at: "2018-06-01T09:00:00.000Z",
    updated_at: "2018-06-01T09:00:00.000Z",
    linked: [],
    ...fields,
  };
}

const MANDATES: MandateSummary[] = [
  mandate({
    id: "coi",
    name: "Commission of Inquiry on Burundi",
    kind: "commission-of-inquiry",
    country_code: "BDI",
    country_name: "Burundi",
    holders: ["Doudou Diène", "Lucy Asuagbor", "Françoise Hampson"],
    resolution: "A/HRC/RES/36/19",
    renewal_session: 39,
    linked: [{ kind: "situation", id: "s1", session_id: SESSION, title: "Burundi", date: null }],
  }),
  mandate({
    id: "exe",
    name: EXECUTIONS,
    theme: "extrajudicial, summary or arbitrary executions",
    holders: ["Agnès Callamard"],
    resolution: "A/HRC/RES/35/15",
    renewal_session: 44,
    linked: [{ kind: "meeting", id: "m7", session_id: SESSION, title: "Clustered ID: executions and expression", date: "2018-06-19" }],
  }),
];

function fake(list: MandateSummary[]) {
  let rows = [...list];
  const gone: MandateSummary[] = [];
  return fakeCommands({
    mandate_summaries: ({ find }) => {
      const q = ((find as string | null) ?? "").toLowerCase();
      return rows.filter((r) => [r.name, r.theme, r.country_name ?? "", ...r.holders].some((t) => t.toLowerCase().includes(q)));
    },
    find_countries: findCountries,
    create_mandate: ({ input }) => {
      const i = input as MandateInput;
      if (i.resolution && !i.resolution.includes("/")) throw invalid("resolution", "not_a_document_symbol", `"${i.resolution}" is not a UN document symbol (such as A/HRC/38/44/Add.1)`);
      const made = mandate({ id: "new", name: i.name, kind: (i.kind ?? "independent-expert") as MandateKind, theme: i.theme, holders: i.holders, resolution: i.resolution, renewal_session: i.renewal_session });
      rows = [...rows, made];
      return made;
    },
    update_mandate: ({ id, input }) => {
      const i = input as MandateInput;
      rows = rows.map((r) => (r.id === id ? { ...r, holders: i.holders, renewal_session: i.renewal_session } : r));
      return rows.find((r) => r.id === id);
    },
    delete_mandate: ({ id }) => {
      const m = rows.find((r) => r.id === id)!;
      rows = rows.filter((r) => r.id !== id);
      gone.push(m);
      return m;
    },
    restore_mandate: ({ id }) => {
      const m = gone.find((g) => g.id === id)!;
      rows = [...rows, m];
      return m;
    },
    forget_deleted: () => null,
  });
}

describe("MandatesScreen", () => {
  it("lists each mandate with its kind, country or theme, holders, resolution, renewal and where it presents", async () => {
    fake(MANDATES);
    render(MandatesScreen);
    const coi = await screen.findByRole("article", { name: "Commission of Inquiry on Burundi" });
    expect(coi).toHaveTextContent("Commission of inquiry");
    expect(coi).toHaveTextContent("Country: Burundi");
    expect(coi).toHaveTextContent("Doudou Diène, Lucy Asuagbor, Françoise Hampson");
    expect(within(coi).getByRole("link", { name: "A/HRC/RES/36/19" })).toHaveAttribute("href", "https://undocs.org/A/HRC/RES/36/19");
    expect(coi).toHaveTextContent("Session 39");
    const exe = screen.getByRole("article", { name: EXECUTIONS });
    expect(exe).toHaveTextContent("Theme: extrajudicial, summary or arbitrary executions");
    expect(exe).toHaveTextContent("1 meeting");
    const presents = within(exe).getByRole("group", { name: "Presents at and followed by" });
    // A meeting is named with its day, to tell apart the days of one dialogue.
    expect(within(presents).getByRole("button", { name: /Clustered ID: executions and expression/ })).toHaveTextContent("Tue 19 Jun");
    expect(screen.getByRole("heading", { level: 1, name: "Mandates" })).toBeInTheDocument();
  });

  it("adds one: a session that is no number and a resolution that is no symbol are said under their fields", async () => {
    const calls = fake(MANDATES);
    const user = userEvent.setup();
    render(MandatesScreen);
    await screen.findByRole("article", { name: EXECUTIONS });
    await user.click(screen.getAllByRole("button", { name: "Add mandate" })[0]);
    const form = screen.getByRole("form", { name: "Add mandate" });
    const name = within(form).getByLabelText("Name");
    expect(name).toHaveFocus();
    await user.type(name, "Independent Expert on sexual orientation and gender identity");
    await user.type(within(form).getByLabelText("Holders"), "Victor Madrigal-Borloz{Enter}{Enter}");
    const renewal = within(form).getByLabelText("Renewal falls at session");
    await user.type(renewal, "next");
    await user.click(within(form).getByRole("button", { name: "Add mandate" }));
    expect(renewal).toHaveAttribute("aria-invalid", "true");
    expect(renewal).toHaveFocus();
    expect(within(form).getByText("Type the session's number, such as 41.")).toBeInTheDocument();
    expect(calls.some((c) => c.command === "create_mandate")).toBe(false);

    await user.clear(renewal);
    await user.type(renewal, "HRC41");
    const resolution = within(form).getByLabelText("Resolution");
    await user.type(resolution, "32-2");
    await user.click(within(form).getByRole("button", { name: "Add mandate" }));
    expect(resolution).toHaveAttribute("aria-invalid", "true");
    expect(within(form).getByText(/is not a UN document symbol/)).toBeInTheDocument();

    await user.clear(resolution);
    await user.type(resolution, "A/HRC/RES/32/2");
    await user.click(within(form).getByRole("button", { name: "Add mandate" }));
    expect(await screen.findByRole("article", { name: "Independent Expert on sexual orientation and gender identity" })).toHaveTextContent("Victor Madrigal-Borloz");
    expect(calls.filter((c) => c.command === "create_mandate").at(-1)!.args.input).toEqual({
      name: "Independent Expert on sexual orientation and gender identity",
      kind: null,
      country: null,
      theme: "",
      holders: ["Victor Madrigal-Borloz"],
      resolution: "A/HRC/RES/32/2",
      renewal_session: 41,
    });
  });

  it("edits one, starting from what is stored (holders one a line, its country by name)", async () => {
    const calls = fake(MANDATES);
    const user = userEvent.setup();
    render(MandatesScreen);
    await user.click(await screen.findByRole("button", { name: "Edit Commission of Inquiry on Burundi" }));
    const form = screen.getByRole("form", { name: "Edit “Commission of Inquiry on Burundi”" });
    expect(within(form).getByLabelText("Holders")).toHaveValue("Doudou Diène\nLucy Asuagbor\nFrançoise Hampson");
    expect(within(form).getByLabelText("Country")).toHaveValue("Burundi");
    expect(within(form).getByLabelText("Kind")).toHaveValue("commission-of-inquiry");
    const renewal = within(form).getByLabelText("Renewal falls at session");
    await user.clear(renewal);
    await user.type(renewal, "42");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByRole("article", { name: "Commission of Inquiry on Burundi" })).toHaveTextContent("Session 42");
    const sent = calls.find((c) => c.command === "update_mandate")!.args;
    expect(sent.id).toBe("coi");
    expect(sent.input).toMatchObject({ country: "Burundi", kind: "commission-of-inquiry", renewal_session: 42, holders: ["Doudou Diène", "Lucy Asuagbor", "Françoise Hampson"] });
  });

  it("deletes one with Undo, which brings it back", async () => {
    const calls = fake(MANDATES);
    const user = userEvent.setup();
    render(MandatesScreen);
    await user.click(await screen.findByRole("button", { name: `Delete ${EXECUTIONS}` }));
    expect(screen.queryByRole("article", { name: EXECUTIONS })).not.toBeInTheDocument();
    expect(screen.getByText(`“${EXECUTIONS}” deleted.`)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByRole("article", { name: EXECUTIONS })).toBeInTheDocument();
    expect(calls.some((c) => c.command === "restore_mandate" && c.args.id === "exe")).toBe(true);
  });

  it("finds by a holder's name as you type", async () => {
    const calls = fake(MANDATES);
    const user = userEvent.setup();
    render(MandatesScreen);
    await screen.findByRole("article", { name: EXECUTIONS });
    await user.type(screen.getByRole("searchbox", { name: "Find a mandate" }), "callamard");
    expect(await screen.findByText("1 mandate found for “callamard”.")).toBeInTheDocument();
    expect(screen.queryByRole("article", { name: "Commission of Inquiry on Burundi" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "mandate_summaries").at(-1)!.args).toEqual({ find: "callamard" });
  });
});
