// The Today screen: now and next from a fixed Today payload, the day's programme, statements (with Deliver), side
// events and notes (those marked confidential said so); between sessions; the clock set by hand sent as `at` and back
// to live; reading again while live.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AT_1230, BETWEEN, BURUNDI_ID, GD4, HRC38, HRC39, note } from "../test/today-data";
import type { ProgrammeMark, Today } from "../lib/bindings";
import { clock } from "../lib/clock.svelte";
import { router } from "../lib/router.svelte";
import { sessions } from "../lib/sessions.svelte";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import TodayScreen from "./TodayScreen.svelte";

afterEach(() => {
  clearMocks();
  clock.live();
  router.closeSession();
  router.go("sessions");
  sessions.summaries = [];
  vi.useRealTimers();
});

/** The shell answering `today` with `answer` (given what it was asked), the latest import's marks with `marks`, and
 *  the note links' lists. */
function fakeToday(answer: (args: Record<string, unknown>) => Today = () => AT_1230, marks: ProgrammeMark[] = []) {
  const calls = fakeCommands({
    today: answer,
    programme_marks: () => marks,
    list_meetings: () => [GD4],
    list_situations: () => [],
    list_key_issues: () => [],
    list_statements: () => [],
  });
  return { calls, todays: () => calls.filter((c) => c.command === "today") };
}

