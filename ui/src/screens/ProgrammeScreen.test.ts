// The programme screen: meetings laid out by week and day, the meeting form keeping the core's error
// under the field it names, and a meeting moved to another day showing up there.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Meeting, MeetingInput, Session } from "../lib/bindings";
import { router } from "../lib/router.svelte";
import { sessions } from "../lib/sessions.svelte";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import ProgrammeScreen from "./ProgrammeScreen.svelte";

const SESSION: Session = {
  id: "0190a0b0-0000-7000-8000-000000000038",
  number: 38,
  kind: "regular",
  label: "38",
  name: "HRC38",
  title: "38th regular session of the Human Rights Council",
  start_date: "2018-06-18",
  end_date: "2018-07-06",
  venue: "Palais des Nations, Geneva",
  notes: "",
  created_at: "2018-05-01T10:00:00.000Z",
  updated_at: "2018-05-01T10:00:00.000Z",
};

function meeting(id: string, date: string, start: string, end: string, title: string, more: Partial<Meeting> = {}): Meeting {
  return {
    id,
    session_id: SESSION.id,
    date,
    start: `${start}:00`,
    end: `${end}:00`,
    starts_at: `${date}T${start}:00.000Z`,
    ends_at: `${date}T${end}:00.000Z`,
    room: "Room XX",
    agenda_item: null,
    kind: "other",
    title,
    created_at: "2018-05-01T10:00:00.000Z",
    updated_at: "2018-05-01T10:00:00.000Z",
    ...more,
  };
}

const OPENING = meeting("m1", "2018-06-18", "09:00", "12:00", "Opening of the session", { agenda_item: 1 });
const GD4 = meeting("m2", "2018-06-27", "15:00", "18:00", "General debate on item 4", { kind: "general-debate", agenda_item: 4 });
const BURUNDI = meeting("m3", "2018-06-27", "09:00", "12:00", "Oral briefing of the Commission of Inquiry on Burundi", {
  kind: "interactive-dialogue",
  agenda_item: 4,
});

/** The titles of the meetings shown on a day (`YYYY-MM-DD`), in screen order. */
function titlesOn(date: string): string[] {
  const day = document.querySelector(`li.day[data-date="${date}"]`) as HTMLElement | null;
  if (!day) throw new Error(`no day ${date} on the screen`);
  return within(day)
    .queryAllByRole("heading", { level: 4 })
    .map((h) => h.textContent ?? "");
}

beforeEach(() => {
  sessions.summaries = [];
});
afterEach(clearMocks);

