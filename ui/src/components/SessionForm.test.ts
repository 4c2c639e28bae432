// The session form, new and edited: the core's error next to the field it names, or above the form; an edit renumbers.
import { render, screen } from "@testing-library/svelte";
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
        },
      },
    });
  });

  it("renumbers a session being edited, a number in use refused next to the field", async () => {
    const HRC38 = { id: "s38", number: 38, kind: "regular", label: "38", name: "HRC38", title: "38th regular session of the Human Rights Council", start_date: "2018-06-18", end_date: "2018-07-06", venue: "Palais des Nations, Geneva", notes: "", created_at: "2018-01-01T00:00:00Z", updated_at: "2018-01-01T00:00:00Z" } as const;
    const calls = fakeCommands({
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
});
