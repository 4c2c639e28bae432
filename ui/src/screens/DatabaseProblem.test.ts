// The screen shown when the database cannot be opened: the ways forward (restore a backup with the current
// file kept, open another file through the native dialog, start a new database with the file moved aside),
// each saying what it did before the app continues.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Backup, ErrorPayload, Restored, Startup } from "../lib/bindings";
import { clearMocks, coreError, fakeCommands } from "../test/fake-commands";
import DatabaseProblem from "./DatabaseProblem.svelte";

vi.mock("../lib/reload", () => ({ reloadApp: vi.fn() }));
import { reloadApp } from "../lib/reload";

const PATH = "/home/ana/.local/share/hrc-planner/hrc-planner.db";
const FOLDER = "/home/ana/.local/share/hrc-planner/backups";
const DAMAGED: ErrorPayload = coreError("not_a_database", `${PATH} is not a readable HRC Planner database: file is not a database`);

function backup(takenAt: string, kind: Backup["kind"] = "routine"): Backup {
  const stamp = takenAt.replace(/:/g, "").replace("Z", ".000Z");
  const name = `hrc-planner-${kind === "routine" ? "" : "before-restore-"}${stamp}.db`;
  return { path: `${FOLDER}/${name}`, file_name: name, taken_at: takenAt, size_bytes: 1_234_567, kind };
}

// Mid-morning UTC: the same day in every time zone from UTC−9 to UTC+14.
const NEWEST = backup("2018-06-27T09:00:00Z");
const OLDER = backup("2018-06-26T09:00:00Z");

afterEach(() => {
  clearMocks();
  vi.mocked(reloadApp).mockClear();
});

