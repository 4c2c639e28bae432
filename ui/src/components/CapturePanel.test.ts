// Note capture: Ctrl+Shift+N from anywhere asks the core for a note at the clock's time in the session of the day,
// opens it with the keyboard in its text, saves as you type, and Esc saves and closes; an empty note is not kept;
// between sessions it uses the chosen session, and with none it says why in the core's words.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { Note, NoteInput, Today } from "../lib/bindings";
import { capture } from "../lib/capture.svelte";
import { clock } from "../lib/clock.svelte";
import { router } from "../lib/router.svelte";
import { sessions } from "../lib/sessions.svelte";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import KeyboardShortcuts from "./KeyboardShortcuts.svelte";
import { AT_1230, BETWEEN, GD4, HRC38, HRC39, note } from "../test/today-data";

afterEach(async () => {
  if (capture.open) await capture.finish(null);
  clearMocks();
  clock.live();
  router.closeSession();
  router.go("sessions");
  sessions.summaries = [];
});

const NO_SESSION = "no session is running on 2018-08-14: open a session to take a note in it";

/** The shell with `today` answering `day`, and notes kept in memory as the core keeps them. */
function fakeShell(day: Today = AT_1230) {
  let stored: Note[] = [];
  const calls = fakeCommands({
    today: () => day,
    capture_note: ({ sessionId }) => {
      const id = (sessionId as string | null) ?? day.session?.id ?? null;
      if (id === null) throw invalid("session", "no_session_running", NO_SESSION, { date: "2018-08-14" });
      const running = day.session?.id === id ? (day.current[0]?.meeting ?? null) : null;
      const n = note(`n-captured-${stored.length + 1}`, "", day.now, running?.id ?? null, running?.agenda_items[0] ?? null);
      stored = [...stored, { ...n, session_id: id }];
      return stored.at(-1);
    },
    update_note: ({ id, input }) => {
      const old = stored.find((n) => n.id === id)!;
      const i = input as NoteInput;
      const updated = { ...old, body: i.body, meeting_id: i.meeting_id, agenda_item: i.agenda_item, situation_id: i.situation_id, updated_at: "2018-06-27T10:31:00.000Z" };
      stored = stored.map((n) => (n.id === id ? updated : n));
      return updated;
    },
    delete_note: ({ id }) => {
      stored = stored.filter((n) => n.id !== id);
    },
    list_meetings: () => [GD4],
    list_situations: () => [],
    list_key_issues: () => [],
    list_statements: () => [],
  });
  const of = (command: string) => calls.filter((c) => c.command === command);
  return { of, stored: () => stored };
}

const CAPTURE = "{Control>}{Shift>}N{/Shift}{/Control}";

describe("note capture", () => {
  it("opens a note linked to the meeting running, at the clock set by hand, ready for typing; Esc saves and closes", async () => {
    clock.set("2018-06-27 12:30");
    sessions.summaries = [{ session: HRC38, timing: { phase: "current", days_to_start: -9, days_to_end: 9, day_number: 10, total_days: 19 }, statements: 0, side_events: 0, notes: 0 }];
    const fake = fakeShell();
    render(KeyboardShortcuts);
    const user = userEvent.setup();
    const changes = capture.changes;

    await user.keyboard(CAPTURE);
    const panel = await screen.findByRole("dialog", { name: /New note/ });
    expect(fake.of("capture_note")[0].args).toEqual({ at: "2018-06-27 12:30", sessionId: HRC38.id });
    expect(panel).toHaveTextContent("New note Wed 27 Jun, 12:30");
    expect(panel).toHaveTextContent("HRC38 · taken during General debate on item 4, Room XX");
    const body = within(panel).getByLabelText("What is said");
    await expect.poll(() => document.activeElement).toBe(body);
    await expect.poll(() => (within(panel).getByLabelText("Meeting") as HTMLSelectElement).value).toBe(GD4.id);
    expect(within(panel).getByLabelText("Agenda item")).toHaveValue("4");

    await user.keyboard("Eritrea: six States call for the mandate to be renewed");
    await user.keyboard("{Escape}");

    await expect.poll(() => capture.open).toBe(false);
    expect(fake.stored().map((n) => n.body)).toEqual(["Eritrea: six States call for the mandate to be renewed"]);
    expect(fake.of("update_note").at(-1)?.args).toMatchObject({ id: "n-captured-1", input: { meeting_id: GD4.id, agenda_item: 4, taken_at: null } });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(capture.changes).toBe(changes + 1);
  });

  it("works from inside a text box, and goes back to the open note when pressed again", async () => {
    const fake = fakeShell();
    render(KeyboardShortcuts);
    const box = document.createElement("textarea");
    document.body.append(box);
    const user = userEvent.setup();
    await user.click(box);

    await user.keyboard(CAPTURE);
    const body = await screen.findByLabelText("What is said");
    await user.keyboard("abc");
    box.focus();
    await user.keyboard(CAPTURE);
    await expect.poll(() => document.activeElement).toBe(body);
    expect(fake.of("capture_note")).toHaveLength(1);
    expect(box).toHaveValue("");
    box.remove();
  });

  it("keeps no note when nothing was typed", async () => {
    const fake = fakeShell();
    render(KeyboardShortcuts);
    const user = userEvent.setup();
    await user.keyboard(CAPTURE);
    await screen.findByLabelText("What is said");
    await user.keyboard("{Escape}");
    await expect.poll(() => fake.of("delete_note").map((c) => c.args.id)).toEqual(["n-captured-1"]);
    expect(fake.stored()).toEqual([]);
  });

  it("between sessions takes the note in the session chosen in the sidebar", async () => {
    sessions.summaries = [{ session: HRC39, timing: { phase: "upcoming", days_to_start: 27, days_to_end: 45, day_number: null, total_days: 19 }, statements: 0, side_events: 0, notes: 0 }];
    router.openSession(HRC39.id);
    const fake = fakeShell(BETWEEN);
    render(KeyboardShortcuts);
    await userEvent.setup().keyboard(CAPTURE);
    const panel = await screen.findByRole("dialog", { name: /New note/ });
    expect(fake.of("capture_note")[0].args).toEqual({ at: null, sessionId: HRC39.id });
    expect(panel).toHaveTextContent("HRC39 · no meeting was running");
  });

  it("with no session running and none chosen, says so in the core's words", async () => {
    const fake = fakeShell(BETWEEN);
    render(KeyboardShortcuts);
    const user = userEvent.setup();
    await user.keyboard(CAPTURE);

    const alert = await screen.findByRole("alertdialog", { name: "No note taken" });
    expect(fake.of("capture_note")[0].args).toEqual({ at: null, sessionId: null });
    expect(alert).toHaveTextContent("No session is running on 2018-08-14: open a session to take a note in it");
    await user.click(within(alert).getByRole("button", { name: "Open the sessions list" }));
    expect(router.screen).toBe("sessions");
    await expect.poll(() => screen.queryByRole("alertdialog")).toBeNull();
  });
});
