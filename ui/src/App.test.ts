// The app frame at start: the sidebar paints in the person's theme while the first screen is still being read,
// the main area stays empty (busy) until it is chosen, and a database that could not be opened shows its problem.
import { render, screen, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import App from "./App.svelte";
import { BETWEEN } from "./test/today-data";
import type { SessionSummary, Startup } from "./lib/bindings";
import { clock } from "./lib/clock.svelte";
import { router } from "./lib/router.svelte";
import { sessions } from "./lib/sessions.svelte";
import { clearMocks, coreError, fakeCommands } from "./test/fake-commands";

const STARTED: Startup = { version: "0.1.0", database_path: "/home/advocate/hrc.db", database_error: null, migration: null, clock: null, first_start: false, protected: false };

afterEach(() => {
  clearMocks();
  router.closeSession();
  router.go("sessions");
  sessions.summaries = [];
  sessions.loaded = false;
  delete document.documentElement.dataset.theme;
});

/** A promise the test settles when it chooses. */
function held<T>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

describe("App", () => {
  it("paints the frame in the person's theme before the first screen is read, then shows the screen", async () => {
    const summaries = held<SessionSummary[]>();
    fakeCommands({
      startup: () => STARTED,
      get_settings: () => ({ theme: "dark", backups_kept: 10 }),
      session_summaries: () => summaries.promise,
      today: () => BETWEEN,
    });
    render(App);

    const sidebar = await screen.findByRole("navigation", { name: "Sections" });
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(within(sidebar).getByRole("combobox", { name: "Session" })).toHaveDisplayValue("Choose a session…");
    expect(screen.getByRole("main")).toHaveAttribute("aria-busy", "true");
    expect(screen.queryByRole("heading", { name: "Sessions" })).not.toBeInTheDocument();

    summaries.settle([]);
    expect(await screen.findByRole("heading", { name: "Sessions" })).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveAttribute("aria-busy", "false");
    expect(within(sidebar).getByRole("combobox", { name: "Session" })).toHaveDisplayValue("No sessions yet");
  });

  it("sets the clock from HRC_CLOCK and knows the core's today at it before the first screen shows", async () => {
    const calls = fakeCommands({
      startup: () => ({ ...STARTED, clock: "2018-06-27 12:30" }),
      get_settings: () => ({ theme: "light", backups_kept: 10 }),
      session_summaries: () => [],
      today: () => BETWEEN,
      geneva_today: () => "2018-06-27",
    });
    render(App);
    expect(await screen.findByRole("heading", { name: "Sessions" })).toBeInTheDocument();
    expect([clock.at, clock.today]).toEqual(["2018-06-27 12:30", "2018-06-27"]);
    expect(calls).toContainEqual({ command: "geneva_today", args: { at: "2018-06-27 12:30" } });
    await clock.live();
  });

  it("shows what went wrong, and no frame, when the database could not be opened", async () => {
    fakeCommands({
      startup: () => ({ ...STARTED, database_error: coreError("storage", "the file is not a database") }),
      get_settings: () => {
        throw coreError("storage", "the file is not a database");
      },
    });
    render(App);

    expect(await screen.findByText(/the file is not a database/)).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Sections" })).not.toBeInTheDocument();
  });
});
