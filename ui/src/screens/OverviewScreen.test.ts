// The session overview: statements counted by status with over-limit ones flagged, situations grouped in
// agenda order, entries that open their item, and the session edited or deleted from here.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CountrySituation, Session, SessionOverview, SessionSummary, SideEvent, Statement, StatementStatus } from "../lib/bindings";
import { router } from "../lib/router.svelte";
import { sessionUndo } from "../lib/session-undo.svelte";
import { sessions } from "../lib/sessions.svelte";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import OverviewScreen from "./OverviewScreen.svelte";

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

function summary(timing: SessionSummary["timing"]): SessionSummary {
  return { session: SESSION, timing, statements: 0, side_events: 0, notes: 0 };
}

function statement(id: string, status: StatementStatus, overLimit = false): Statement {
  return {
    id,
    session_id: SESSION.id,
    kind: "oral",
    title: `Statement ${id}`,
    agenda_item: 4,
    meeting_id: null,
    speaker: "",
    text: "",
    limit_seconds: 90,
    limit_words: null,
    status,
    document_symbol: "",
    key_issue_ids: [],
    situation_ids: [],
    signatories: [],
    timing: {
      word_count: overLimit ? 300 : 100,
      estimated_seconds: overLimit ? 120 : 40,
      words_per_minute: 150,
      limit_seconds: 90,
      limit_words: null,
      over_limit: overLimit,
      words_to_cut: overLimit ? 75 : 0,
    },
    created_at: "2018-05-01T10:00:00.000Z",
    delivered_at: null,
    documents: [],
    updated_at: "2018-05-01T10:00:00.000Z",
    confidential: false,
  };
}

function situation(id: string, country: string, item: number | null): CountrySituation {
  return {
    id,
    session_id: SESSION.id,
    country_code: id.toUpperCase(),
    country_name: country,
    agenda_item: item,
    mechanism: "",
    summary: "",
    asks: "",
    priority: "medium",
    created_at: "",
    updated_at: "",
    sources: [],
    mandates: [],
    documents: [],
    confidential: false,
  };
}

function sideEvent(id: string, date: string, title: string): SideEvent {
  return {
    id,
    session_id: SESSION.id,
    title,
    date,
    start: "13:00:00",
    end: "14:00:00",
    starts_at: `${date}T11:00:00.000Z`,
    ends_at: `${date}T12:00:00.000Z`,
    room: "Room XXIII",
    organisers: [],
    cosponsor_organisations: [],
    cosponsor_states: [],
    speakers: [],
    description: "",
    status: "confirmed",
    key_issue_ids: [],
    situation_ids: [],
    created_at: "",
    updated_at: "",
    sources: [],
  };
}

const NO_NOTES = { total: 0, in_meetings: 0, on_situations: 0, on_key_issues: 0, on_statements: 0, on_texts: 0, by_agenda_item: [], latest_taken_at: null };

function overview(more: Partial<SessionOverview> = {}): SessionOverview {
  return { session: SESSION, agenda_items: [], meetings: [], key_issues: [], situations: [], statements: [], side_events: [], resolutions: [], members: [], consultations: [], notes: [], note_tally: NO_NOTES, ...more };
}

beforeEach(() => {
  sessions.summaries = [summary({ phase: "current", days_to_start: -2, days_to_end: 16, day_number: 3, total_days: 19 })];
  router.closeSession();
  router.openSession(SESSION.id);
});
afterEach(clearMocks);

