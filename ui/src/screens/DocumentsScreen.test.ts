// The Documents screen: the list by symbol with each one's kind, title, UN link and the records that take it up (each
// opened on its session's screen), the find box (the core asked as you type), add (the core's refusal under the
// symbol), edit, and delete with Undo (its symbol forgotten once Undo goes).
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { DocumentInput, DocumentKind, DocumentSummary } from "../lib/bindings";
import { router } from "../lib/router.svelte";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import DocumentsScreen from "./DocumentsScreen.svelte";

afterEach(() => clearMocks());

const SESSION = "0190a5b0-0000-7000-8000-000000000038";

function doc(fields: Partial<DocumentSummary> & { id: string; symbol: string }): DocumentSummary {
  return {
    title: "",
    kind: "report",
    url: `https://undocs.org/${fields.symbol}`,
    created_at: "2018-06-01T09:00:00.000Z",
    updated_at: "2018-06-01T09:00:00.000Z",
    linked: [],
    ...fields,
  };
}

const DOCS: DocumentSummary[] = [
  doc({ id: "d9", symbol: "A/HRC/38/9" }),
  doc({
    id: "d44",
    symbol: "A/HRC/38/44",
    title: "Report of the Special Rapporteur on extrajudicial, summary or arbitrary executions",
    linked: [
      { kind: "meeting", id: "m7", session_id: SESSION, title: "Clustered ID: executions and expression", date: "2018-06-19" },
      { kind: "situation", id: "s1", session_id: SESSION, title: "Burundi", date: null },
    ],
  }),
  doc({ id: "l10", symbol: "A/HRC/38/L.10", kind: "draft-resolution", title: "Civil society space" }),
];

function fake(list: DocumentSummary[]) {
  let rows = [...list];
  const gone: DocumentSummary[] = [];
  return fakeCommands({
    document_summaries: ({ find }) => {
      const q = ((find as string | null) ?? "").toLowerCase();
      return rows.filter((r) => r.symbol.toLowerCase().includes(q) || r.title.toLowerCase().includes(q));
    },
    create_document: ({ input }) => {
      const i = input as DocumentInput;
      if (!i.symbol.includes("/")) throw invalid("symbol", "not_a_document_symbol", `"${i.symbol}" is not a UN document symbol (such as A/HRC/38/44/Add.1)`);
      const made = doc({ id: "new", symbol: i.symbol.toUpperCase(), title: i.title, kind: (i.kind ?? "report") as DocumentKind });
      rows = [...rows, made];
      return made;
    },
    update_document: ({ id, input }) => {
      const i = input as DocumentInput;
      rows = rows.map((r) => (r.id === id ? { ...r, symbol: i.symbol, title: i.title, kind: (i.kind ?? r.kind) as DocumentKind } : r));
      return rows.find((r) => r.id === id);
    },
    delete_document: ({ id }) => {
      const d = rows.find((r) => r.id === id)!;
      rows = rows.filter((r) => r.id !== id);
      gone.push(d);
      return d;
    },
    restore_document: ({ id }) => {
      const d = gone.find((g) => g.id === id)!;
      rows = [...rows, d];
      return d;
    },
    forget_deleted: () => null,
  });
}

