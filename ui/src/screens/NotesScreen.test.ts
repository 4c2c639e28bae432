// The notes screen: quick capture saved as you type (created on the first keystroke, saved on blur
// and when the window hides), links with the meeting's agenda item, edit in place, delete with
// Undo, and the note the router names opened.
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { HRC38 } from "../test/side-event-data";
import { aMeeting } from "../test/meeting-data";
import type { Meeting, Note, NoteInput } from "../lib/bindings";
import { clock } from "../lib/clock.svelte";
import { router } from "../lib/router.svelte";
import { clearMocks, fakeCommands } from "../test/fake-commands";
import NotesScreen from "./NotesScreen.svelte";

afterEach(() => {
  clearMocks();
  router.focusId = null;
});

const gd4: Meeting = aMeeting(
  { id: "m-gd4", session_id: HRC38.id, agenda_items: [4], kind: "general-debate", title: "General debate on item 4" },
  "2018-06-27",
  "15:00",
  "18:00",
);

const burundi: Note = {
  id: "n-burundi",
  session_id: HRC38.id,
  meeting_id: null,
  agenda_item: 4,
  situation_id: null,
  key_issue_id: null,
  statement_id: null,
  resolution_id: null,
  body: "Burundi delegation did not engage. Do **not** name the defenders.",
  taken_at: "2018-06-27T08:25:00.000Z",
  created_at: "2018-06-27T08:25:00.000Z",
  updated_at: "2018-06-27T08:25:00.000Z",
  sources: [],
  confidential: false,
};

/** The notes commands over an in-memory list, like the core's (deleted notes can come back). */
function fakeNotes(initial: Note[] = [], more: Parameters<typeof fakeCommands>[0] = {}) {
  let notes = [...initial];
  const deleted: Note[] = [];
  let next = 1;
  const stored = (id: string, input: NoteInput, old?: Note): Note => ({
    id,
    session_id: HRC38.id,
    meeting_id: input.meeting_id,
    agenda_item: input.agenda_item ?? gd4.agenda_items[0],
    situation_id: input.situation_id,
    key_issue_id: input.key_issue_id,
    statement_id: input.statement_id,
    resolution_id: input.resolution_id,
    body: input.body,
    taken_at: old?.taken_at ?? "2018-06-27T14:10:00.000Z",
    created_at: old?.created_at ?? "2018-06-27T14:10:00.000Z",
    updated_at: "2018-06-27T14:11:00.000Z",
    sources: input.sources,
    confidential: input.confidential,
  });
  const calls = fakeCommands({
    list_notes: () => notes,
    list_meetings: () => [gd4],
    list_situations: () => [],
    list_key_issues: () => [],
    list_statements: () => [],
    create_note: ({ input }) => {
      const note = stored(`n-new-${next++}`, input as NoteInput);
      notes = [note, ...notes];
      return note;
    },
    update_note: ({ id, input }) => {
      const old = notes.find((n) => n.id === id);
      if (!old) throw { code: "not_found", message: `note ${id} not found`, field: null };
      const note = stored(id as string, input as NoteInput, old);
      notes = notes.map((n) => (n.id === id ? note : n));
      return note;
    },
    delete_note: ({ id }) => {
      deleted.push(...notes.filter((n) => n.id === id));
      notes = notes.filter((n) => n.id !== id);
    },
    restore_note: ({ id }) => {
      const note = deleted.find((n) => n.id === id)!;
      notes = [...notes, note];
      return note;
    },
    forget_deleted_note: () => null,
    ...more,
  });
  const of = (command: string) => calls.filter((c) => c.command === command);
  return { calls, of, notes: () => notes };
}