describe("ProgrammeScreen", () => {
  it("lays the meetings out by week and by day, in time order, with quiet days kept short", async () => {
    fakeCommands({ list_meetings: () => [OPENING, GD4, BURUNDI] });
    render(ProgrammeScreen, { session: SESSION });

    const weeks = await screen.findAllByRole("heading", { level: 2 });
    expect(weeks.map((h) => h.textContent)).toEqual(["Week 1 · 18–22 June", "Week 2 · 25–29 June", "Week 3 · 2–6 July"]);

    const week2 = screen.getByRole("region", { name: "Week 2 · 25–29 June" });
    expect(within(week2).getByText("2 meetings")).toBeInTheDocument();
    expect(titlesOn("2018-06-27")).toEqual(["Oral briefing of the Commission of Inquiry on Burundi", "General debate on item 4"]);
    expect(titlesOn("2018-06-18")).toEqual(["Opening of the session"]);

    // Days without meetings share one short line; weekends without meetings are left out.
    const quiet = document.querySelector('li.day[data-date="2018-06-19"]') as HTMLElement;
    expect(quiet).toHaveClass("quiet");
    expect(quiet).toHaveAttribute("data-last", "2018-06-22");
    expect(quiet).toHaveTextContent("Tuesday 19 – Friday 22 June");
    expect(quiet).toHaveTextContent("No meetings");
    expect(document.querySelector('li.day[data-date="2018-06-23"]')).toBeNull();
    const week3 = screen.getByRole("region", { name: "Week 3 · 2–6 July" });
    expect(within(week3).getByText("Monday 2 – Friday 6 July")).toBeInTheDocument();

    // Each meeting reads: slot, title, kind, agenda item and room.
    const row = document.querySelector('article[data-meeting-id="m3"]') as HTMLElement;
    expect(row).toHaveTextContent("09:00–12:00");
    expect(row).toHaveTextContent("Interactive dialogue");
    expect(row).toHaveTextContent("Item 4");
    expect(row).toHaveTextContent("Room XX");
  });

  it("says what to do when the programme is empty", async () => {
    fakeCommands({ list_meetings: () => [] });
    render(ProgrammeScreen, { session: SESSION });

    expect(await screen.findByRole("heading", { name: "No meetings yet" })).toBeInTheDocument();
  });

  it("keeps the form open with the core's message under the field it names, and adds nothing", async () => {
    const message = "2018-07-09 is outside the session (2018-06-18 – 2018-07-06)";
    const calls = fakeCommands({
      list_meetings: () => [OPENING],
      create_meeting: () => {
        throw invalid("date", "outside_session", message);
      },
    });
    const user = userEvent.setup();
    render(ProgrammeScreen, { session: SESSION });
    await screen.findByText("Opening of the session");

    await user.click(screen.getByRole("button", { name: "Add meeting" }));
    const form = screen.getByRole("form", { name: "Add meeting" });
    // The form starts on the session's first day, in Room XX.
    expect(within(form).getByLabelText("Day")).toHaveValue("18 Jun 2018");
    expect(within(form).getByLabelText("Room")).toHaveValue("Room XX");

    await user.type(within(form).getByLabelText("Title"), "ID with the Special Rapporteur on Eritrea");
    const day = within(form).getByLabelText("Day");
    await user.clear(day);
    await user.type(day, "2018-07-09");
    await user.click(within(form).getByRole("button", { name: "09:00–12:00" }));
    await user.click(within(form).getByRole("button", { name: "Add meeting" }));

    expect(await within(form).findByText(message)).toBeInTheDocument();
    expect(day).toHaveAttribute("aria-invalid", "true");
    expect(day).toHaveAccessibleDescription(message);
    expect(day).toHaveFocus();
    expect(within(form).getByLabelText("Title")).not.toHaveAttribute("aria-invalid");
    expect(within(form).getByLabelText("Starts")).not.toHaveAttribute("aria-invalid");
    // Still open, with what was typed; nothing added to the programme.
    expect(screen.getByRole("form", { name: "Add meeting" })).toBe(form);
    expect(within(form).getByLabelText("Title")).toHaveValue("ID with the Special Rapporteur on Eritrea");
    expect(document.querySelectorAll("article[data-meeting-id]")).toHaveLength(1);
    const sent = calls.find((c) => c.command === "create_meeting")?.args.input as MeetingInput;
    expect(sent).toEqual({
      date: "2018-07-09",
      start: "09:00",
      end: "12:00",
      room: "Room XX",
      agenda_item: null,
      kind: "other",
      title: "ID with the Special Rapporteur on Eritrea",
    });
  });

  it("moves a meeting to another day when its day is edited", async () => {
    const calls = fakeCommands({
      list_meetings: () => [OPENING, GD4, BURUNDI],
      update_meeting: (args) => {
        const input = args.input as MeetingInput;
        return { ...GD4, date: input.date, starts_at: `${input.date}T13:00:00.000Z`, ends_at: `${input.date}T16:00:00.000Z` };
      },
    });
    const user = userEvent.setup();
    render(ProgrammeScreen, { session: SESSION });
    await screen.findByText("General debate on item 4");

    await user.click(screen.getByRole("button", { name: "Edit General debate on item 4" }));
    const form = screen.getByRole("form", { name: "Edit meeting" });
    expect(within(form).getByLabelText("Starts")).toHaveValue("15:00");
    const day = within(form).getByLabelText("Day");
    await user.clear(day);
    await user.type(day, "2018-06-28");
    await user.click(within(form).getByRole("button", { name: "Save meeting" }));

    await screen.findByText(/Moved “General debate on item 4” to Thursday,? 28 June/);
    expect(calls.find((c) => c.command === "update_meeting")?.args.id).toBe("m2");
    expect(titlesOn("2018-06-28")).toEqual(["General debate on item 4"]);
    expect(titlesOn("2018-06-27")).toEqual(["Oral briefing of the Commission of Inquiry on Burundi"]);
    expect(screen.queryByRole("form")).toBeNull();
  });

  it("deletes a meeting at once with Undo, which brings it back; once Undo goes, its text is forgotten", async () => {
    let rows = [OPENING];
    const calls = fakeCommands({
      list_meetings: () => rows,
      delete_meeting: () => void (rows = []),
      restore_meeting: () => ((rows = [OPENING]), OPENING),
      forget_deleted: () => null,
    });
    const user = userEvent.setup();
    render(ProgrammeScreen, { session: SESSION });
    await screen.findByText("Opening of the session");

    await user.click(screen.getByRole("button", { name: "Delete Opening of the session" }));
    expect(await screen.findByRole("heading", { name: "No meetings yet" })).toBeInTheDocument();
    expect(calls.find((c) => c.command === "delete_meeting")?.args).toEqual({ id: "m1" });
    expect(screen.getByText("“Opening of the session” deleted.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByRole("article", { name: "Opening of the session" })).toHaveFocus();
    expect(calls.find((c) => c.command === "restore_meeting")?.args).toEqual({ id: "m1" });

    await user.click(screen.getByRole("button", { name: "Delete Opening of the session" }));
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "forget_deleted").map((c) => c.args.id)).toEqual(["m1"]);
  });

  it("opens the meeting a search result points at", async () => {
    fakeCommands({ list_meetings: () => [OPENING, GD4, BURUNDI] });
    router.openItem(SESSION.id, "programme", "m2");
    render(ProgrammeScreen, { session: SESSION });

    const row = await screen.findByRole("article", { name: "General debate on item 4" });
    await vi.waitFor(() => expect(row).toHaveFocus());
    expect(row).toHaveClass("highlighted");
    expect(router.focusId).toBeNull();
  });
});
