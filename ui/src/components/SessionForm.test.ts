// The session form, new and edited: the core's error next to the field it names, or above the form; an edit renumbers;
// the slots' hours shown, edited and sent, the core's refusal under the slot it names.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clearMocks, coreError, fakeCommands, invalid } from "../test/fake-commands";
import SessionForm from "./SessionForm.svelte";

afterEach(clearMocks);

async function fillAndSubmit(values: { number?: string; start?: string; end?: string }) {
  const user = userEvent.setup();
  if (values.number) await user.type(screen.getByLabelText("Number"), values.number);
  if (values.start) await user.type(screen.getByLabelText("First day"), values.start);
  if (values.end) await user.type(screen.getByLabelText("Last day"), values.end);
  await user.click(screen.getByRole("button", { name: "Create session" }));
}

describe("SessionForm", () => {
  it("shows a validation error next to the field the core names, and nowhere else", async () => {
    fakeCommands({
      create_session: () => {
        throw invalid("end_date", "before_start", "must not be before the start");
      },
    });
    const onSaved = vi.fn();
    render(SessionForm, { onSaved, onCancel: vi.fn() });

    await fillAndSubmit({ number: "38", start: "2018-07-06", end: "2018-06-18" });

    const end = screen.getByLabelText("Last day");
    expect(await screen.findByText("must not be before the start")).toBeInTheDocument();
    expect(end).toHaveAttribute("aria-invalid", "true");
    expect(end).toHaveAccessibleDescription("must not be before the start");
    expect(end).toHaveFocus();
    expect(screen.getByLabelText("First day")).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("shows an error that names no field of the form above the form", async () => {
    fakeCommands({
      create_session: () => {
        throw coreError("storage", "storage error: disk I/O error");
      },
    });
    render(SessionForm, { onSaved: vi.fn(), onCancel: vi.fn() });

    await fillAndSubmit({ number: "38", start: "2018-06-18", end: "2018-07-06" });

    expect(await screen.findByRole("alert")).toHaveTextContent("storage error: disk I/O error");
  });

  it("sends what was typed and hands back the created session", async () => {
    const session = { id: "s1", label: "38", kind: "regular", name: "HRC38" };
    const calls = fakeCommands({ create_session: () => session });
    const onSaved = vi.fn();
    render(SessionForm, { onSaved, onCancel: vi.fn() });

    await fillAndSubmit({ number: "38", start: "2018-06-18", end: "2018-07-06" });

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(session));
    expect(calls[0]).toEqual({
      command: "create_session",
      args: {
        input: {
          number: 38,
          kind: "regular",
          start_date: "2018-06-18",
          end_date: "2018-07-06",
          title: null,
          venue: null,
          notes: null,
          slot_hours: {
            morning: { start: "09:00", end: "12:00" },
            midday: { start: "12:00", end: "15:00" },
            afternoon: { start: "15:00", end: "18:00" },
          },
        },
      },
    });
  });

  it("renumbers a session being edited, a number in use refused next to the field", async () => {
    const HRC38 = { id: "s38", number: 38, kind: "regular", label: "38", name: "HRC38", title: "38th regular session of the Human Rights Council", start_date: "2018-06-18", end_date: "2018-07-06", venue: "Palais des Nations, Geneva", notes: "", created_at: "2018-01-01T00:00:00Z", updated_at: "2018-01-01T00:00:00Z" } as const;
    const calls = fakeCommands({
      speaking_rules: () => [],
      update_session: ({ input }) => {
        if ((input as { number: number }).number === 39) throw invalid("number", "session_exists", "session 39 already exists", { session: "39" });
        return { ...HRC38, number: 40, label: "40", name: "HRC40" };
      },
    });
    const onSaved = vi.fn();
    render(SessionForm, { session: HRC38, onSaved, onCancel: vi.fn() });
    const user = userEvent.setup();
    const number = screen.getByLabelText("Number");
    expect(number).toHaveAccessibleDescription(/Change it to renumber the session/);

    await user.clear(number);
    await user.type(number, "39");
    await user.click(screen.getByRole("button", { name: "Save session" }));
    await vi.waitFor(() => expect(number).toHaveAccessibleDescription(/session 39 already exists/));
    expect(onSaved).not.toHaveBeenCalled();

    await user.clear(number);
    await user.type(number, "40");
    await user.click(screen.getByRole("button", { name: "Save session" }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ name: "HRC40" })));
    expect(calls.at(-1)!.args).toMatchObject({ id: "s38", input: { number: 40, title: HRC38.title } });
  });

  const HRC38 = {
    id: "s38",
    number: 38,
    kind: "regular",
    label: "38",
    name: "HRC38",
    title: "38th regular session of the Human Rights Council",
    start_date: "2018-06-18",
    end_date: "2018-07-06",
    venue: "Palais des Nations, Geneva",
    notes: "",
    created_at: "2018-01-01T00:00:00Z",
    updated_at: "2018-01-01T00:00:00Z",
  } as const;

  /** The From and To fields of a slot ("Morning"). */
  function slotFields(slot: string) {
    const group = screen.getByRole("group", { name: slot });
    return { start: within(group).getByLabelText("From"), end: within(group).getByLabelText("To") };
  }

  it("shows the session's own slot hours and sends the ones typed", async () => {
    const own = { ...HRC38, slot_hours: { morning: { start: "10:00:00", end: "13:00:00" }, midday: { start: "12:00:00", end: "15:00:00" }, afternoon: { start: "15:00:00", end: "18:00:00" } } };
    const calls = fakeCommands({ speaking_rules: () => [], update_session: () => own });
    const onSaved = vi.fn();
    render(SessionForm, { session: own, onSaved, onCancel: vi.fn() });
    const user = userEvent.setup();
    const morning = slotFields("Morning");
    expect(morning.start).toHaveValue("10:00");
    expect(morning.end).toHaveValue("13:00");
    expect(slotFields("Afternoon").end).toHaveValue("18:00");

    const afternoon = slotFields("Afternoon");
    await user.clear(afternoon.end);
    await user.type(afternoon.end, "19:30");
    await user.click(screen.getByRole("button", { name: "Save session" }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(calls.find((c) => c.command === "update_session")!.args).toMatchObject({
      id: "s38",
      input: { slot_hours: { morning: { start: "10:00", end: "13:00" }, midday: { start: "12:00", end: "15:00" }, afternoon: { start: "15:00", end: "19:30" } } },
    });
  });

  it("shows the Council's usual hours for a session without its own, and goes back to them", async () => {
    fakeCommands({ speaking_rules: () => [] });
    render(SessionForm, { session: HRC38, onSaved: vi.fn(), onCancel: vi.fn() });
    const user = userEvent.setup();
    const morning = slotFields("Morning");
    expect([morning.start, morning.end].map((f) => (f as HTMLInputElement).value)).toEqual(["09:00", "12:00"]);
    expect(screen.queryByRole("button", { name: "Back to the Council's usual hours" })).not.toBeInTheDocument();

    await user.clear(morning.start);
    await user.type(morning.start, "10:00");
    await user.click(screen.getByRole("button", { name: "Back to the Council's usual hours" }));
    expect(morning.start).toHaveValue("09:00");
    expect(screen.queryByRole("button", { name: "Back to the Council's usual hours" })).not.toBeInTheDocument();
  });

  it("says the core's refusal of a slot's hours under that slot, the keyboard taken there", async () => {
    fakeCommands({
      speaking_rules: () => [],
      update_session: () => {
        throw invalid("morning", "after_start", "must end after it starts");
      },
    });
    const onSaved = vi.fn();
    render(SessionForm, { session: HRC38, onSaved, onCancel: vi.fn() });
    const user = userEvent.setup();
    const morning = slotFields("Morning");
    await user.clear(morning.end);
    await user.type(morning.end, "08:00");
    await user.click(screen.getByRole("button", { name: "Save session" }));

    await vi.waitFor(() => expect(morning.start).toHaveAccessibleDescription("must end after it starts"));
    expect(morning.end).toHaveAttribute("aria-invalid", "true");
    expect(morning.start).toHaveFocus();
    expect(slotFields("Midday").start).not.toHaveAttribute("aria-invalid");
    expect(morning.end).toHaveValue("08:00");
    expect(onSaved).not.toHaveBeenCalled();
  });
});
