// The Statements screen end to end against a fake core: empty state, board, moving a card, opening the editor
// (from a card or for a search result), saving back to the board, and delivering from a card.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Statement } from "../lib/bindings";
import { clock } from "../lib/clock.svelte";
import { router } from "../lib/router.svelte";
import StatementsScreen from "../screens/StatementsScreen.svelte";
import { clearMocks, fakeCommands } from "../test/fake-commands";
import { GD4, HRC38, SESSION, timing } from "../test/statement-data";

beforeEach(() => localStorage.clear());
afterEach(() => {
  clearMocks();
  router.focusId = null;
  clock.live();
});

function fake(list: Statement[], extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  let rows = list.map((s) => ({ ...s }));
  return fakeCommands({
    list_statements: () => rows,
    list_meetings: () => [GD4],
    list_key_issues: () => [],
    list_situations: () => [],
    get_settings: () => ({ words_per_minute: 150, general_debate_seconds: 90, other_seconds: 120, my_organisation: "", my_ecosoc_status: "general", theme: "system" }),
    measure_draft: () => timing(),
    set_statement_status: ({ id, status }) => {
      rows = rows.map((s) => (s.id === id ? { ...s, status: status as Statement["status"] } : s));
      return rows.find((s) => s.id === id);
    },
    ...extra,
  });
}

