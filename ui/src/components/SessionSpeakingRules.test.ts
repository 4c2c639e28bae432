// A session's speaking rules beside its form: listed by kind of meeting, set from what is typed ("1:30"), changed and
// cleared at once, the statements that follow said; a time that is no time and the core's refusals under the field.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SessionSpeakingRule, SpeakingTimeChange } from "../lib/bindings";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import SessionSpeakingRules from "./SessionSpeakingRules.svelte";

afterEach(clearMocks);

const SESSION = { id: "s38", name: "HRC38" };
const rule = (meeting_kind: SessionSpeakingRule["meeting_kind"], speaking_seconds: number): SessionSpeakingRule => ({
  session_id: "s38",
  meeting_kind,
  speaking_seconds,
});
const change = (old_seconds: number, new_seconds: number, follow: number, over: number): SpeakingTimeChange => ({
  old_seconds,
  new_seconds,
  statements: Array.from({ length: follow }, (_, i) => ({
    statement_id: `st${i}`,
    meeting_id: "m1",
    title: `Statement ${i}`,
    old_limit_seconds: old_seconds,
    new_limit_seconds: new_seconds,
    estimated_seconds: 100,
    over_limit: i < over,
  })),
  over,
});

describe("SessionSpeakingRules", () => {
  it("lists the session's rules by kind of meeting", async () => {
    fakeCommands({ speaking_rules: () => [rule("interactive-dialogue", 90), rule("general-debate", 120)] });
    render(SessionSpeakingRules, { session: SESSION });
    const table = await screen.findByRole("table", { name: "Speaking rules of HRC38" });
    const rows = within(table).getAllByRole("row").slice(1);
    const cells = (row: HTMLElement) => [...row.querySelectorAll("th, td")].map((c) => c.textContent?.replace(/\s+/g, " ").trim());
    expect(rows.map(cells)).toEqual([
      ["Interactive dialogue", "1:30", "Change Clear"],
      ["General debate", "2:00", "Change Clear"],
    ]);
  });

  it("sets a rule from the time typed and says which statements follow", async () => {
    let stored: SessionSpeakingRule[] = [];
    const calls = fakeCommands({
      speaking_rules: () => stored,
      set_speaking_rule: ({ meetingKind, seconds }) => {
        stored = [rule(meetingKind as SessionSpeakingRule["meeting_kind"], seconds as number)];
        return change(120, 90, 3, 1);
      },
    });
    render(SessionSpeakingRules, { session: SESSION });
    const user = userEvent.setup();
    expect(await screen.findByText(/No speaking rule yet/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Kind of meeting"), "panel");
    await user.type(screen.getByLabelText("Observers and NGOs"), "1:30{Enter}");

    expect(await screen.findByRole("status")).toHaveTextContent("Panel discussion: 1:30 for observers and NGOs — 3 statements follow, 1 over.");
    expect(calls.find((c) => c.command === "set_speaking_rule")!.args).toEqual({ sessionId: "s38", meetingKind: "panel", seconds: 90 });
    expect(await screen.findByRole("rowheader", { name: "Panel discussion" })).toBeInTheDocument();
    expect(screen.getByLabelText("Observers and NGOs")).toHaveValue("");
  });

  it("refuses a time that is no time under the field, asking nothing of the core", async () => {
    const calls = fakeCommands({ speaking_rules: () => [] });
    render(SessionSpeakingRules, { session: SESSION });
    const user = userEvent.setup();
    const time = screen.getByLabelText("Observers and NGOs");
    await user.type(time, "a minute and a half");
    await user.click(screen.getByRole("button", { name: "Set speaking time" }));

    await vi.waitFor(() => expect(time).toHaveAttribute("aria-invalid", "true"));
    expect(time).toHaveAccessibleDescription(/The limit is minutes and seconds, such as 1:30/);
    expect(time).toHaveFocus();
    expect(time).toHaveValue("a minute and a half");
    expect(calls.map((c) => c.command)).toEqual(["speaking_rules"]);
  });

  it("says the core's refusal under the field it names", async () => {
    fakeCommands({
      speaking_rules: () => [],
      set_speaking_rule: () => {
        throw invalid("speaking_seconds", "out_of_range", "must be 10 to 1800 seconds");
      },
    });
    render(SessionSpeakingRules, { session: SESSION });
    const user = userEvent.setup();
    const time = screen.getByLabelText("Observers and NGOs");
    await user.type(time, "5{Enter}");

    await vi.waitFor(() => expect(time).toHaveAccessibleDescription(/must be 10 to 1800 seconds/));
    expect(time).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("");
  });

  it("puts a rule in the form to change it, and clears one", async () => {
    let stored = [rule("interactive-dialogue", 90), rule("general-debate", 120)];
    const calls = fakeCommands({
      speaking_rules: () => stored,
      clear_speaking_rule: () => {
        stored = stored.filter((r) => r.meeting_kind !== "general-debate");
        return change(120, 90, 0, 0);
      },
    });
    render(SessionSpeakingRules, { session: SESSION });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Change Interactive dialogue" }));
    expect(screen.getByLabelText("Kind of meeting")).toHaveValue("interactive-dialogue");
    const time = screen.getByLabelText("Observers and NGOs");
    expect(time).toHaveValue("1:30");
    expect(time).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Clear General debate" }));
    expect(await screen.findByRole("status")).toHaveTextContent("General debate: the settings' default applies again (1:30) — no statement follows.");
    expect(calls.find((c) => c.command === "clear_speaking_rule")!.args).toEqual({ sessionId: "s38", meetingKind: "general-debate" });
    await vi.waitFor(() => expect(screen.queryByRole("rowheader", { name: "General debate" })).not.toBeInTheDocument());
    expect(screen.getByLabelText("Kind of meeting")).toHaveFocus();
  });
});