describe("NotesScreen", () => {
  it("starts a new note linked to the meeting running now by the app's clock, as Ctrl+Shift+N does", async () => {
    const asked: unknown[] = [];
    const fake = fakeNotes([], {
      today: (args) => {
        asked.push(args);
        return { date: "2018-06-27", session: HRC38, current: [{ meeting: gd4, state: "current" }], next: null };
      },
    });
    clock.set("2018-06-27 15:30");
    try {
      render(NotesScreen, { session: HRC38 });
      const meeting = (await screen.findByLabelText("Meeting")) as HTMLSelectElement;
      await vi.waitFor(() => expect(meeting.selectedOptions[0]?.text).toContain("General debate on item 4"));
      expect((screen.getByLabelText("Agenda item") as HTMLSelectElement).selectedOptions[0]?.text).toMatch(/^Item 4/);
      expect(asked).toEqual([{ at: "2018-06-27 15:30", sessionId: HRC38.id }]);

      const user = userEvent.setup();
      await user.type(screen.getByLabelText("New note"), "E");
      expect((fake.of("create_note")[0].args.input as NoteInput).meeting_id).toBe(gd4.id);
    } finally {
      clock.live();
    }
  });

  it("creates the note on the first keystroke, then saves the latest text on blur", async () => {
    const fake = fakeNotes();
    render(NotesScreen, { session: HRC38 });
    const user = userEvent.setup();
    expect(await screen.findByRole("heading", { name: "No notes yet" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "New note" }));
    const box = screen.getByLabelText("New note");
    expect(box).toHaveFocus();
    await user.type(box, "Eritrea: mandate renewal likely");
    expect(fake.of("create_note")).toHaveLength(1);
    expect((fake.of("create_note")[0].args.input as NoteInput).body).toBe("E");

    await user.tab(); // blur saves at once
    await expect.poll(() => fake.notes()[0]?.body).toBe("Eritrea: mandate renewal likely");
    expect(fake.of("create_note")).toHaveLength(1);
    expect(fake.of("update_note").every((c) => c.args.id === "n-new-1")).toBe(true);
    expect(await screen.findByText(/^Saved \d\d:\d\d$/)).toHaveAttribute("role", "status");
  });

  it("New note saves the note in the box, lists it and empties the box", async () => {
    const fake = fakeNotes();
    render(NotesScreen, { session: HRC38 });
    const user = userEvent.setup();
    const box = await screen.findByLabelText("New note");
    await user.type(box, "First note, typed fast");

    await user.click(screen.getByRole("button", { name: "New note" }));

    await expect.poll(() => screen.getByLabelText("New note")).toHaveValue("");
    expect(screen.getByLabelText("New note")).toHaveFocus();
    expect(fake.notes().map((n) => n.body)).toEqual(["First note, typed fast"]);
    expect(screen.getByText("First note, typed fast").closest("article")).toBeInTheDocument();
  });

  it("saves at once when the window is hidden", async () => {
    const fake = fakeNotes();
    render(NotesScreen, { session: HRC38 });
    const user = userEvent.setup();
    const box = await screen.findByLabelText("New note");
    await user.type(box, "ab");
    await expect.poll(() => fake.of("create_note").length).toBe(1);
    await user.type(box, "c");
    const updatesBefore = fake.of("update_note").length;

    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });

    // Saved without waiting for a pause in typing.
    await expect.poll(() => fake.of("update_note").length, { timeout: 200 }).toBe(updatesBefore + 1);
    expect(fake.notes()[0].body).toBe("abc");
  });

  it("links the note to a meeting, whose agenda item follows, and lists it when done", async () => {
    const fake = fakeNotes([burundi]);
    render(NotesScreen, { session: HRC38 });
    const user = userEvent.setup();
    const box = await screen.findByLabelText("New note");

    await screen.findByRole("option", { name: "Wed 27 Jun, 15:00 · General debate on item 4" });
    await user.selectOptions(screen.getByLabelText("Meeting"), "m-gd4");
    expect(screen.getByLabelText("Agenda item")).toHaveValue("4");
    expect(fake.of("create_note")).toHaveLength(0); // a link alone makes no note

    await user.type(box, "GD4: Eritrea raised by six States{Control>}{Enter}{/Control}");
    await expect.poll(() => fake.notes().find((n) => n.id === "n-new-1")?.body).toBe("GD4: Eritrea raised by six States");
    expect(fake.of("create_note")[0].args.input).toMatchObject({ meeting_id: "m-gd4", agenda_item: 4 });

    // Done: the box is empty again (keeping the links for the next note) and the note is listed.
    await expect.poll(() => screen.getByLabelText("New note")).toHaveValue("");
    expect(screen.getByLabelText("Meeting")).toHaveValue("m-gd4");
    const card = (await screen.findByText("GD4: Eritrea raised by six States")).closest("article") as HTMLElement;
    expect(card).toHaveTextContent("Meeting");
    expect(card).toHaveTextContent("General debate on item 4");
    expect(card).toHaveTextContent("Item 4");
  });

  it("edits a note in place, saved as you type", async () => {
    const fake = fakeNotes([burundi]);
    render(NotesScreen, { session: HRC38 });
    const user = userEvent.setup();

    // Geneva time of the note, and its body rendered.
    const card = (await screen.findByText("not")).closest("article") as HTMLElement;
    expect(card).toHaveTextContent("10:25");
    expect(within(card).getByText("not").tagName).toBe("STRONG");

    await user.click(within(card).getByText(/Burundi delegation/));
    const box = screen.getByLabelText("Edit note");
    expect(box).toHaveFocus();
    expect(box).toHaveValue(burundi.body);
    await user.type(box, " Follow up with DefendDefenders.");
    await user.click(within(card).getByRole("button", { name: "Done" }));

    await expect.poll(() => fake.notes()[0].body).toBe(`${burundi.body} Follow up with DefendDefenders.`);
    expect(fake.of("create_note")).toHaveLength(0);
    expect(fake.of("update_note").at(-1)?.args).toMatchObject({ id: burundi.id, input: { agenda_item: 4, taken_at: null } });
    expect(await screen.findByText(/Follow up with DefendDefenders/)).toBeInTheDocument();
    expect(screen.queryByLabelText("Edit note")).not.toBeInTheDocument();
  });

  it("deletes a note with Undo for a few seconds", async () => {
    const fake = fakeNotes([burundi]);
    render(NotesScreen, { session: HRC38 });
    const user = userEvent.setup();

    const card = (await screen.findByText(/Burundi delegation/)).closest("article") as HTMLElement;
    await user.click(within(card).getByRole("button", { name: "Delete" }));
    expect(fake.of("delete_note")).toEqual([{ command: "delete_note", args: { id: burundi.id } }]);
    expect(screen.queryByText(/Burundi delegation/)).not.toBeInTheDocument();

    const undo = await screen.findByRole("button", { name: "Undo" });
    expect(undo).toHaveFocus();
    expect(screen.getByText("Note deleted.")).toBeInTheDocument();
    await user.click(undo);

    expect(fake.of("restore_note")).toEqual([{ command: "restore_note", args: { id: burundi.id } }]);
    expect(await screen.findByText(/Burundi delegation/)).toBeInTheDocument();
    expect(screen.queryByText("Note deleted.")).not.toBeInTheDocument();
  });

  it("has the core forget a deleted note's text once its Undo is no longer offered", async () => {
    const fake = fakeNotes([burundi]);
    const { unmount } = render(NotesScreen, { session: HRC38 });
    const user = userEvent.setup();
    const card = (await screen.findByText(/Burundi delegation/)).closest("article") as HTMLElement;
    await user.click(within(card).getByRole("button", { name: "Delete" }));
    await screen.findByRole("button", { name: "Undo" });
    expect(fake.of("forget_deleted_note")).toEqual([]);
    unmount();
    expect(fake.of("forget_deleted_note")).toEqual([{ command: "forget_deleted_note", args: { id: burundi.id } }]);
  });

  it("opens the note the router names (a search result)", async () => {
    fakeNotes([burundi]);
    router.focusId = burundi.id;
    render(NotesScreen, { session: HRC38 });

    const card = (await screen.findByText(/Burundi delegation/)).closest("article") as HTMLElement;
    await expect.poll(() => document.activeElement).toBe(card);
    expect(card).toHaveClass("highlighted");
    expect(router.focusId).toBeNull();
  });

  it("shows the note a search hit names while the screen is already shown: scrolled to, focused and marked", async () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    const older = { ...burundi, id: "n-older", body: "Eritrea: ask about the Commission's mandate.", taken_at: "2018-06-26T08:25:00.000Z" };
    fakeNotes([burundi, older]);
    render(NotesScreen, { session: HRC38 });
    const card = (await screen.findByText(/Eritrea: ask/)).closest("article") as HTMLElement;
    expect(card).not.toHaveClass("highlighted");

    router.openItem(HRC38.id, "notes", older.id); // the search palette, over this screen
    await expect.poll(() => document.activeElement).toBe(card);
    expect(card).toHaveClass("highlighted");
    expect(scrolled).toContain(card);
    expect(router.focusId).toBeNull();
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it("closes the editor on Escape, keeping the text", async () => {
    fakeNotes([burundi]);
    render(NotesScreen, { session: HRC38 });
    const card = (await screen.findByText(/Burundi delegation/)).closest("article") as HTMLElement;
    await fireEvent.click(within(card).getByRole("button", { name: "Edit" }));
    const box = await screen.findByLabelText("Edit note");
    await fireEvent.keyDown(box, { key: "Escape" });
    await expect.poll(() => screen.queryByLabelText("Edit note")).toBeNull();
    expect(screen.getByText(/Burundi delegation/)).toBeInTheDocument();
  });
});