describe("StatementsScreen", () => {
  it("says what to do when there are no statements, and opens the editor from there", async () => {
    fake([]);
    const user = userEvent.setup();
    render(StatementsScreen, { session: SESSION });

    expect(await screen.findByRole("heading", { name: "No statements yet" })).toBeInTheDocument();
    // The header's button and the empty state's.
    expect(screen.getAllByRole("button", { name: "New statement" })).toHaveLength(2);
    await user.click(screen.getAllByRole("button", { name: "New statement" })[1]);
    expect(screen.getByRole("heading", { name: "New statement" })).toBeInTheDocument();
    expect(screen.getByLabelText("Title")).toHaveFocus();
  });

  it("moves a card to another column through the core, keeping the keyboard on it", async () => {
    const calls = fake(HRC38);
    const user = userEvent.setup();
    render(StatementsScreen, { session: SESSION });

    const move = await screen.findByRole("button", { name: /Move “Censorship/ });
    move.focus();
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}{Enter}");

    expect(await screen.findByRole("status")).toHaveTextContent("“Censorship in the twenty-first century: the case of China” moved to Final.");
    expect(calls.find((c) => c.command === "set_statement_status")?.args).toEqual({ id: "china", status: "final" });
    const final = screen.getByRole("region", { name: /^Final/ });
    expect(within(final).getByRole("article")).toHaveTextContent("Censorship");
    expect(screen.getByRole("region", { name: "Idea: no statements" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Move “Censorship.*\(now Final\)/ })).toHaveFocus();
  });

  it("opens the statement a search result names, and saving returns it to the board", async () => {
    const saved = { ...HRC38[2], speaker: "Sarah Brooks" };
    fake(HRC38, { update_statement: () => saved });
    router.focusId = "china";
    const user = userEvent.setup();
    render(StatementsScreen, { session: SESSION });

    expect(await screen.findByRole("heading", { name: "Edit statement" })).toBeInTheDocument();
    expect(screen.getByLabelText("Title")).toHaveValue("Censorship in the twenty-first century: the case of China");
    expect(router.focusId).toBeNull();

    await user.type(screen.getByLabelText("Speaker"), "Sarah Brooks");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Close" }));

    const card = screen.getByRole("article", { name: /^Censorship/ });
    expect(card).toHaveTextContent("Sarah Brooks");
    expect(within(card).getByRole("button", { name: /^Censorship/ })).toHaveFocus();
  });

  it("deletes from the editor at once with Undo, which brings the statement back on the board", async () => {
    let rows = [...HRC38];
    const calls = fake(HRC38, {
      list_statements: () => rows,
      delete_statement: ({ id }) => void (rows = rows.filter((s) => s.id !== id)),
      restore_statement: ({ id }) => ((rows = HRC38.filter((s) => s.id === id || rows.includes(s))), HRC38.find((s) => s.id === id)),
      forget_deleted: () => null,
    });
    router.focusId = "china";
    const user = userEvent.setup();
    render(StatementsScreen, { session: SESSION });
    expect(await screen.findByRole("heading", { name: "Edit statement" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Delete" }));
    expect(calls.find((c) => c.command === "delete_statement")?.args).toEqual({ id: "china" });
    expect(screen.queryByRole("article", { name: /^Censorship/ })).not.toBeInTheDocument();
    expect(screen.getByText("“Censorship in the twenty-first century: the case of China” deleted.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Undo" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Undo" }));
    const card = await screen.findByRole("article", { name: /^Censorship/ });
    expect(within(card).getByRole("button", { name: /^Censorship/ })).toHaveFocus();

    // Once Undo goes (dismissed), the text is forgotten.
    await user.click(within(card).getByRole("button", { name: /^Censorship/ }));
    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(calls.filter((c) => c.command === "forget_deleted").map((c) => c.args.id)).toEqual(["china"]);
  });

  it("goes back to the board when the sidebar's Statements link is chosen from inside the editor", async () => {
    fake(HRC38);
    const user = userEvent.setup();
    router.openSession(SESSION.id, "statements");
    render(StatementsScreen, { session: SESSION });

    await user.click(await screen.findByRole("button", { name: /^Censorship/ }));
    expect(screen.getByRole("heading", { name: "Edit statement" })).toBeInTheDocument();
    router.go("statements"); // the sidebar's link, the screen already shown
    await vi.waitFor(() => expect(screen.queryByRole("heading", { name: "Edit statement" })).not.toBeInTheDocument());
    expect(screen.getByRole("article", { name: /^Censorship/ })).toBeInTheDocument();
  });

  it("marks a statement whose unsaved changes are kept, after leaving its editor", async () => {
    fake(HRC38);
    const user = userEvent.setup();
    render(StatementsScreen, { session: SESSION });

    await user.click(await screen.findByRole("button", { name: /^Censorship/ }));
    await user.type(screen.getByLabelText("Speaker"), "Sarah");
    // Another statement opened from elsewhere (the search palette) while this one has changes.
    router.focusId = "gd4";
    await vi.waitFor(() => expect(screen.getByLabelText("Title")).toHaveValue("Item 4 general debate: Burundi, Eritrea and Syria"));
    expect(screen.getByRole("status")).toHaveTextContent("Your unsaved changes were kept");

    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(within(screen.getByRole("article", { name: /^Censorship/ })).getByText("Unsaved changes")).toBeInTheDocument();
  });

  it("delivers from a card: deliver mode, Mark delivered, and the card in the Delivered column with its time", async () => {
    const calls = fake(HRC38, {
      deliver_statement: ({ id }) => ({ ...HRC38.find((s) => s.id === id)!, status: "delivered", delivered_at: "2018-06-27T11:12:00.000Z" }),
    });
    const user = userEvent.setup();
    render(StatementsScreen, { session: SESSION });

    await user.click(await screen.findByRole("button", { name: /^Deliver “Item 4/ }));
    const mode = screen.getByRole("dialog", { name: "Item 4 general debate: Burundi, Eritrea and Syria" });
    expect(mode).toHaveTextContent("Tue 26 Jun, 15:00–18:00 · General debate on item 4 · Room XX");
    await user.click(within(mode).getByRole("button", { name: "Mark delivered…" }));
    await user.click(within(mode).getByRole("button", { name: "Yes, mark delivered" }));
    expect(await within(mode).findByText(/Delivered at 13:12/)).toBeInTheDocument();
    expect(calls.find((c) => c.command === "deliver_statement")?.args).toEqual({ id: "gd4", at: null });

    await user.click(within(mode).getByRole("button", { name: /^Leave/ }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    const delivered = screen.getByRole("region", { name: /^Delivered/ });
    const card = within(delivered).getByRole("article");
    expect(card).toHaveTextContent("Item 4 general debate");
    expect(card).toHaveTextContent("Delivered 27 June 2018, 13:12");
    expect(screen.getByRole("status")).toHaveTextContent("“Item 4 general debate: Burundi, Eritrea and Syria” was delivered at 13:12.");
    expect(within(card).getByRole("button", { name: /^Deliver/ })).toHaveFocus();
  });

  it("records the delivery at the app's clock when it is set by hand (rehearsal)", async () => {
    clock.set("2018-06-27 13:12");
    const calls = fake(HRC38, { deliver_statement: ({ id }) => ({ ...HRC38.find((s) => s.id === id)!, status: "delivered", delivered_at: "2018-06-27T11:12:00.000Z" }) });
    const user = userEvent.setup();
    render(StatementsScreen, { session: SESSION });

    await user.click(await screen.findByRole("button", { name: /^Deliver “Item 4/ }));
    await user.click(screen.getByRole("button", { name: "Mark delivered…" }));
    await user.click(screen.getByRole("button", { name: "Yes, mark delivered" }));
    await screen.findByText(/Delivered at 13:12/);
    expect(calls.find((c) => c.command === "deliver_statement")?.args).toEqual({ id: "gd4", at: "2018-06-27 13:12" });
  });
});