describe("TodayScreen", () => {
  it("shows the meeting running, when it ends, and the next one on its day", async () => {
    fakeToday();
    render(TodayScreen);

    const now = await screen.findByRole("region", { name: "Now" });
    expect(now).toHaveTextContent("General debate on item 4");
    expect(now).toHaveTextContent("12:00–15:00");
    expect(now).toHaveTextContent("ends in 2 h 30 min");
    expect(now).toHaveTextContent("Item 4 · Situations that require the Council's attention · Room XX · General debate");
    // The next meeting is on a later day: its day, not a countdown in minutes.
    expect(now).toHaveTextContent("Next");
    expect(now).toHaveTextContent("Monday 2 July · 12:00–15:00");
    expect(now).toHaveTextContent("General debate on item 7");
    expect(now).not.toHaveTextContent("starts in");

    expect(screen.getByRole("heading", { level: 1, name: "Today" })).toBeInTheDocument();
    expect(screen.getByText("Wednesday 27 June 2018 · HRC38 · Day 10 of 19")).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Clock" })).toHaveTextContent("Live · 12:30 in Geneva");
  });

  it("counts down to the next meeting when it starts later today", async () => {
    fakeToday(() => ({ ...AT_1230, current: [], next: { ...AT_1230.meetings[1], state: "upcoming", starts_in_minutes: 20, ends_in_minutes: 200 } }));
    render(TodayScreen);
    const now = await screen.findByRole("region", { name: "Now" });
    await expect.poll(() => now.textContent).toContain("starts in 20 min · 12:00–15:00");
    expect(now).toHaveTextContent("No meeting of the programme is running.");
  });

  it("lists the day's programme with ended, running and upcoming meetings", async () => {
    fakeToday();
    render(TodayScreen);
    const programme = await screen.findByRole("region", { name: "Programme of the day" });
    const rows = within(programme).getAllByRole("listitem");
    expect(rows.map((r) => r.dataset.state)).toEqual(["ended", "running"]);
    expect(rows[0]).toHaveTextContent("09:00–12:00");
    expect(rows[0]).toHaveTextContent("Oral briefing of the Commission of Inquiry on Burundi");
    expect(rows[0]).toHaveTextContent("Item 4 · Room XX");
    expect(rows[0]).toHaveTextContent("Ended");
    expect(rows[1]).toHaveTextContent("Now");

    // A meeting opens on the Programme screen of its session.
    await userEvent.setup().click(within(rows[1]).getByRole("button"));
    expect([router.screen, router.sessionId, router.focusId]).toEqual(["programme", HRC38.id, GD4.id]);
  });

  it("marks the day's meetings the latest programme import changed, as the Programme does", async () => {
    const moved: ProgrammeMark = { record_id: GD4.id, change: "moved", detail: "moved from Tue 26 Jun, afternoon (15:00–18:00)" };
    const elsewhere: ProgrammeMark = { record_id: "m-not-today", change: "added", detail: "" };
    const fake = fakeToday(undefined, [moved, elsewhere]);
    render(TodayScreen);
    const programme = await screen.findByRole("region", { name: "Programme of the day" });
    const rows = within(programme).getAllByRole("listitem");
    await expect.poll(() => rows[1].textContent).toContain("Moved by the latest import");
    expect(rows[1]).toHaveTextContent("Moved by the latest import moved from Tue 26 Jun, afternoon (15:00–18:00)");
    expect(rows[0]).toHaveTextContent(BURUNDI_ID.title);
    expect(rows[0]).not.toHaveTextContent("latest import");
    expect(programme).not.toHaveTextContent("Added by the latest import");
    // Read for the session of the day.
    expect(fake.calls.filter((c) => c.command === "programme_marks").map((c) => c.args)).toContainEqual({ sessionId: HRC38.id });
  });

  it("reads no marks between sessions", async () => {
    const fake = fakeToday(() => BETWEEN);
    render(TodayScreen);
    await screen.findByRole("heading", { name: "No session is running today" });
    expect(fake.calls.some((c) => c.command === "programme_marks")).toBe(false);
  });

  it("shows my statements with status and time against the limit, today's side events and notes", async () => {
    fakeToday();
    render(TodayScreen);

    const statements = await screen.findByRole("region", { name: "My statements today" });
    expect(statements).toHaveTextContent("12:00 · General debate on item 4");
    expect(statements).toHaveTextContent("Item 4 general debate: Burundi, Eritrea and Syria");
    expect(statements).toHaveTextContent("Drafting");
    expect(statements).toHaveTextContent("1:25 of 1:30");
    expect(within(statements).getByRole("button", { name: "Deliver" })).toBeInTheDocument();

    const events = screen.getByRole("region", { name: "Side events today" });
    expect(events).toHaveTextContent("13:30–15:00 in 1 h · Room XXIV");
    expect(events).toHaveTextContent("Strengthening the Human Rights Council from the ground up");
    expect(events).toHaveTextContent("Room requested");

    const notes = screen.getByRole("region", { name: "Today's notes" });
    expect(notes).toHaveTextContent("10:25");
    expect(notes).toHaveTextContent("Burundi delegation did not engage.");
  });

  it("says in words which of today's notes and statements are marked confidential, as their cards do", async () => {
    const marked = structuredClone(AT_1230);
    marked.notes = [{ ...marked.notes[0], confidential: true }, note("n-plain", "Eritrea raised the mandate.", "2018-06-27T08:40:00.000Z")];
    marked.statements = [{ ...marked.statements[0], confidential: true }];
    fakeToday(() => marked);
    render(TodayScreen);

    const statements = await screen.findByRole("region", { name: "My statements today" });
    expect(within(statements).getByText("Confidential")).toBeInTheDocument();
    const notes = screen.getByRole("region", { name: "Today's notes" });
    const [burundi, eritrea] = within(notes).getAllByRole("article");
    expect(burundi).toHaveTextContent("Burundi delegation did not engage.");
    expect(within(burundi).getByText("Confidential")).toBeInTheDocument();
    expect(eritrea).toHaveTextContent("Eritrea raised the mandate.");
    expect(eritrea).not.toHaveTextContent("Confidential");
  });

  it("opens deliver mode from a statement, with the meeting and the clock set by hand", async () => {
    clock.set("2018-06-27 12:30");
    fakeToday();
    render(TodayScreen);
    const statements = await screen.findByRole("region", { name: "My statements today" });
    await userEvent.setup().click(within(statements).getByRole("button", { name: "Deliver" }));
    const deliver = await screen.findByRole("dialog");
    expect(deliver).toHaveTextContent("Item 4 general debate: Burundi, Eritrea and Syria");
    expect(deliver).toHaveTextContent("General debate on item 4");
  });

  it("sends the clock set by hand as `at`, says so, and goes back to live", async () => {
    clock.set("2018-06-27 12:30");
    const fake = fakeToday();
    const user = userEvent.setup();
    render(TodayScreen);

    const control = await screen.findByRole("group", { name: "Clock" });
    await expect.poll(() => control.textContent).toContain("Clock set to Wednesday 27 June 2018, 12:30 (Geneva)");
    expect(fake.todays()[0].args).toEqual({ at: "2018-06-27 12:30", sessionId: null });

    // Set another time by hand: a Geneva day, typed day first, and a time.
    await user.click(within(control).getByRole("button", { name: "Change…" }));
    const day = screen.getByRole("textbox", { name: "Day" });
    const time = screen.getByRole("textbox", { name: "Time" });
    expect(day).toHaveValue("27 Jun 2018");
    expect(day).toHaveFocus();
    expect(time).toHaveValue("12:30");
    await user.clear(day);
    await user.type(day, "28.06.2018");
    await user.clear(time);
    await user.type(time, "15:10");
    await user.click(screen.getByRole("button", { name: "Set" }));
    await expect.poll(() => fake.todays().at(-1)?.args.at).toBe("2018-06-28 15:10");

    await user.click(screen.getByRole("button", { name: "Back to live" }));
    await expect.poll(() => fake.todays().at(-1)?.args.at).toBeNull();
    expect(clock.at).toBeNull();
    expect(await screen.findByText("Live")).toBeInTheDocument();
  });

  it("shows the core's message when the clock set by hand is not a time", async () => {
    clock.set("next Tuesday");
    fakeCommands({ today: () => Promise.reject(invalid("at", "not_a_clock_time", '"next Tuesday" is not a date and time (e.g. 2018-06-27 12:30, Geneva time)')) });
    render(TodayScreen);
    expect(await screen.findByRole("alert")).toHaveTextContent('The clock: "next Tuesday" is not a date and time (e.g. 2018-06-27 12:30, Geneva time)');
    expect(screen.getByRole("button", { name: "Back to live" })).toBeInTheDocument();
  });

  it("between sessions says so, names the next session and offers the sessions list", async () => {
    fakeToday(() => BETWEEN);
    render(TodayScreen);

    expect(await screen.findByRole("heading", { name: "No session is running today" })).toBeInTheDocument();
    expect(screen.getByText("Today is Tuesday 14 August 2018 in Geneva.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "No session is running today" }).parentElement).toHaveTextContent(
      "The next session, HRC39, starts on 10 September 2018 — in 27 days.",
    );

    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Open HRC39" }));
    expect([router.screen, router.sessionId]).toEqual(["overview", HRC39.id]);
  });

  it("between sessions with none planned, offers the sessions list", async () => {
    fakeToday(() => ({ ...BETWEEN, next_session: null }));
    render(TodayScreen);
    expect(await screen.findByText(/No session is planned after today/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: "Open the sessions list" }));
    expect(router.screen).toBe("sessions");
  });

  it("shows the session chosen in the sidebar when it runs that day too", async () => {
    const special = { ...HRC39, id: "s-special", kind: "special" as const, label: "S-28", name: "HRC S-28", start_date: "2018-06-27", end_date: "2018-06-27" };
    sessions.summaries = [{ session: special, timing: { phase: "past", days_to_start: 0, days_to_end: 0, day_number: null, total_days: 1 }, statements: 0, side_events: 0, notes: 0 }];
    router.openSession(special.id);
    const fake = fakeToday(({ sessionId }) => (sessionId === special.id ? { ...AT_1230, session: special, session_timing: { phase: "current", days_to_start: 0, days_to_end: 0, day_number: 1, total_days: 1 }, meetings: [], current: [], next: null, statements: [], side_events: [], notes: [] } : AT_1230));
    render(TodayScreen);
    expect(await screen.findByText("Wednesday 27 June 2018 · HRC S-28 · Day 1 of 1")).toBeInTheDocument();
    expect(fake.todays().map((c) => c.args.sessionId)).toEqual([null, special.id]);
  });

  it("reads the day again every 30 s while live, and when the window comes back", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const fake = fakeToday();
    render(TodayScreen);
    await screen.findByRole("region", { name: "Now" });
    const before = fake.todays().length;

    vi.advanceTimersByTime(30_000);
    await expect.poll(() => fake.todays().length).toBe(before + 1);

    window.dispatchEvent(new Event("focus"));
    await expect.poll(() => fake.todays().length).toBe(before + 2);

    // A clock set by hand stays where it was set: no reading on the timer.
    clock.set("2018-06-27 12:30");
    await expect.poll(() => fake.todays().length).toBe(before + 3);
    vi.advanceTimersByTime(90_000);
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.todays().length).toBe(before + 3);
  });
});
