// The programme screen: meetings laid out by week and day, the meeting form keeping the core's error
// under the field it names, and a meeting moved to another day showing up there.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Meeting, MeetingInput, MeetingMove, Note, Session } from "../lib/bindings";
import { aMeeting } from "../test/meeting-data";
import { HRC38 as HRC38_STATEMENTS } from "../test/statement-data";
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

function meeting(id: string, date: string | null, start: string | null, end: string | null, title: string, more: Partial<Meeting> = {}): Meeting {
  return aMeeting({ id, session_id: SESSION.id, title, ...more }, date, start, end);
}

const OPENING = meeting("m1", "2018-06-18", "09:00", "12:00", "Opening of the session", { agenda_items: [1, 2], kind: "opening", number: 1, slot: "morning" });
const GD4 = meeting("m2", "2018-06-27", "15:00", "18:00", "General debate on item 4", { kind: "general-debate", agenda_items: [4] });
const BURUNDI = meeting("m3", "2018-06-27", "09:00", "12:00", "Oral briefing of the Commission of Inquiry on Burundi", {
  kind: "interactive-dialogue",
  agenda_items: [4],
});
// The 7th meeting of HRC38 (20 June, morning): two clustered dialogues, the first continued from 19 June.
const EXECUTIONS_19 = meeting("m19", "2018-06-19", "15:00", "18:00", "Clustered ID: SR on executions and SR on freedom of expression", {
  kind: "clustered-interactive-dialogue",
  number: 6,
  agenda_items: [3],
});
const EXECUTIONS = meeting("m20a", "2018-06-20", "09:00", "12:00", "Clustered ID: SR on executions and SR on freedom of expression", {
  kind: "clustered-interactive-dialogue",
  slot: "morning",
  number: 7,
  agenda_items: [3],
  room: null,
  continues_id: "m19",
  mandates: ["Special Rapporteur on extrajudicial, summary or arbitrary executions", "Special Rapporteur on freedom of opinion and expression"],
  documents: ["A/HRC/38/44", "A/HRC/38/44/Add.1"],
});
const MIGRANTS = meeting("m20b", "2018-06-20", "10:00", "13:00", "Clustered ID: SR on violence against women and SR on migrants", {
  kind: "clustered-interactive-dialogue",
  estimated: true,
  number: 7,
  agenda_items: [3],
  room: null,
  cluster_id: "m20a",
  mandates: ["Special Rapporteur on violence against women"],
  documents: ["A/HRC/38/47"],
});
const UNTIMED = meeting("m21", "2018-06-21", null, null, "Panel on the rights of women", { kind: "panel" });
const LATER = meeting("m-tba", null, null, null, "Annual discussion on the integration of a gender perspective", { kind: "panel" });
const CANCELLED = meeting("m22", "2018-06-22", "15:00", "18:00", "General debate on item 3", { kind: "general-debate", status: "cancelled" });
const MOVED = meeting("m25", "2018-06-25", "12:00", "15:00", "ID with the SR on Eritrea", {
  status: "moved",
  moved_from: { date: "2018-06-22", slot: "morning", start: "09:00:00", end: "12:00:00", starts_at: null, ends_at: null, estimated: false },
});

const STATEMENT = { ...HRC38_STATEMENTS[2], id: "st-1", meeting_id: "m20a", title: "Oral statement on reprisals against defenders", status: "final" as const };
const NOTE: Note = {
  id: "n-1",
  session_id: SESSION.id,
  meeting_id: "m20a",
  agenda_item: 3,
  situation_id: null,
  key_issue_id: null,
  statement_id: null,
  resolution_id: null,
  body: "Mexico asked about journalists.\nMore later.",
  taken_at: "2018-06-20T08:10:00.000Z",
  created_at: "2018-06-20T08:10:00.000Z",
  updated_at: "2018-06-20T08:10:00.000Z",
  sources: [],
  confidential: false,
};

