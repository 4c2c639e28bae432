// The key-issues screen: the list, opening an issue, the one a search result names opened, add, and delete with confirmation.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { keyIssue, SESSION_ID } from "../test/situation-data";
import type { KeyIssue, Session } from "../lib/bindings";
import { router } from "../lib/router.svelte";
import { clearMocks, fakeCommands } from "../test/fake-commands";
import KeyIssuesScreen from "./KeyIssuesScreen.svelte";

afterEach(() => {
  clearMocks();
  router.focusId = null;
});

const SESSION: Session = {
  id: SESSION_ID,
  number: 38,
  kind: "regular",
  label: "38",
  name: "HRC38",
  title: "38th regular session of the Human Rights Council",
  start_date: "2018-06-18",
  end_date: "2018-07-06",
  venue: "Palais des Nations, Geneva",
  notes: "",
  created_at: "2018-06-01T09:00:00.000Z",
  updated_at: "2018-06-01T09:00:00.000Z",
};

const ISSUES: KeyIssue[] = [
  keyIssue({ id: "rep", title: "Reprisals", agenda_item: 5, overview: "States must **stop** reprisals.", asks: "- Hold States to account" }),
  keyIssue({ id: "sogi", title: "Sexual orientation and gender identity", overview: "First report of the Independent Expert.", asks: "Support the mandate." }),
  keyIssue({ id: "women", title: "Women's rights", agenda_item: null }),
];

function fake(list: KeyIssue[], extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  let rows = [...list];
  return fakeCommands({
    list_key_issues: () => rows,
    delete_key_issue: ({ id }) => {
      rows = rows.filter((r) => r.id !== id);
    },
    restore_key_issue: ({ id }) => {
      const back = list.find((r) => r.id === id)!;
      rows = list.filter((r) => r.id === id || rows.includes(r));
      return back;
    },
    forget_deleted: () => null,
    create_key_issue: ({ input }) => {
      // As the core does: the title trimmed, empty texts stored as "".
      const i = input as { title: string; agenda_item: number | null; overview: string | null; asks: string | null };
      const made = keyIssue({ id: "new", title: i.title.trim(), agenda_item: i.agenda_item, overview: i.overview ?? "", asks: i.asks ?? "" });
      rows = [...rows, made];
      return made;
    },
    ...extra,
  });
}

const toggle = (title: string) => screen.getByRole("button", { name: title });

describe("KeyIssuesScreen", () => {
  it("lists the issues with their agenda item; opening one shows its overview and asks", async () => {
    fake(ISSUES);
    const user = userEvent.setup();
    render(KeyIssuesScreen, { session: SESSION });

    const reprisals = await screen.findByRole("article", { name: "Reprisals" });
    expect(screen.getAllByRole("article").map((a) => a.getAttribute("aria-labelledby"))).toHaveLength(3);
    expect(reprisals).toHaveTextContent("Item 5");
    expect(screen.getByRole("article", { name: "Women's rights" })).toHaveTextContent("No agenda item");
    expect(toggle("Reprisals")).toHaveAttribute("aria-expanded", "false");
    expect(within(reprisals).queryByText("Hold States to account")).not.toBeInTheDocument();

    await user.click(toggle("Reprisals"));

    expect(toggle("Reprisals")).toHaveAttribute("aria-expanded", "true");
    expect(within(reprisals).getByText("stop").tagName).toBe("STRONG");
    expect(within(reprisals).getByRole("listitem")).toHaveTextContent("Hold States to account");
    expect(within(reprisals).getByText("Item 5")).toHaveAttribute("title", "Item 5 · Human rights bodies and mechanisms");
    // Headings go down one level at a time: the screen's h1, each issue an h2, its Overview and Asks h3.
    expect(screen.getByRole("heading", { level: 1, name: "Key issues" })).toBeInTheDocument();
    expect(within(reprisals).getByRole("heading", { level: 2, name: "Reprisals" })).toBeInTheDocument();
    expect(within(reprisals).getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Overview", "Asks"]);

    await user.click(screen.getByRole("button", { name: "Open all" }));
    expect(toggle("Sexual orientation and gender identity")).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("button", { name: "Close all" })).toBeInTheDocument();
  });

  it("opens, scrolls to and focuses the issue a search result names", async () => {
    fake(ISSUES);
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    router.focusId = "sogi";
    render(KeyIssuesScreen, { session: SESSION });

    const sogi = await screen.findByRole("article", { name: "Sexual orientation and gender identity" });
    await vi.waitFor(() => expect(toggle("Sexual orientation and gender identity")).toHaveFocus());
    expect(toggle("Sexual orientation and gender identity")).toHaveAttribute("aria-expanded", "true");
    expect(within(sogi).getByText("Support the mandate.")).toBeInTheDocument();
    expect(sogi).toHaveClass("highlighted");
    expect(scrolled).toHaveBeenCalled();
    expect(toggle("Reprisals")).toHaveAttribute("aria-expanded", "false");
    expect(router.focusId).toBeNull();
    // @ts-expect-error jsdom has none; put it back as it was.
    delete Element.prototype.scrollIntoView;
  });

  it("opens a search hit at once when the screen is already shown, with the keyboard on it", async () => {
    fake(ISSUES);
    Element.prototype.scrollIntoView = vi.fn();
    render(KeyIssuesScreen, { session: SESSION });
    await screen.findByRole("article", { name: "Reprisals" });

    router.focusId = "women";
    await vi.waitFor(() => expect(toggle("Women's rights")).toHaveFocus());
    expect(toggle("Women's rights")).toHaveAttribute("aria-expanded", "true");
    expect(router.focusId).toBeNull();
    // @ts-expect-error jsdom has none; put it back as it was.
    delete Element.prototype.scrollIntoView;
  });

  it("says what to do when there is nothing yet, and adds the first issue", async () => {
    const calls = fake([]);
    const user = userEvent.setup();
    render(KeyIssuesScreen, { session: SESSION });

    const empty = (await screen.findByRole("heading", { name: "No key issues yet" })).closest("section")!;
    await user.click(within(empty).getByRole("button", { name: "Add key issue" }));
    await user.type(screen.getByRole("textbox", { name: "Title" }), "Civic space");
    const form = screen.getByRole("form", { name: "Add key issue" });
    await user.click(within(form).getByRole("button", { name: "Add key issue" }));

    expect(await screen.findByRole("status")).toHaveTextContent("“Civic space” was added.");
    expect(screen.getByRole("article", { name: "Civic space" })).toBeInTheDocument();
    expect(calls.filter((c) => c.command === "create_key_issue")).toHaveLength(1);
  });

  it("deletes at once with Undo, which brings it back; once Undo goes, its text is forgotten", async () => {
    const calls = fake(ISSUES);
    const user = userEvent.setup();
    render(KeyIssuesScreen, { session: SESSION });
    await screen.findByRole("article", { name: "Women's rights" });

    await user.click(screen.getByRole("button", { name: "Delete Women's rights" }));
    expect(screen.queryByRole("article", { name: "Women's rights" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "delete_key_issue")).toEqual([{ command: "delete_key_issue", args: { id: "women" } }]);
    expect(screen.getByText("“Women's rights” deleted.")).toBeInTheDocument();
    const undo = screen.getByRole("button", { name: "Undo" });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(await screen.findByRole("article", { name: "Women's rights" })).toBeInTheDocument();
    expect(calls.some((c) => c.command === "restore_key_issue" && c.args.id === "women")).toBe(true);
    expect(screen.getByRole("button", { name: "Women's rights" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Delete Women's rights" }));
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "forget_deleted").map((c) => c.args.id)).toEqual(["women"]);
  });
});