describe("OverviewScreen", () => {
  it("counts the statements by status and flags the ones over their limit", async () => {
    fakeCommands({
      session_overview: () =>
        overview({
          statements: [
            statement("a", "idea"),
            statement("b", "drafting", true),
            statement("c", "drafting"),
            statement("d", "submitted"),
            statement("e", "delivered"),
            statement("f", "delivered"),
            statement("g", "delivered"),
          ],
        }),
    });
    render(OverviewScreen, { session: SESSION });

    const section = await screen.findByRole("region", { name: /^Statements/ });
    expect(within(section).getByRole("heading", { level: 2 })).toHaveTextContent("Statements 7");
    const counts = Object.fromEntries(
      within(section)
        .getAllByRole("term")
        .map((dt) => [dt.textContent, Number(dt.nextElementSibling?.textContent)]),
    );
    expect(counts).toEqual({ Idea: 1, Drafting: 2, Final: 0, Submitted: 1, Delivered: 3, Withdrawn: 0 });

    const flagged = within(section).getByRole("group", { name: /over its limit/ });
    expect(flagged).toHaveTextContent("1 statement is over its limit");
    expect(flagged).toHaveTextContent("Statement b");
    expect(flagged).toHaveTextContent("2:00 of 1:30");
    expect(flagged).not.toHaveTextContent("Statement c");
  });

  it("opens a flagged statement on the statements screen", async () => {
    fakeCommands({ session_overview: () => overview({ statements: [statement("b", "drafting", true)] }) });
    const user = userEvent.setup();
    render(OverviewScreen, { session: SESSION });

    await user.click(await screen.findByRole("button", { name: /Statement b/ }));

    expect(router.screen).toBe("statements");
    expect(router.takeFocus(["b"])).toBe("b");
  });

  it("shows the session's name, dates and where it stands, and situations grouped in agenda order", async () => {
    fakeCommands({
      session_overview: () =>
        overview({
          situations: [situation("cod", "Democratic Republic of the Congo", 10), situation("bdi", "Burundi", 4), situation("pse", "State of Palestine", 7)],
        }),
    });
    render(OverviewScreen, { session: SESSION });

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("HRC38");
    expect(screen.getByText("Day 3 of 19")).toBeInTheDocument();
    expect(screen.getByText(/18 June – 6 July 2018/)).toBeInTheDocument();
    const section = await screen.findByRole("region", { name: /^Country situations/ });
    expect(within(section).getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Item 4 · Situations that require the Council's attention",
      "Item 7 · Palestine and other occupied Arab territories",
      "Item 10 · Technical assistance and capacity-building",
    ]);
  });

  it("lists the side events of the coming days while the session runs, and of the first week before it starts", async () => {
    const events = [
      sideEvent("yesterday", "2018-06-19", "Yesterday's event"),
      sideEvent("soon", "2018-06-21", "Public dialogue: sport and human rights"),
      sideEvent("later", "2018-06-28", "Strengthening the Council from the ground up"),
    ];
    fakeCommands({ session_overview: () => overview({ side_events: events }) });
    const user = userEvent.setup();
    const { unmount } = render(OverviewScreen, { session: SESSION });

    // Day 3 is Wednesday 20 June: the next seven days run to Tuesday 26 June.
    const coming = await screen.findByRole("region", { name: /^Side events/ });
    expect(coming).toHaveAccessibleDescription("The coming days: today and the next 6");
    expect(within(coming).getByText("Public dialogue: sport and human rights")).toBeInTheDocument();
    expect(within(coming).queryByText("Yesterday's event")).toBeNull();
    expect(within(coming).queryByText("Strengthening the Council from the ground up")).toBeNull();
    await user.click(within(coming).getByRole("button", { name: /Public dialogue/ }));
    expect(router.screen).toBe("side-events");
    expect(router.takeFocus(["soon"])).toBe("soon");
    unmount();

    sessions.summaries = [summary({ phase: "upcoming", days_to_start: 12, days_to_end: 30, day_number: null, total_days: 19 })];
    render(OverviewScreen, { session: SESSION });
    const first = await screen.findByRole("region", { name: /^Side events/ });
    expect(first).toHaveAccessibleDescription("The session's first week");
    expect(within(first).getByText("Yesterday's event")).toBeInTheDocument();
    expect(within(first).getByText("Public dialogue: sport and human rights")).toBeInTheDocument();
    expect(within(first).queryByText("Strengthening the Council from the ground up")).toBeNull();
    expect(screen.getByText("Starts in 12 days")).toBeInTheDocument();
  });

  it("says what to do in each part when the session is still empty", async () => {
    fakeCommands({ session_overview: () => overview() });
    render(OverviewScreen, { session: SESSION });

    expect(await screen.findByText(/No key issues yet/)).toBeInTheDocument();
    expect(screen.getByText(/No country situations yet/)).toBeInTheDocument();
    expect(screen.getByText(/No statements yet/)).toBeInTheDocument();
    expect(screen.getByText(/No side events yet/)).toBeInTheDocument();
    expect(screen.getByText(/No notes yet/)).toBeInTheDocument();
  });

  it("shows how many notes there are and on what, from the counts the core gives (the notes are not sent)", async () => {
    const note_tally = { total: 3333, in_meetings: 2856, on_situations: 808, on_key_issues: 661, on_statements: 279, on_texts: 41, by_agenda_item: [{ agenda_item: 3, notes: 1460 }], latest_taken_at: "2026-10-16T15:43:24.000Z" };
    fakeCommands({ session_overview: () => overview({ note_tally }) });
    render(OverviewScreen, { session: SESSION });

    const notes = await screen.findByRole("region", { name: /^Notes/ });
    expect(within(notes).getByText("taken in a meeting").nextElementSibling).toHaveTextContent("2856");
    expect(within(notes).getByText("on a country situation").nextElementSibling).toHaveTextContent("808");
    expect(within(notes).getByText("on a key issue").nextElementSibling).toHaveTextContent("661");
    expect(within(notes).getByText("on a statement").nextElementSibling).toHaveTextContent("279");
    expect(within(notes).getByText("on a draft or adopted text").nextElementSibling).toHaveTextContent("41");
    expect(within(notes).getByText(/Latest taken 16 Oct/)).toBeInTheDocument();
    expect(screen.queryByText(/No notes yet/)).toBeNull();
  });

  it("edits the session, showing the core's message next to the field it names", async () => {
    fakeCommands({
      session_overview: () => overview(),
      update_session: () => {
        throw invalid("start_date", "left_outside_dates", 'Meeting "Opening" on 2018-06-18 falls outside the new dates; move it first');
      },
    });
    const user = userEvent.setup();
    render(OverviewScreen, { session: SESSION });

    await user.click(await screen.findByRole("button", { name: "Edit session" }));
    const first = screen.getByLabelText("First day");
    expect(first).toHaveValue("18 Jun 2018");
    await user.clear(first);
    await user.type(first, "2018-06-20");
    await user.click(screen.getByRole("button", { name: "Save session" }));

    expect(await screen.findByText('Meeting "Opening" on 2018-06-18 falls outside the new dates; move it first')).toBeInTheDocument();
    expect(first).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("form", { name: "Edit session" })).toBeInTheDocument();
  });

  it("deletes the session after confirmation and goes back to the sessions list, which offers Undo", async () => {
    const calls = fakeCommands({ session_overview: () => overview(), delete_session: () => null, session_summaries: () => [] });
    const user = userEvent.setup();
    render(OverviewScreen, { session: SESSION });
    await screen.findByText(/No key issues yet/);

    await user.click(screen.getByRole("button", { name: "Delete" }));
    expect(screen.getByText("Delete HRC38 and everything in it?")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Delete" }));

    await vi.waitFor(() => expect(router.screen).toBe("sessions"));
    expect(router.sessionId).toBeNull();
    expect(calls.find((c) => c.command === "delete_session")?.args).toEqual({ id: SESSION.id });
    expect(calls.some((c) => c.command === "session_summaries")).toBe(true);
    await vi.waitFor(() => expect(sessionUndo.item?.id).toBe(SESSION.id));
    sessionUndo.hold();
    sessionUndo.item = null;
  });

  it("opens the export dialog for this session from Export…", async () => {
    // jsdom has no modal dialogs: open and close them by their attribute.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    const calls = fakeCommands({ session_overview: () => overview(), export_preview: () => "# HRC38" });
    const user = userEvent.setup();
    render(OverviewScreen, { session: SESSION });

    await user.click(screen.getByRole("button", { name: "Export…" }));

    expect(await screen.findByRole("heading", { name: "Export HRC38" })).toBeInTheDocument();
    await vi.waitFor(() => expect(calls.find((c) => c.command === "export_preview")?.args.sessionId).toBe(SESSION.id));
  });
});
