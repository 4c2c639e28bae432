// Starting on a database whose schema is being updated: the window shows the calm update screen with its progress
// at once, asks again until the update is over, then opens the app as usual.
import { render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import App from "../App.svelte";
import type { MigrationProgress, Startup } from "../lib/bindings";
import { updateStep, waitForDatabase } from "../lib/startup";
import { clearMocks, coreError, fakeCommands } from "../test/fake-commands";
import { BETWEEN } from "../test/today-data";
import DatabaseUpdate from "./DatabaseUpdate.svelte";

const STARTED: Startup = { version: "0.1.0", database_path: "/home/advocate/hrc.db", database_error: null, migration: null, clock: null, first_start: false, protected: false };
const updating = (done: number, steps: number): Startup => ({ ...STARTED, migration: { done, steps } });

afterEach(clearMocks);

describe("the database update at start", () => {
  it("says which step runs", () => {
    const cases: [MigrationProgress, string][] = [
      [{ done: 0, steps: 3 }, "Step 1 of 3…"],
      [{ done: 1, steps: 3 }, "Step 2 of 3…"],
      [{ done: 3, steps: 3 }, "Finishing…"],
      [{ done: 0, steps: 1 }, "Step 1 of 1…"],
    ];
    for (const [progress, words] of cases) expect(updateStep(progress)).toBe(words);
  });

  it("shows the message and the progress", () => {
    render(DatabaseUpdate, { progress: { done: 1, steps: 2 } });
    expect(screen.getByRole("heading", { name: "Updating your database" })).toBeInTheDocument();
    expect(
      screen.getByText(
        "Updating your database to this version of HRC Planner — this happens once and can take a minute for a large database. Your data is kept.",
      ),
    ).toBeInTheDocument();
    const bar = screen.getByRole("progressbar", { name: "Database update" });
    expect(bar).toHaveAttribute("max", "2");
    expect(bar).toHaveAttribute("value", "1");
    expect(screen.getByRole("status")).toHaveTextContent("Step 2 of 2…");
  });

  it("asks again until the update is over, showing each answer", async () => {
    const answers = [updating(1, 2), updating(2, 2), STARTED];
    const seen: Startup[] = [];
    const last = await waitForDatabase(updating(0, 2), async () => answers.shift()!, (s) => seen.push(s), 1);
    expect(last).toEqual(STARTED);
    expect(seen.map((s) => s.migration)).toEqual([{ done: 1, steps: 2 }, { done: 2, steps: 2 }, null]);
  });

  it("opens the app once the update is over, with the settings read after it", async () => {
    const answers = [updating(0, 2), updating(1, 2), STARTED];
    let updated = false;
    const calls = fakeCommands({
      startup: () => {
        const next = answers.shift()!;
        updated = next.migration === null;
        return next;
      },
      get_settings: () => {
        if (!updated) throw coreError("conflict", "the database is being updated to this version; wait a moment");
        return { theme: "dark", backups_kept: 10 };
      },
      session_summaries: () => [],
      today: () => BETWEEN,
    });
    render(App);

    expect(await screen.findByRole("heading", { name: "Updating your database" })).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Sections" })).not.toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Sessions" }, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Updating your database" })).not.toBeInTheDocument();
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(calls.filter((c) => c.command === "startup")).toHaveLength(3);
    delete document.documentElement.dataset.theme;
  });
});