describe("DocumentsScreen", () => {
  it("lists each document with its UN link, kind, title and the records that take it up", async () => {
    fake(DOCS);
    render(DocumentsScreen);
    const report = await screen.findByRole("article", { name: "A/HRC/38/44" });
    expect(within(report).getByRole("link", { name: "A/HRC/38/44" })).toHaveAttribute("href", "https://undocs.org/A/HRC/38/44");
    expect(report).toHaveTextContent("Report of the Special Rapporteur on extrajudicial, summary or arbitrary executions");
    expect(report).toHaveTextContent("1 meeting · 1 situation");
    const taken = within(report).getByRole("group", { name: "Taken up by" });
    expect(within(taken).getByRole("heading", { name: "Meetings" })).toBeInTheDocument();
    expect(screen.getByRole("article", { name: "A/HRC/38/L.10" })).toHaveTextContent("Draft resolution (L-document)");
    expect(screen.getByRole("article", { name: "A/HRC/38/9" })).toHaveTextContent("No title yet");
    expect(screen.getByRole("article", { name: "A/HRC/38/9" })).toHaveTextContent("Not taken up by any meeting");
    expect(screen.getByRole("heading", { level: 1, name: "Documents" })).toBeInTheDocument();

    // A record that takes it up opens on its session's screen.
    const user = userEvent.setup();
    await user.click(within(taken).getByRole("button", { name: /Burundi/ }));
    expect(router.screen).toBe("situations");
    expect(router.sessionId).toBe(SESSION);
    expect(router.takeFocus(["s1"])).toBe("s1");
  });

  // Hundreds of rows drawn in jsdom: 2 s on a quiet machine, past vitest's 5 s on a loaded one.
  it("shows ten years a hundred at a time: the next hundred on asking, the keyboard on the first of them, a find from the top", async () => {
    const many = Array.from({ length: 250 }, (_, i) => doc({ id: `d${i}`, symbol: `A/HRC/${String(i).padStart(3, "0")}/1` }));
    fake(many);
    const user = userEvent.setup();
    render(DocumentsScreen);
    await screen.findByRole("article", { name: "A/HRC/000/1" });
    expect(screen.getAllByRole("article")).toHaveLength(100);
    expect(screen.getByText("Showing 100 of 250 documents; the find box narrows them.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Show 100 more" }));
    expect(screen.getAllByRole("article")).toHaveLength(200);
    expect(screen.getByRole("button", { name: "Edit A/HRC/100/1" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Show 50 more" }));
    expect(screen.getAllByRole("article")).toHaveLength(250);
    expect(screen.queryByRole("button", { name: /more$/ })).not.toBeInTheDocument();

    await user.type(screen.getByRole("searchbox", { name: "Find a document" }), "/1");
    await screen.findByText("250 documents found for “/1”.");
    expect(screen.getAllByRole("article")).toHaveLength(100);
  }, 20_000);

  it("says where documents come from when there is none", async () => {
    fake([]);
    render(DocumentsScreen);
    expect(await screen.findByText("No documents yet")).toBeInTheDocument();
    expect(screen.getByText(/name a document's symbol on a meeting/)).toBeInTheDocument();
  });

  it("adds one: a symbol that is no UN symbol is refused under the symbol, the form keeps what was typed", async () => {
    const calls = fake(DOCS);
    const user = userEvent.setup();
    render(DocumentsScreen);
    await screen.findByRole("article", { name: "A/HRC/38/9" });
    await user.click(screen.getAllByRole("button", { name: "Add document" })[0]);
    const form = screen.getByRole("form", { name: "Add document" });
    const symbol = within(form).getByLabelText("Symbol");
    expect(symbol).toHaveFocus();
    await user.type(symbol, "HRC38-44");
    await user.type(within(form).getByLabelText("Title"), "Migrants report");
    await user.click(within(form).getByRole("button", { name: "Add document" }));

    expect(symbol).toHaveAttribute("aria-invalid", "true");
    expect(symbol).toHaveFocus();
    expect(within(form).getByText(/is not a UN document symbol/)).toBeInTheDocument();
    expect(within(form).getByLabelText("Title")).toHaveValue("Migrants report");

    await user.clear(symbol);
    await user.type(symbol, "a/hrc/38/41");
    await user.selectOptions(within(form).getByLabelText("Kind"), "report");
    await user.click(within(form).getByRole("button", { name: "Add document" }));
    expect(await screen.findByRole("article", { name: "A/HRC/38/41" })).toHaveTextContent("Migrants report");
    expect(screen.getByRole("status")).toHaveTextContent("A/HRC/38/41 was added.");
    expect(calls.filter((c) => c.command === "create_document").at(-1)!.args.input).toEqual({ symbol: "a/hrc/38/41", title: "Migrants report", kind: "report" });
  });

  it("edits one in place; the kind left to the symbol is sent as none", async () => {
    const calls = fake(DOCS);
    const user = userEvent.setup();
    render(DocumentsScreen);
    await user.click(await screen.findByRole("button", { name: "Edit A/HRC/38/9" }));
    const form = screen.getByRole("form", { name: "Edit A/HRC/38/9" });
    expect(within(form).getByLabelText("Symbol")).toHaveValue("A/HRC/38/9");
    await user.selectOptions(within(form).getByLabelText("Kind"), "");
    await user.type(within(form).getByLabelText("Title"), "Annual report of the High Commissioner");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByRole("article", { name: "A/HRC/38/9" })).toHaveTextContent("Annual report of the High Commissioner");
    expect(calls.find((c) => c.command === "update_document")?.args).toEqual({
      id: "d9",
      input: { symbol: "A/HRC/38/9", title: "Annual report of the High Commissioner", kind: null },
    });
  });

  it("deletes one with Undo, which brings it back; once Undo goes, it is forgotten", async () => {
    const calls = fake(DOCS);
    const user = userEvent.setup();
    render(DocumentsScreen);
    await user.click(await screen.findByRole("button", { name: "Delete A/HRC/38/L.10" }));
    expect(screen.queryByRole("article", { name: "A/HRC/38/L.10" })).not.toBeInTheDocument();
    const undo = screen.getByRole("button", { name: "Undo" });
    expect(undo).toHaveFocus();
    expect(screen.getByText("A/HRC/38/L.10 deleted.")).toBeInTheDocument();
    await user.click(undo);
    expect(await screen.findByRole("article", { name: "A/HRC/38/L.10" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Edit A/HRC/38/L.10" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Delete A/HRC/38/L.10" }));
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(calls.filter((c) => c.command === "forget_deleted").map((c) => c.args.id)).toEqual(["l10"]);
    expect(screen.queryByRole("article", { name: "A/HRC/38/L.10" })).not.toBeInTheDocument();
  });

  it("narrows the list as you type a symbol or title; Enter goes to the first found, Escape shows all again", async () => {
    const calls = fake(DOCS);
    const user = userEvent.setup();
    render(DocumentsScreen);
    await screen.findByRole("article", { name: "A/HRC/38/9" });
    const find = screen.getByRole("searchbox", { name: "Find a document" });
    await user.type(find, "l.10");
    expect(await screen.findByText("1 document found for “l.10”.")).toBeInTheDocument();
    expect(screen.queryByRole("article", { name: "A/HRC/38/9" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "document_summaries").at(-1)!.args).toEqual({ find: "l.10" });
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Edit A/HRC/38/L.10" })).toHaveFocus();

    await user.click(find);
    await user.keyboard("{Escape}");
    expect(find).toHaveValue("");
    expect(await screen.findByRole("article", { name: "A/HRC/38/9" })).toBeInTheDocument();
  });
});
