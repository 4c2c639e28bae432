// Date fields read and write dates day first: typed in any day-first form and shown as "25 Jun 2018", refused with a
// message naming the field when they are no date (nothing sent), and chosen on a calendar driven by the keyboard
// that opens on a sensible day.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MeetingInput, SessionInput } from "../lib/bindings";
import { clock } from "../lib/clock.svelte";
import { clearMocks, fakeCommands } from "../test/fake-commands";
import DateField from "./DateField.svelte";
import MeetingForm from "./MeetingForm.svelte";
import SessionForm from "./SessionForm.svelte";
import { HRC38 } from "../test/side-event-data";

afterEach(() => {
  clearMocks();
  clock.live();
});

const attrs = (id: string) => ({ id, class: "input", "aria-invalid": undefined, "aria-describedby": undefined });

/** The new session form, its first and last days typed as given; what it sent the core. */
async function createSession(start: string, end: string) {
  const calls = fakeCommands({ create_session: ({ input }) => ({ ...(input as SessionInput), id: "s" }) });
  const onSaved = vi.fn();
  const user = userEvent.setup();
  render(SessionForm, { onSaved, onCancel: vi.fn() });
  await user.type(screen.getByLabelText("Number"), "38");
  await user.type(screen.getByRole("textbox", { name: "First day" }), start);
  await user.type(screen.getByRole("textbox", { name: "Last day" }), end);
  await user.click(screen.getByRole("button", { name: "Create session" }));
  return { calls, onSaved, user };
}

describe("DateField", () => {
  it("shows a date day first, with the month in letters", () => {
    render(DateField, { attrs: attrs("d"), label: "Day", value: "2018-06-25" });
    expect(screen.getByRole("textbox")).toHaveValue("25 Jun 2018");
  });

  it("reads what is typed day first and sends the core the date", async () => {
    const { calls } = await createSession("18/06/2018", "6 July 2018");
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const input = calls[0].args.input as SessionInput;
    expect([input.start_date, input.end_date]).toEqual(["2018-06-18", "2018-07-06"]);
    expect(screen.getByRole("textbox", { name: "First day" })).toHaveValue("18 Jun 2018");
    expect(screen.getByRole("textbox", { name: "Last day" })).toHaveValue("6 Jul 2018");
  });

  it("refuses a month-first date, naming the field, and sends nothing", async () => {
    const { calls, onSaved } = await createSession("06192018", "06/25/2018");
    const first = screen.getByRole("textbox", { name: "First day" });
    const message = "First day: “06192018” is not a date. Type the day first, e.g. 25/06/2018 or 25 June 2018.";
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(first).toHaveAttribute("aria-invalid", "true");
    expect(first).toHaveAccessibleDescription(message);
    expect(first).toHaveFocus();
    expect(first).toHaveValue("06192018"); // kept as typed, to be put right
    expect(screen.getByText(/^Last day: “06\/25\/2018” is not a date/)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("chooses a day on the calendar with the keyboard alone", async () => {
    const user = userEvent.setup();
    render(DateField, { attrs: attrs("d"), label: "Day", value: "2018-06-27" });
    const input = screen.getByRole("textbox");
    input.focus();
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");

    const calendar = screen.getByRole("dialog", { name: "June 2018" });
    const grid = within(calendar).getByRole("grid", { name: "June 2018" });
    expect(within(grid).getByRole("button", { name: "Wednesday 27 June 2018" })).toHaveFocus();
    await user.keyboard("{ArrowRight}{ArrowDown}");
    expect(within(grid).getByRole("button", { name: "Thursday 5 July 2018" })).toHaveFocus();
    expect(screen.getByRole("dialog", { name: "July 2018" })).toBeInTheDocument();
    await user.keyboard("{PageUp}{Home}");
    expect(screen.getByRole("button", { name: "Monday 4 June 2018" })).toHaveFocus();
    await user.keyboard("{Enter}");

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(input).toHaveValue("4 Jun 2018");
    expect(input).toHaveFocus();
  });

  it("closes the calendar with Esc, back in the field, the date unchanged", async () => {
    const user = userEvent.setup();
    render(DateField, { attrs: attrs("d"), label: "Day", value: "2018-06-27" });
    await user.click(screen.getByRole("button", { name: "Choose day on a calendar" }));
    await user.keyboard("{ArrowRight}{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("textbox")).toHaveValue("27 Jun 2018");
    expect(screen.getByRole("textbox")).toHaveFocus();
  });

  it("does not choose a day outside the session", async () => {
    const user = userEvent.setup();
    render(DateField, { attrs: attrs("d"), label: "Day", value: "2018-06-18", min: "2018-06-18", max: "2018-07-06" });
    await user.click(screen.getByRole("button", { name: "Choose day on a calendar" }));
    const before = screen.getByRole("button", { name: "Sunday 17 June 2018" });
    expect(before).toHaveAttribute("aria-disabled", "true");
    await user.click(before);
    expect(screen.getByRole("textbox")).toHaveValue("18 Jun 2018");
  });

  it("marks the core's today at the clock on the calendar", async () => {
    const calls = fakeCommands({ geneva_today: () => "2018-06-27" });
    await clock.set("2018-06-27 12:30");
    expect(calls).toEqual([{ command: "geneva_today", args: { at: "2018-06-27 12:30" } }]);
    const user = userEvent.setup();
    render(DateField, { attrs: attrs("d"), label: "Day", value: "" });
    await user.click(screen.getByRole("button", { name: "Choose day on a calendar" }));
    const today = screen.getByRole("button", { name: "Wednesday 27 June 2018" });
    expect(today).toHaveAttribute("aria-current", "date");
    expect(today).toHaveFocus(); // empty: it opens on today
  });

  it("asks the core for today when the calendar opens before it has answered", async () => {
    const calls = fakeCommands({ geneva_today: () => "2018-06-27" });
    render(DateField, { attrs: attrs("d"), label: "Day", value: "" });
    await userEvent.setup().click(screen.getByRole("button", { name: "Choose day on a calendar" }));
    expect(await screen.findByRole("button", { name: "Wednesday 27 June 2018" })).toHaveFocus();
    expect(calls).toEqual([{ command: "geneva_today", args: { at: null } }]);
  });
});

describe("a new meeting's day", () => {
  /** The form with the clock set to `at`, on the day the core gives for it (`today`). */
  async function renderForm(at: string, today: string) {
    fakeCommands({ create_meeting: ({ input }) => ({ ...(input as MeetingInput), id: "m" }), geneva_today: () => today });
    await clock.set(at);
    render(MeetingForm, { session: HRC38, onSaved: vi.fn(), onCancel: vi.fn() });
  }

  it("is today while the session runs, and its calendar opens there (not on the week's Monday)", async () => {
    await renderForm("2018-06-27 12:30", "2018-06-27");
    const day = screen.getByRole("textbox", { name: "Day" });
    expect(day).toHaveValue("27 Jun 2018");
    await userEvent.setup().click(screen.getByRole("button", { name: "Choose day on a calendar" }));
    expect(screen.getByRole("button", { name: "Wednesday 27 June 2018" })).toHaveFocus();
  });

  it("is the session's first day outside it", async () => {
    await renderForm("2018-08-14 10:00", "2018-08-14");
    expect(screen.getByRole("textbox", { name: "Day" })).toHaveValue("18 Jun 2018");
  });
});
