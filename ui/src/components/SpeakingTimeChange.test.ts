// A meeting's speaking time changed in its form: the core's preview says what happens to the statements due there
// ("Limit now 1:30 — 1 statement over", each one's old and new limit and measured length), a button sets it and updates
// them; nothing shows while no statement follows or the time typed is out of range, and only the latest answer counts.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SpeakingTimeChange as Change } from "../lib/bindings";
import { clearMocks, coreError, fakeCommands, invalid } from "../test/fake-commands";
import SpeakingTimeChange from "./SpeakingTimeChange.svelte";

const MEETING = "01a23f2e-10bc-734a-875e-390ea93ce1d3";

const follows = (title: string, estimated: number, over: boolean) => ({
  statement_id: `id-${title}`,
  meeting_id: MEETING,
  title,
  old_limit_seconds: 120,
  new_limit_seconds: 90,
  estimated_seconds: estimated,
  over_limit: over,
});

const CHANGE: Change = {
  old_seconds: 120,
  new_seconds: 90,
  statements: [follows("Item 4 general debate", 112, true), follows("Burundi", 80, false)],
  over: 1,
};

afterEach(clearMocks);

describe("a meeting's speaking time changed", () => {
  it("lists the statements that follow and which would be over", async () => {
    const calls = fakeCommands({ preview_speaking_time: () => CHANGE });
    render(SpeakingTimeChange, { meetingId: MEETING, seconds: 90 });
    expect(await screen.findByText("Limit now 1:30 — 1 statement over")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Limit now 1:30 — 1 statement over");
    const items = screen.getAllByRole("listitem").map((li) => li.textContent?.replace(/\s+/g, " ").trim());
    expect(items).toEqual(["Item 4 general debate 2:00 → 1:30, measured 1:52 over", "Burundi 2:00 → 1:30, measured 1:20"]);
    expect(screen.getByRole("button", { name: "Set 1:30 and update 2 statements" })).toBeInTheDocument();
    expect(calls).toEqual([{ command: "preview_speaking_time", args: { meetingId: MEETING, seconds: 90 } }]);
  });

  it("says none would be over when all fit", async () => {
    fakeCommands({ preview_speaking_time: () => ({ ...CHANGE, statements: [CHANGE.statements[1]], over: 0 }) });
    render(SpeakingTimeChange, { meetingId: MEETING, seconds: 90 });
    expect(await screen.findByText("Limit now 1:30 — 1 statement follows, none over")).toBeInTheDocument();
  });

  it("sets the time and updates the statements on confirmation", async () => {
    const onapplied = vi.fn();
    const calls = fakeCommands({ preview_speaking_time: () => CHANGE, set_speaking_time: () => CHANGE });
    render(SpeakingTimeChange, { meetingId: MEETING, seconds: 90, onapplied });
    await userEvent.click(await screen.findByRole("button", { name: "Set 1:30 and update 2 statements" }));
    expect(calls.at(-1)).toEqual({ command: "set_speaking_time", args: { meetingId: MEETING, seconds: 90 } });
    expect(onapplied).toHaveBeenCalledWith(CHANGE);
    expect(screen.getByRole("status")).toHaveTextContent("2 statements now held to 1:30.");
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("shows nothing while no statement follows or the time is out of range", async () => {
    const cases: [string, () => unknown][] = [
      ["none follows", () => ({ ...CHANGE, statements: [], over: 0 })],
      [
        "out of range",
        () => {
          throw invalid("speaking_seconds", "out_of_range", "must be between 10 and 1,800 seconds");
        },
      ],
    ];
    for (const [what, answer] of cases) {
      const calls = fakeCommands({ preview_speaking_time: answer });
      const { unmount } = render(SpeakingTimeChange, { meetingId: MEETING, seconds: 5000 });
      await vi.waitFor(() => expect(calls).toHaveLength(1));
      await Promise.resolve();
      expect(screen.getByRole("status"), what).toHaveTextContent("");
      expect(screen.queryByRole("button"), what).not.toBeInTheDocument();
      expect(screen.queryByRole("alert"), what).not.toBeInTheDocument();
      unmount();
    }
  });

  it("says why when the update fails", async () => {
    fakeCommands({
      preview_speaking_time: () => CHANGE,
      set_speaking_time: () => {
        throw coreError("storage", "the database file could not be written");
      },
    });
    render(SpeakingTimeChange, { meetingId: MEETING, seconds: 90 });
    await userEvent.click(await screen.findByRole("button", { name: /^Set 1:30/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent("the database file could not be written");
  });

  it("asks again when the time typed changes, and shows only the latest answer", async () => {
    let release: (c: Change) => void = () => {};
    const slow = new Promise<Change>((resolve) => (release = resolve));
    const calls = fakeCommands({
      preview_speaking_time: (args) => (args.seconds === 60 ? slow : { ...CHANGE, new_seconds: 75 }),
    });
    const { rerender } = render(SpeakingTimeChange, { meetingId: MEETING, seconds: 60 });
    await rerender({ meetingId: MEETING, seconds: 75 });
    expect(await screen.findByText("Limit now 1:15 — 1 statement over")).toBeInTheDocument();
    release({ ...CHANGE, new_seconds: 60 });
    await slow;
    await Promise.resolve();
    expect(screen.getByRole("status")).toHaveTextContent("Limit now 1:15 — 1 statement over");
    expect(calls.map((c) => c.args.seconds)).toEqual([60, 75]);
  });
});