/** The screen's commands, with the session's statements and notes. */
function programme(list: () => Meeting[], more: Parameters<typeof fakeCommands>[0] = {}) {
  return fakeCommands({ list_meetings: list, list_statements: () => [STATEMENT], list_notes: () => [NOTE], programme_marks: () => [], session_consultations: () => [], consultation_clashes: () => [], ...more });
}

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
    programme(() => [OPENING, GD4, BURUNDI]);
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

  it("reads the programme as the Council publishes it: slots, numbers, clusters, cont'd, moves, cancellations, dates to be announced", async () => {
    programme(() => [OPENING, EXECUTIONS_19, EXECUTIONS, MIGRANTS, UNTIMED, CANCELLED, MOVED, LATER]);
    render(ProgrammeScreen, { session: SESSION });
    await screen.findByRole("heading", { name: "Opening of the session" });

    const opening = document.querySelector('article[data-meeting-id="m1"]') as HTMLElement;
    expect(opening).toHaveTextContent("Morning 09:00–12:00");
    expect(opening).toHaveTextContent("1st meeting");
    expect(opening).toHaveTextContent("Opening of the session · Items 1 and 2 · Room XX");
    expect(opening).toHaveTextContent("Opening of the session");

    // The 7th meeting: its second dialogue hangs under the first, with their mandates and documents.
    expect(titlesOn("2018-06-20")).toEqual([`${EXECUTIONS.title} (cont'd)`, MIGRANTS.title]);
    const cluster = screen.getByRole("list", { name: `Clustered with ${EXECUTIONS.title}` });
    const migrants = within(cluster).getByRole("article");
    expect(migrants).toHaveAttribute("data-meeting-id", "m20b");
    expect(migrants).toHaveTextContent("10:00–13:00 (estimated)");
    expect(migrants).toHaveTextContent("Special Rapporteur on violence against women");
    const executions = document.querySelector('article[data-meeting-id="m20a"]') as HTMLElement;
    expect(executions.querySelector(".overline")).toHaveTextContent("7th meeting");
    expect(within(executions).getByRole("heading", { level: 4 })).toHaveTextContent("(cont'd)");
    expect(executions).toHaveTextContent("Clustered interactive dialogue · Item 3 · Room not yet known");
    expect(within(executions).getByRole("list", { name: "Mandates presenting" })).toHaveTextContent(
      "Special Rapporteur on extrajudicial, summary or arbitrary executions",
    );
    const link = within(executions).getByRole("link", { name: "A/HRC/38/44/Add.1" });
    expect(link).toHaveAttribute("href", "https://undocs.org/A/HRC/38/44/Add.1");
    // A statement of mine is due there.
    expect(within(executions).getByText("My statement")).toBeInTheDocument();
    expect(executions).toHaveClass("due");
    expect(migrants).not.toHaveClass("due");

    expect(document.querySelector('article[data-meeting-id="m21"]')).toHaveTextContent("Time to be confirmed");
    const cancelled = document.querySelector('article[data-meeting-id="m22"]') as HTMLElement;
    expect(cancelled.querySelector("s")).toHaveTextContent("15:00–18:00");
    expect(cancelled).toHaveTextContent("Cancelled");
    const moved = document.querySelector('article[data-meeting-id="m25"]') as HTMLElement;
    expect(moved).toHaveTextContent("12:00–15:00");
    expect(moved.querySelector(".was s")).toHaveTextContent("Fri 22 Jun, Morning 09:00–12:00");
    expect(moved.querySelector(".was")).toHaveTextContent("moved");

    // Meetings whose date is to be announced come last, in a section of their own.
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings.at(-1)).toBe("Date to be announced");
    const tba = screen.getByRole("region", { name: "Date to be announced" });
    expect(within(tba).getByRole("article")).toHaveTextContent("Date to be announced");
  });

  it("opens a meeting's page: its speaking times, my statements due there and my notes on it", async () => {
    const published = { title: "Order of the Day, 20 June 2018", url: "https://www.ohchr.org/hrc38/od-20-june" };
    programme(() => [
      { ...EXECUTIONS, speaking_seconds: 90, member_speaking_seconds: 180, modalities: "Speakers' list closes at noon the day before.", sources: [published] },
    ]);
    const user = userEvent.setup();
    render(ProgrammeScreen, { session: SESSION });
    const details = await screen.findByRole("button", { name: `Details of ${EXECUTIONS.title}` });
    expect(details).toHaveAttribute("aria-expanded", "false");

    await user.click(details);
    expect(details).toHaveAttribute("aria-expanded", "true");
    const page = document.getElementById("meeting-m20a-page") as HTMLElement;
    expect(page).toHaveTextContent("NGOs and observers1:30");
    expect(page).toHaveTextContent("Members3:00");
    expect(page).toHaveTextContent("Speakers' list closes at noon the day before.");
    expect(within(page).getByRole("button", { name: "Oral statement on reprisals against defenders" })).toBeInTheDocument();
    expect(page).toHaveTextContent("Final");
    expect(within(page).getByRole("link", { name: published.title })).toHaveAttribute("href", published.url);
    await user.click(within(page).getByRole("button", { name: "Mexico asked about journalists." }));
    expect(router.focusId).toBe("n-1");
  });

  it("adds a meeting with every field of the Order of the Day, and says the core's refusal of a symbol under Documents", async () => {
    const message = "“A/HRC/38” is not a UN document symbol";
    const calls = programme(() => [EXECUTIONS_19, EXECUTIONS], {
      create_meeting: () => {
        throw invalid("documents", "not_a_document_symbol", message, { value: "A/HRC/38" });
      },
    });
    const user = userEvent.setup();
    render(ProgrammeScreen, { session: SESSION });
    await screen.findByText("6th meeting");
    await user.click(screen.getByRole("button", { name: "Add meeting" }));
    const form = screen.getByRole("form", { name: "Add meeting" });
    expect(within(form).getByLabelText("Title")).toHaveFocus();

    await user.type(within(form).getByLabelText("Title"), MIGRANTS.title);
    const day = within(form).getByLabelText("Day");
    await user.clear(day);
    await user.type(day, "2018-06-20");
    await user.click(within(form).getByRole("radio", { name: "Exact times" }));
    await user.type(within(form).getByLabelText("Starts"), "10:00");
    await user.type(within(form).getByLabelText("Ends"), "13:00");
    await user.click(within(form).getByRole("checkbox", { name: /^Estimated/ }));
    await user.type(within(form).getByLabelText("Meeting number"), "7");
    await user.click(within(form).getByRole("checkbox", { name: /^Item 3 ·/ }));
    await user.selectOptions(within(form).getByLabelText("Kind"), "Clustered interactive dialogue");
    await user.selectOptions(within(form).getByLabelText("Clustered with"), `Wed 20 Jun, 09:00 · ${EXECUTIONS.title}`);
    await user.type(within(form).getByLabelText("Speaking time, NGOs and observers"), "1:30");
    await user.type(within(form).getByLabelText("Speaking time, members"), "180");
    await user.type(within(form).getByLabelText("List of speakers closes"), "2018-06-19 12:00");
    await user.type(within(form).getByLabelText("Mandates presenting"), "Special Rapporteur on violence against women{Enter}Special Rapporteur on the human rights of migrants");
    await user.type(within(form).getByLabelText("Documents"), "A/HRC/38/47{Enter}A/HRC/38");
    await user.click(within(form).getByRole("button", { name: "Add meeting" }));

    const documents = within(form).getByLabelText("Documents");
    expect(await within(form).findByText(message)).toBeInTheDocument();
    expect(documents).toHaveAttribute("aria-invalid", "true");
    expect(documents).toHaveFocus();
    const sent = calls.find((c) => c.command === "create_meeting")?.args.input as MeetingInput;
    expect(sent).toEqual({
      date: "2018-06-20",
      slot: null,
      start: "10:00",
      end: "13:00",
      estimated: true,
      number: 7,
      agenda_items: [3],
      kind: "clustered-interactive-dialogue",
      title: MIGRANTS.title,
      room: null,
      continues_id: null,
      cluster_id: "m20a",
      status: "scheduled",
      speaking_seconds: 90,
      member_speaking_seconds: 180,
      list_closes_at: "2018-06-19 12:00",
      modalities: "",
      documents: ["A/HRC/38/47", "A/HRC/38"],
      mandates: ["Special Rapporteur on violence against women", "Special Rapporteur on the human rights of migrants"],
      sources: [],
    });
  });

  it("previews in the edit form what a new speaking time does to my statements due there", async () => {
    const change = {
      old_seconds: 120,
      new_seconds: 90,
      statements: [
        {
          statement_id: "st-1",
          meeting_id: "m2",
          title: "Item 4 general debate",
          old_limit_seconds: 120,
          new_limit_seconds: 90,
          estimated_seconds: 112,
          over_limit: true,
        },
      ],
      over: 1,
    };
    const calls = programme(() => [{ ...GD4, speaking_seconds: 120 }], { preview_speaking_time: () => change });
    const user = userEvent.setup();
    render(ProgrammeScreen, { session: SESSION });
    await user.click(await screen.findByRole("button", { name: "Edit General debate on item 4" }));
    const form = screen.getByRole("form", { name: "Edit meeting" });
    const speaking = within(form).getByLabelText("Speaking time, NGOs and observers");
    expect(speaking).toHaveValue("2:00");
    expect(calls.some((c) => c.command === "preview_speaking_time")).toBe(false);
    await user.clear(speaking);
    await user.type(speaking, "1:30");
    expect(await within(form).findByText("Limit now 1:30 — 1 statement over")).toBeInTheDocument();
    expect(calls.filter((c) => c.command === "preview_speaking_time").at(-1)?.args).toEqual({ meetingId: "m2", seconds: 90 });
  });

  it("says under the field a speaking time it cannot read, without asking the core", async () => {
    const calls = programme(() => [OPENING]);
    const user = userEvent.setup();
    render(ProgrammeScreen, { session: SESSION });
    await screen.findByRole("heading", { name: "Opening of the session" });
    await user.click(screen.getByRole("button", { name: "Add meeting" }));
    const form = screen.getByRole("form", { name: "Add meeting" });
    await user.type(within(form).getByLabelText("Title"), "Panel");
    const speaking = within(form).getByLabelText("Speaking time, NGOs and observers");
    await user.type(speaking, "two minutes");
    await user.click(within(form).getByRole("button", { name: "Add meeting" }));
    expect(await within(form).findByText(/minutes and seconds, such as 1:30/)).toBeInTheDocument();
    expect(speaking).toHaveAttribute("aria-invalid", "true");
    expect(calls.some((c) => c.command === "create_meeting")).toBe(false);
  });

  it("adds a meeting whose date is to be announced", async () => {
    const calls = programme(() => [OPENING], { create_meeting: () => LATER });
    const user = userEvent.setup();
    render(ProgrammeScreen, { session: SESSION });
    await screen.findByRole("heading", { name: "Opening of the session" });
    await user.click(screen.getByRole("button", { name: "Add meeting" }));
    const form = screen.getByRole("form", { name: "Add meeting" });
    await user.type(within(form).getByLabelText("Title"), LATER.title);
    await user.click(within(form).getByRole("checkbox", { name: "Date to be announced" }));
    expect(within(form).queryByLabelText("Day")).toBeNull();
    expect(within(form).queryByRole("radio")).toBeNull();
    await user.click(within(form).getByRole("button", { name: "Add meeting" }));
    await screen.findByText(`Added “${LATER.title}”, date to be announced.`);
    expect((calls.find((c) => c.command === "create_meeting")?.args.input as MeetingInput).date).toBe("");
    expect(screen.getByRole("region", { name: "Date to be announced" })).toHaveTextContent(LATER.title);
  });

  it("moves a meeting with Move…: the old time struck through and marked moved; to be announced, postponed", async () => {
    const calls = programme(() => [GD4], {
      move_meeting: (args) => {
        const to = args.to as MeetingMove;
        if (to.date === "") return { ...GD4, date: null, start: null, end: null, starts_at: null, ends_at: null, status: "postponed", moved_from: { ...GD4, slot: null } };
        return {
          ...GD4,
          date: to.date,
          slot: "afternoon",
          starts_at: `${to.date}T13:00:00.000Z`,
          ends_at: `${to.date}T16:00:00.000Z`,
          status: "moved",
          moved_from: { date: GD4.date, slot: null, start: GD4.start, end: GD4.end, starts_at: GD4.starts_at, ends_at: GD4.ends_at, estimated: false },
        };
      },
    });
    const user = userEvent.setup();
    render(ProgrammeScreen, { session: SESSION });
    await user.click(await screen.findByRole("button", { name: "Move General debate on item 4" }));
    const form = screen.getByRole("form", { name: "Move “General debate on item 4”" });
    expect(form).toHaveTextContent("Now: Wed 27 Jun, 15:00–18:00.");
    const day = within(form).getByLabelText("Day");
    expect(day).toHaveFocus();
    await user.clear(day);
    await user.type(day, "2018-06-28");
    await user.click(within(form).getByRole("radio", { name: "Afternoon 15:00–18:00" }));
    await user.click(within(form).getByRole("button", { name: "Move meeting" }));

    await screen.findByText(/Moved “General debate on item 4” to Thursday,? 28 June/);
    expect(calls.find((c) => c.command === "move_meeting")?.args).toEqual({
      id: "m2",
      to: { date: "2018-06-28", slot: "afternoon", start: "", end: "", estimated: false, status: null },
    });
    const row = document.querySelector('li.day[data-date="2018-06-28"] article[data-meeting-id="m2"]') as HTMLElement;
    expect(row).toHaveTextContent("Afternoon 15:00–18:00");
    expect(row.querySelector(".was s")).toHaveTextContent("Wed 27 Jun, 15:00–18:00");
    expect(row.querySelector(".was")).toHaveTextContent("moved");

    await user.click(within(row).getByRole("button", { name: "Move General debate on item 4" }));
    const again = screen.getByRole("form", { name: "Move “General debate on item 4”" });
    await user.click(within(again).getByRole("checkbox", { name: "Date to be announced" }));
    await user.click(within(again).getByRole("button", { name: "Move meeting" }));
    await screen.findByText("Postponed “General debate on item 4”: date to be announced.");
    const postponed = screen.getByRole("region", { name: "Date to be announced" });
    expect(postponed).toHaveTextContent("Postponed");
  });

  it("cancels Move… and gives the keyboard back to its button", async () => {
    programme(() => [GD4]);
    const user = userEvent.setup();
    render(ProgrammeScreen, { session: SESSION });
    await user.click(await screen.findByRole("button", { name: "Move General debate on item 4" }));
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.getByRole("button", { name: "Move General debate on item 4" })).toHaveFocus();
  });

  it("brings an Order of the Day in with Import programme…, then marks what the import changed and says so", async () => {
    let marked = false;
    const done = {
      id: "import-1",
      session_id: SESSION.id,
      format: "order-of-the-day" as const,
      file_name: "pasted text",
      unchanged: 2,
      skipped: 0,
      lines: [
        {
          change: "moved" as const,
          record_kind: "meeting",
          record_id: MIGRANTS.id,
          title: MIGRANTS.title,
          when: "Wed 20 Jun, 10:00–13:00",
          details: ["moved from Wed 20 Jun, morning (09:00–12:00)"],
          touches: [],
        },
      ],
    };
    programme(() => [EXECUTIONS, MIGRANTS], {
      preview_programme: () => ({ ...done, id: null }),
      import_programme: () => {
        marked = true;
        return done;
      },
      programme_marks: () => (marked ? [{ record_id: MIGRANTS.id, change: "moved", detail: "moved from Wed 20 Jun, morning (09:00–12:00)" }] : []),
    });
    const user = userEvent.setup();
    render(ProgrammeScreen, { session: SESSION });
    await screen.findByRole("heading", { name: MIGRANTS.title });
    expect(screen.queryByText("Moved by the latest import")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Import programme…" }));
    const dialog = screen.getByRole("dialog", { name: "Import programme into HRC38" });
    await user.click(within(dialog).getByLabelText("Programme to import"));
    await user.paste("Wednesday, 20 June 2018\n…");
    await user.click(within(dialog).getByRole("button", { name: "Preview" }));
    await within(dialog).findByText("0 added, 1 moved, 0 changed, 0 cancelled · 2 unchanged");
    await user.click(within(dialog).getByRole("button", { name: "Import" }));

    expect(await screen.findByText("Imported “pasted text”: 0 added, 1 moved, 0 changed, 0 cancelled · 2 unchanged.")).toBeInTheDocument();
    const row = document.getElementById(`meeting-${MIGRANTS.id}`) as HTMLElement;
    expect(within(row).getByText("Moved by the latest import")).toBeInTheDocument();
    expect(row).toHaveTextContent("moved from Wed 20 Jun, morning (09:00–12:00)");
    expect(screen.queryByRole("dialog", { name: "Import programme into HRC38" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Import programme…" })).toHaveFocus();
  });

  it("shows the informal consultations on their days among the meetings, with what they clash with, and those to be announced", async () => {
    const AT = "2018-06-01T09:00:00.000Z";
    const L10 = {
      id: "c1",
      resolution_id: "r1",
      session_id: SESSION.id,
      resolution_title: "Civil society space",
      draft_symbol: "A/HRC/38/L.10",
      date: "2018-06-21",
      start: "13:00:00",
      end: "14:00:00",
      room: "Room XXII",
      convenor: "Chile, Ireland, Japan, Sierra Leone, Tunisia",
      notes: "Ask for OP5 on reprisals.",
      created_at: AT,
      updated_at: AT,
    };
    const LATER = { ...L10, id: "c2", resolution_title: "Human rights of migrants", draft_symbol: null, date: null, start: null, end: null, room: null, convenor: "" };
    programme(() => [OPENING], {
      session_consultations: () => [L10, LATER],
      consultation_clashes: () => [
        {
          consultation_id: "c1",
          consultation_title: "Informal consultation on A/HRC/38/L.10",
          consultation_time: "Thu 21 June, 13:00–14:00",
          meetings: [],
          side_events: [{ side_event_id: "se1", side_event_title: "Defenders at risk", side_event_time: "Thu 21 June, 13:00–14:30" }],
        },
      ],
    });
    render(ProgrammeScreen, { session: SESSION });
    const row = await screen.findByRole("article", { name: "A/HRC/38/L.10 · Civil society space" });
    const day = row.closest("li.day") as HTMLElement;
    expect(day).toHaveAttribute("data-date", "2018-06-21");
    expect(day).not.toHaveClass("quiet");
    expect(row).toHaveTextContent("13:00–14:00");
    expect(row).toHaveTextContent("Convened by Chile, Ireland, Japan, Sierra Leone, Tunisia · Room XXII");
    expect(within(row).getByRole("list", { name: "Clashes" })).toHaveTextContent("Clashes with my side event Defenders at risk, Thu 21 June, 13:00–14:30");
    expect(row).not.toHaveTextContent("Ask for OP5");
    const later = screen.getByRole("article", { name: "Human rights of migrants" });
    expect(later.closest("section")).toHaveAccessibleName("Date to be announced");
    expect(later).toHaveTextContent("Time to be confirmed");
    expect(later).toHaveTextContent("Room not yet known");
  });

  it("says what to do when the programme is empty", async () => {
    programme(() => []);
    render(ProgrammeScreen, { session: SESSION });

    expect(await screen.findByRole("heading", { name: "No meetings yet" })).toBeInTheDocument();
  });

  it("keeps the form open with the core's message under the field it names, and adds nothing", async () => {
    const message = "2018-07-09 is outside the session (2018-06-18 – 2018-07-06)";
    const calls = programme(() => [OPENING], {
      create_meeting: () => {
        throw invalid("date", "outside_session", message);
      },
    });
    const user = userEvent.setup();
    render(ProgrammeScreen, { session: SESSION });
    await screen.findByRole("heading", { name: "Opening of the session" });

    await user.click(screen.getByRole("button", { name: "Add meeting" }));
    const form = screen.getByRole("form", { name: "Add meeting" });
    // The form starts on the session's first day, its time to be confirmed, its room not yet known (never an invented one).
    expect(within(form).getByLabelText("Day")).toHaveValue("18 Jun 2018");
    expect(within(form).getByRole("radio", { name: "Time to be confirmed" })).toBeChecked();
    expect(within(form).getByLabelText("Room")).toHaveValue("");

    await user.type(within(form).getByLabelText("Title"), "ID with the Special Rapporteur on Eritrea");
    const day = within(form).getByLabelText("Day");
    await user.clear(day);
    await user.type(day, "2018-07-09");
    await user.click(within(form).getByRole("radio", { name: "Morning 09:00–12:00" }));
    await user.click(within(form).getByRole("button", { name: "Add meeting" }));

    expect(await within(form).findByText(message)).toBeInTheDocument();
    expect(day).toHaveAttribute("aria-invalid", "true");
    expect(day).toHaveAccessibleDescription(message);
    expect(day).toHaveFocus();
    expect(within(form).getByLabelText("Title")).not.toHaveAttribute("aria-invalid");
    expect(within(form).getByLabelText("Room")).not.toHaveAttribute("aria-invalid");
    // Still open, with what was typed; nothing added to the programme.
    expect(screen.getByRole("form", { name: "Add meeting" })).toBe(form);
    expect(within(form).getByLabelText("Title")).toHaveValue("ID with the Special Rapporteur on Eritrea");
    expect(document.querySelectorAll("article[data-meeting-id]")).toHaveLength(1);
    const sent = calls.find((c) => c.command === "create_meeting")?.args.input as MeetingInput;
    expect(sent).toMatchObject({ date: "2018-07-09", slot: "morning", start: "", end: "", room: null, agenda_items: [], kind: "other", title: "ID with the Special Rapporteur on Eritrea" });
  });

  it("moves a meeting to another day when its day is edited", async () => {
    const calls = programme(() => [OPENING, GD4, BURUNDI], {
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
    expect(within(form).getByRole("radio", { name: "Exact times" })).toBeChecked();
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
    const calls = programme(() => rows, {
      delete_meeting: () => void (rows = []),
      restore_meeting: () => ((rows = [OPENING]), OPENING),
      forget_deleted: () => null,
    });
    const user = userEvent.setup();
    render(ProgrammeScreen, { session: SESSION });
    await screen.findByRole("heading", { name: "Opening of the session" });

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
    programme(() => [OPENING, GD4, BURUNDI]);
    router.openItem(SESSION.id, "programme", "m2");
    render(ProgrammeScreen, { session: SESSION });

    const row = await screen.findByRole("article", { name: "General debate on item 4" });
    await vi.waitFor(() => expect(row).toHaveFocus());
    expect(row).toHaveClass("highlighted");
    expect(router.focusId).toBeNull();
  });
});
