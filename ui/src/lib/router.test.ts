// The router: session screens need a session, and the app frame shows the screen the sidebar picks — Today
// first when a session runs on the clock's day.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import App from "../App.svelte";
import type { SessionSummary } from "./bindings";
import { AT_1230, BETWEEN } from "../test/today-data";
import { clearMocks, coreError, fakeCommands } from "../test/fake-commands";
import { clock } from "./clock.svelte";
import { Router, router } from "./router.svelte";
import { sessions } from "./sessions.svelte";

const HRC38: SessionSummary = {
  session: {
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
  },
  timing: { phase: "past", days_to_start: -3000, days_to_end: -2982, day_number: null, total_days: 19 },
  statements: 3,
  side_events: 2,
  notes: 3,
};

const STARTED = { version: "0.1.0", database_path: "/tmp/test.db", database_error: null, clock: null };

afterEach(() => {
  clearMocks();
  clock.live();
  router.closeSession();
  router.go("sessions");
  sessions.summaries = [];
});

describe("Router", () => {
  it("starts on the sessions list with no session", () => {
    const r = new Router();
    expect([r.screen, r.sessionId]).toEqual(["sessions", null]);
  });

  it("sends a session screen to the sessions list while no session is selected", () => {
    const r = new Router();
    r.go("agenda");
    expect(r.screen).toBe("sessions");
    r.go("search");
    expect(r.screen).toBe("search");
  });

  it("opens a session on its overview, then any of its screens", () => {
    const r = new Router();
    r.openSession("s1");
    expect([r.screen, r.sessionId]).toEqual(["overview", "s1"]);
    r.go("statements");
    expect(r.screen).toBe("statements");
  });

  it("counts a screen asked for again while shown (its sidebar link from inside it)", () => {
    const r = new Router();
    r.openSession("s1", "statements");
    expect(r.again).toBe(0);
    r.go("statements");
    expect([r.screen, r.again]).toEqual(["statements", 1]);
    r.go("notes");
    expect(r.again).toBe(1);
  });

  it("selects a session (one just created) without leaving the screen shown", () => {
    const r = new Router();
    r.select("s1");
    expect([r.screen, r.sessionId]).toEqual(["sessions", "s1"]);
  });

  it("falls back to the sessions list when the session is closed", () => {
    const r = new Router();
    r.openSession("s1", "notes");
    r.closeSession();
    expect([r.screen, r.sessionId]).toEqual(["sessions", null]);
  });
});

/** The screen the main area shows (screens fill in their own headings and content). */
function shownScreen(): string | undefined {
  return document.querySelector<HTMLElement>("[data-screen]")?.dataset.screen;
}

describe("App frame", () => {
  function fakeApp(summaries: SessionSummary[]) {
    fakeCommands({
      startup: () => STARTED,
      session_summaries: () => summaries,
      get_settings: () => ({ theme: "system" }),
    });
  }

  it("shows the screen chosen in the sidebar for the session chosen in the list", async () => {
    fakeApp([HRC38]);
    const user = userEvent.setup();
    render(App);

    await user.click(await screen.findByRole("button", { name: /^HRC38 38th regular session/ }));
    await vi.waitFor(() => expect(shownScreen()).toBe("overview"));

    const nav = screen.getByRole("navigation", { name: "Sections" });
    await user.click(within(nav).getByRole("button", { name: "Agenda" }));
    expect(shownScreen()).toBe("agenda");
    expect(within(nav).getByRole("button", { name: "Agenda" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByLabelText("Session")).toHaveValue(HRC38.session.id);

    await user.click(within(nav).getByRole("button", { name: "Sessions" }));
    expect(shownScreen()).toBe("sessions");
  });

  it("opens on Today, with the session running on the clock's day selected (HRC_CLOCK sent as `at`)", async () => {
    const calls = fakeCommands({
      startup: () => ({ ...STARTED, clock: "2018-06-27 12:30" }),
      session_summaries: () => [HRC38],
      get_settings: () => ({ theme: "system" }),
      today: () => ({ ...AT_1230, session: HRC38.session }),
      list_meetings: () => [],
      list_situations: () => [],
      list_key_issues: () => [],
      list_statements: () => [],
    });
    render(App);

    expect(await screen.findByRole("heading", { level: 1, name: "Today" })).toBeInTheDocument();
    expect(shownScreen()).toBe("today");
    expect(router.sessionId).toBe(HRC38.session.id);
    expect(calls.find((c) => c.command === "today")?.args).toEqual({ at: "2018-06-27 12:30", sessionId: null });
    const nav = screen.getByRole("navigation", { name: "Sections" });
    expect(within(nav).getAllByRole("button")[0]).toHaveTextContent("Today");
    expect(within(nav).getByRole("button", { name: "Today" })).toHaveAttribute("aria-current", "page");
  });

  it("opens on the sessions list between sessions", async () => {
    fakeCommands({
      startup: () => STARTED,
      session_summaries: () => [HRC38],
      get_settings: () => ({ theme: "system" }),
      today: () => BETWEEN,
    });
    render(App);
    expect(await screen.findByRole("button", { name: /^HRC38 38th regular session/ })).toBeInTheDocument();
    expect(shownScreen()).toBe("sessions");
    expect(router.sessionId).toBeNull();
  });

  it("keeps session sections unavailable until a session is chosen", async () => {
    fakeApp([]);
    const user = userEvent.setup();
    render(App);

    expect(await screen.findByRole("heading", { name: "No sessions yet" })).toBeInTheDocument();
    const notes = screen.getByRole("button", { name: "Notes" });
    expect(notes).toHaveAttribute("aria-disabled", "true");
    await user.click(notes);
    expect(shownScreen()).toBe("sessions");
  });

  it("shows the core's message and what to do when the database cannot be opened", async () => {
    const message = "this database was written by a newer version of HRC Planner (schema 9; this version knows up to 2); it was left untouched — update HRC Planner to open it";
    fakeCommands({
      startup: () => ({ ...STARTED, database_error: coreError("newer_database", message) }),
    });
    render(App);

    expect(await screen.findByRole("alert")).toHaveTextContent(message);
    expect(screen.getByRole("heading", { name: "What you can do" })).toBeInTheDocument();
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
  });
});

describe("opening an item", () => {
  it("shows its screen and hands the item to that screen once", () => {
    const r = new Router();
    r.openItem("s1", "statements", "st1");
    expect([r.sessionId, r.screen]).toEqual(["s1", "statements"]);
    expect(r.takeFocus(["other"])).toBeNull();
    expect(r.takeFocus(["st1", "st2"])).toBe("st1");
    expect(r.takeFocus(["st1", "st2"])).toBeNull();
  });
});