describe("DatabaseProblem", () => {
  it("restores a backup after saying that the current file is kept, then continues", async () => {
    const kept = `${FOLDER}/hrc-planner-before-restore-2018-06-28T080000.000Z.db`;
    const calls = fakeCommands({
      list_backups: () => [NEWEST, OLDER],
      restore_backup: (args): Restored => ({ database: PATH, restored_from: args.path as string, kept_copy: kept }),
    });
    render(DatabaseProblem, { error: DAMAGED, path: PATH });
    const user = userEvent.setup();

    expect(screen.getByRole("alert")).toHaveTextContent("is not a readable HRC Planner database");
    expect(screen.getByText("The file is not an HRC Planner database, or it is damaged. It was left untouched.")).toBeInTheDocument();
    const list = await screen.findByRole("list", { name: "Backups" });
    const rows = within(list).getAllByRole("listitem");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(/27 June 2018 at \d\d:\d\d/);
    expect(rows[0]).toHaveTextContent("1.2 MB");
    expect(rows[1]).toHaveTextContent("26 June 2018");

    await user.click(within(rows[0]).getByRole("button", { name: /^Restore the backup of 27 June 2018/ }));
    const confirm = screen.getByRole("group", { name: /^Confirm restoring the backup of 27 June 2018/ });
    expect(confirm).toHaveTextContent("A copy of your current data is kept first");
    expect(within(confirm).getByRole("button", { name: "Cancel" })).toHaveFocus();
    expect(calls.some((c) => c.command === "restore_backup")).toBe(false);

    await user.click(within(confirm).getByRole("button", { name: "Restore this backup" }));
    expect(calls.find((c) => c.command === "restore_backup")?.args).toEqual({ path: NEWEST.path });
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent("Restored the backup of 27 June 2018");
    expect(status).toHaveTextContent("kept as hrc-planner-before-restore-2018-06-28T080000.000Z.db in the backups folder");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Your data is ready");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Continue to HRC Planner" }));
    expect(reloadApp).toHaveBeenCalledOnce();
  });

  it("says so when a backup is refused, and nothing else happens", async () => {
    fakeCommands({
      list_backups: () => [NEWEST],
      restore_backup: () => {
        throw coreError("not_a_database", `${NEWEST.path} is not a readable HRC Planner database: it is damaged (page 3)`);
      },
    });
    render(DatabaseProblem, { error: DAMAGED, path: PATH });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: /^Restore the backup of/ }));
    await user.click(screen.getByRole("button", { name: "Restore this backup" }));
    expect(await screen.findByText(/it is damaged \(page 3\)/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Continue to HRC Planner" })).not.toBeInTheDocument();
    expect(reloadApp).not.toHaveBeenCalled();
  });

  it("opens another file chosen in the native dialog", async () => {
    const other = "/media/usb/hrc-planner-copy.db";
    const calls = fakeCommands({
      list_backups: () => [],
      "plugin:dialog|open": () => other,
      open_database: (args): Startup => ({ version: "0.1.0", database_path: args.path as string, database_error: null, migration: null, clock: null, first_start: false, protected: false }),
    });
    render(DatabaseProblem, { error: DAMAGED, path: PATH });
    const user = userEvent.setup();
    expect(await screen.findByText("No backups of this file were found.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Open another file…" }));
    expect(calls.find((c) => c.command === "open_database")?.args).toEqual({ path: other });
    expect(await screen.findByRole("status")).toHaveTextContent(`Opened ${other}. HRC Planner uses it until you close it.`);
    await user.click(screen.getByRole("button", { name: "Continue to HRC Planner" }));
    expect(reloadApp).toHaveBeenCalledOnce();
  });

  it("does nothing when the dialog is cancelled, and says why another file cannot be opened", async () => {
    let chosen: string | null = null;
    const calls = fakeCommands({
      list_backups: () => [],
      "plugin:dialog|open": () => chosen,
      open_database: () => {
        throw coreError("not_a_database", "/tmp/photos.db is not a readable HRC Planner database: it is an SQLite database of another program");
      },
    });
    render(DatabaseProblem, { error: DAMAGED, path: PATH });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Open another file…" }));
    expect(calls.some((c) => c.command === "open_database")).toBe(false);

    chosen = "/tmp/photos.db";
    await user.click(screen.getByRole("button", { name: "Open another file…" }));
    expect(await screen.findByText(/That file could not be opened either: .*another program/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "What you can do" })).toBeInTheDocument();
  });

  it("starts a new database after one more question, and says where the old file went", async () => {
    const moved = "/home/ana/.local/share/hrc-planner/hrc-planner-set-aside-2018-06-28T080000.000Z.db";
    const calls = fakeCommands({ list_backups: () => [], start_new_database: () => moved });
    render(DatabaseProblem, { error: DAMAGED, path: PATH });
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Start a new empty database…" }));
    const confirm = screen.getByRole("group", { name: "Confirm starting a new database" });
    await user.click(within(confirm).getByRole("button", { name: "Cancel" }));
    expect(calls.some((c) => c.command === "start_new_database")).toBe(false);

    await user.click(screen.getByRole("button", { name: "Start a new empty database…" }));
    await user.click(screen.getByRole("button", { name: "Start a new database" }));
    expect(await screen.findByRole("status")).toHaveTextContent(`was moved to ${moved}. A new, empty database is ready`);
    expect(screen.getByRole("button", { name: "Continue to HRC Planner" })).toHaveFocus();
  });

  it("tells the person to update for a newer database, and still offers the ways forward", async () => {
    fakeCommands({ list_backups: () => [OLDER] });
    render(DatabaseProblem, {
      error: coreError("newer_database", "this database was written by a newer version of HRC Planner"),
      path: PATH,
    });
    expect(screen.getByText(/install the newest version of HRC Planner/)).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: /^Restore the backup of 26 June 2018/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Open another file…" })).toBeInTheDocument();
  });

  it("offers only another file when there is no database path at all", () => {
    const calls = fakeCommands({});
    render(DatabaseProblem, { error: coreError("io", "file error: no home directory"), path: null });
    expect(screen.getByRole("button", { name: "Open another file…" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Restore a backup" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Start a new empty database…" })).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });
});
