// Deliver mode: the text large and sized by keys, the countdown on fake timers (Space, Reset, the last 15 s, over),
// "Mark delivered…" asking once, then recording the time (or saying why not, staying open), and leaving with Esc.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Statement } from "../lib/bindings";
import { clearMocks, coreError, fakeCommands } from "../test/fake-commands";
import DeliverMode from "./DeliverMode.svelte";
import { GD4, HRC38, statement, timing } from "../test/statement-data";

const GD: Statement = {
  ...HRC38[1],
  text: "Mr President,\n\nThe Commission of Inquiry on **Burundi** documents continuing grave violations.\n\nThank you.",
  timing: timing({ word_count: 180, estimated_seconds: 72 }),
};

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  clearMocks();
});

function setup(over: Record<string, unknown> = {}, commands: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  const calls = fakeCommands({ get_meeting: () => GD4, ...commands });
  const onclose = vi.fn();
  const ondelivered = vi.fn();
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const view = render(DeliverMode, { statement: GD, onclose, ondelivered, ...over });
  return { calls, onclose, ondelivered, user, view };
}

const clock = () => screen.getByRole("timer");
const textPane = () => screen.getByRole("region", { name: "Statement text" });
/** Marks it delivered as a person does: the quiet button, then the confirmation. */
async function markDelivered(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: /^Mark delivered/ }));
  await user.click(screen.getByRole("button", { name: "Yes, mark delivered" }));
}
/** Lets the countdown's ticks run for `ms` of fake time. */
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe("DeliverMode", () => {
  it("is a modal dialog with the text large, the speaker, the meeting, the agenda item and the limit", async () => {
    const { calls } = setup();

    const dialog = screen.getByRole("dialog", { name: GD.title });
    expect(dialog).toHaveAttribute("aria-modal", "true");
    const text = within(textPane()).getByText(/documents continuing grave violations/).closest(".text") as HTMLElement;
    expect(text.style.fontSize).toBe("28px");
    expect(within(text).getByText("Burundi").tagName).toBe("STRONG");
    expect(dialog).toHaveTextContent("Salma El Hosseiny");
    expect(dialog).toHaveTextContent("Item 4 · Situations that require the Council's attention");
    expect(dialog).toHaveTextContent(/Limit\s*1:30/);
    expect(dialog).not.toHaveTextContent("90 s");
    await vi.waitFor(() => expect(dialog).toHaveTextContent("Tue 26 Jun, 15:00–18:00 · General debate on item 4 · Room XX"));
    expect(calls.find((c) => c.command === "get_meeting")?.args).toEqual({ id: GD4.id });
    expect(dialog).toHaveTextContent("About 1 min 12 s at 150 words a minute · 180 words");
    expect(clock()).toHaveTextContent("1:30");
    // The keyboard starts on Start: Space or Enter sets the clock going.
    expect(screen.getByRole("button", { name: /^Start/ })).toHaveFocus();
  });

  it("counts down while running, pauses and resumes with Space, and resets", async () => {
    const { user } = setup();

    await user.click(screen.getByRole("button", { name: /^Start/ }));
    await wait(10_000);
    expect(clock()).toHaveTextContent("1:20");
    expect(clock()).toHaveAccessibleName("1 min 20 s left");

    // Space from anywhere outside a button (here the text) pauses and resumes.
    textPane().focus();
    await user.keyboard(" ");
    expect(screen.getByRole("button", { name: /^Resume/ })).toBeInTheDocument();
    expect(clock().closest(".clock")).toHaveTextContent("of 1:30 · paused");
    await wait(30_000);
    expect(clock()).toHaveTextContent("1:20");
    await user.keyboard(" ");
    await wait(5_000);
    expect(clock()).toHaveTextContent("1:15");

    // On the focused Start/Pause button, Space is the button's own.
    screen.getByRole("button", { name: /^Pause/ }).focus();
    await user.keyboard(" ");
    expect(screen.getByRole("button", { name: /^Resume/ })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(clock()).toHaveTextContent("1:30");
    expect(screen.getByRole("button", { name: /^Start/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reset" })).toBeDisabled();
  });

  it("turns to the warning colour in the last 15 seconds and shows the time over the limit", async () => {
    const { user } = setup();
    const panel = () => clock().closest(".clock") as HTMLElement;

    await user.click(screen.getByRole("button", { name: /^Start/ }));
    await wait(74_000);
    expect(clock()).toHaveTextContent("0:16");
    expect(panel()).toHaveAttribute("data-tone", "calm");
    await wait(1_000);
    expect(clock()).toHaveTextContent("0:15");
    expect(panel()).toHaveAttribute("data-tone", "warning");
    expect(screen.getByText("15 s left", { selector: "[aria-live]" })).toBeInTheDocument();

    await wait(22_000);
    expect(clock()).toHaveTextContent("+0:07 over");
    expect(panel()).toHaveAttribute("data-tone", "over");
    expect(clock()).toHaveAccessibleName("7 s over");
  });

  it("marks it delivered at the time given, shows the time and tells the caller", async () => {
    const stored: Statement = { ...GD, status: "delivered", delivered_at: "2018-06-27T11:12:00.000Z" };
    const { calls, ondelivered, onclose, user } = setup({ at: "2018-06-27 13:12" }, { deliver_statement: () => stored });

    await user.click(screen.getByRole("button", { name: /^Start/ }));
    await wait(65_000);
    // The live region is there, empty, before the delivery is said in it (so that it is announced).
    expect(screen.getByRole("status")).toHaveTextContent("");
    await markDelivered(user);

    await screen.findByText(/Delivered at 13:12/);
    expect(screen.getByRole("status")).toHaveTextContent("✓ Delivered at 13:12");
    expect(calls.find((c) => c.command === "deliver_statement")?.args).toEqual({ id: GD.id, at: "2018-06-27 13:12" });
    expect(ondelivered).toHaveBeenCalledWith(stored);
    expect(onclose).not.toHaveBeenCalled();
    // The speaking is over: the clock stopped where it was.
    await wait(10_000);
    expect(clock()).toHaveTextContent("0:25");
    expect(screen.getByRole("status")).toHaveTextContent("Spoken for 1:05");
    expect(screen.queryByRole("button", { name: /^Mark delivered/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Leave/ })).toHaveFocus();
  });

  it("keeps Mark delivered quiet and apart from Start, and asks once before recording anything", async () => {
    const { calls, ondelivered, user } = setup({ at: "2018-06-27 13:12" }, { deliver_statement: () => ({ ...GD, status: "delivered", delivered_at: "2018-06-27T11:12:00.000Z" }) });
    const start = screen.getByRole("button", { name: /^Start/ });
    const mark = screen.getByRole("button", { name: "Mark delivered…" });
    expect(start).toHaveClass("primary");
    expect(mark).not.toHaveClass("primary");
    expect(mark).not.toHaveClass("big");

    // A click by mistake only asks; "Not yet" (focused) and Esc put it back, nothing recorded.
    await user.click(mark);
    expect(screen.getByRole("group", { name: "Record it as delivered at 13:12?" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Not yet" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Not yet" }));
    expect(screen.getByRole("button", { name: "Mark delivered…" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Mark delivered…" }));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: /Record it as delivered/ })).not.toBeInTheDocument();
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(calls.some((c) => c.command === "deliver_statement")).toBe(false);
    expect(ondelivered).not.toHaveBeenCalled();

    await markDelivered(user);
    await screen.findByText(/Delivered at 13:12/);
    expect(ondelivered).toHaveBeenCalledTimes(1);
  });

  it("has no hover tooltips over the limit and the timer", () => {
    setup();
    expect(screen.getByRole("dialog").querySelectorAll("[title]")).toHaveLength(0);
    expect(screen.getByRole("dialog")).toHaveTextContent(/Limit\s*1:30/);
  });

  it("records now when no clock is set by hand", async () => {
    const { calls, user } = setup({}, { deliver_statement: () => ({ ...GD, status: "delivered", delivered_at: "2018-06-27T11:12:00.000Z" }) });
    await markDelivered(user);
    await screen.findByText(/Delivered at 13:12/);
    expect(calls.find((c) => c.command === "deliver_statement")?.args).toEqual({ id: GD.id, at: null });
  });

  it("says in words why it could not be marked delivered, and stays open to try again", async () => {
    let fail = true;
    const { ondelivered, onclose, user } = setup(
      {},
      {
        deliver_statement: () => {
          if (fail) throw coreError("storage", "the database is locked");
          return { ...GD, status: "delivered", delivered_at: "2018-06-27T11:12:00.000Z" };
        },
      },
    );

    await markDelivered(user);
    expect(await screen.findByRole("alert")).toHaveTextContent("It was not marked delivered: the database is locked");
    expect(ondelivered).not.toHaveBeenCalled();
    expect(onclose).not.toHaveBeenCalled();
    expect(screen.getByRole("dialog")).toBeInTheDocument();

    fail = false;
    await markDelivered(user);
    await screen.findByText(/Delivered at 13:12/);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(ondelivered).toHaveBeenCalledTimes(1);
  });

  it("leaves with Esc at once when the timer is still", async () => {
    const { onclose, user } = setup();
    await user.click(screen.getByRole("button", { name: /^Start/ }));
    await wait(3_000);
    await user.click(screen.getByRole("button", { name: /^Pause/ }));
    await user.keyboard("{Escape}");
    expect(onclose).toHaveBeenCalledTimes(1);
  });

  it("asks before leaving while the timer runs", async () => {
    const { onclose, user } = setup();

    await user.click(screen.getByRole("button", { name: /^Start/ }));
    await user.keyboard("{Escape}");
    expect(onclose).not.toHaveBeenCalled();
    expect(screen.getByText("The timer is running. Leave deliver mode?")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Stay" })).toHaveFocus();
    // Esc again (or Stay) stays, and the clock never stopped.
    await user.keyboard("{Escape}");
    expect(screen.queryByText("The timer is running. Leave deliver mode?")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Pause/ })).toHaveFocus();

    await user.keyboard("{Escape}");
    await user.click(within(screen.getByRole("group", { name: /Leave deliver mode/ })).getByRole("button", { name: "Leave" }));
    expect(onclose).toHaveBeenCalledTimes(1);
  });

  it("sizes the text with the buttons and Ctrl+= / Ctrl+-, and remembers the size", async () => {
    const { user, view } = setup();
    const size = () => (screen.getByText(/documents continuing/).closest(".text") as HTMLElement).style.fontSize;

    await user.click(screen.getByRole("button", { name: "A+, larger text" }));
    expect(size()).toBe("32px");
    await user.keyboard("{Control>}={/Control}");
    expect(size()).toBe("38px");
    await user.keyboard("{Control>}-{/Control}{Control>}-{/Control}");
    expect(size()).toBe("28px");
    await user.click(screen.getByRole("button", { name: "A−, smaller text" }));
    expect(size()).toBe("24px");

    view.unmount();
    setup();
    expect(size()).toBe("24px");
  });

  it("keeps the app's shortcuts from leaving it (Alt+1, Ctrl+K)", async () => {
    setup();
    for (const init of [{ key: "1", code: "Digit1", altKey: true }, { key: "k", code: "KeyK", ctrlKey: true }]) {
      const event = new KeyboardEvent("keydown", { ...init, bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
    }
  });

  it("has no timer for a written statement: it says so and shows the words against the limit", () => {
    setup({ statement: HRC38[0] });

    expect(screen.queryByRole("timer")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Start/ })).not.toBeInTheDocument();
    const dialog = screen.getByRole("dialog");
    expect(dialog).toHaveTextContent("A written statement is not spoken, so there is no timer.");
    expect(dialog).toHaveTextContent("727 of 2,000 words");
    expect(screen.getByRole("button", { name: /^Leave/ })).toHaveFocus();
  });

  it("says when the text is longer than the limit at this pace, and counts up without a limit", () => {
    setup({ statement: statement({ id: "long", title: "Long", limit_seconds: null, timing: timing({ estimated_seconds: 100, limit_seconds: null }) }) });
    expect(clock()).toHaveTextContent("0:00 spoken");
    expect(screen.getByRole("dialog")).toHaveTextContent("No limit set: the clock counts up.");
  });

  it("shows when an already delivered statement was delivered", () => {
    setup({ statement: { ...GD, status: "delivered", delivered_at: "2018-06-27T11:12:00.000Z" } });
    expect(screen.getByRole("status")).toHaveTextContent("Delivered 27 June 2018, 13:12");
    expect(screen.getByRole("button", { name: "Mark delivered now…" })).toBeInTheDocument();
  });

  it("says how much over the limit the text runs at this pace", () => {
    setup({ statement: { ...GD, timing: timing({ word_count: 240, estimated_seconds: 96, over_limit: true, words_to_cut: 15 }) } });
    expect(screen.getByRole("dialog")).toHaveTextContent("6 s longer than the limit at this pace.");
  });
});
