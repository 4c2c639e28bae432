// The statement editor: the core's live meter (and its over-limit turn), the core's errors under their fields,
// the default limit shown after saving, unsaved changes never lost silently, and Deliver (deliver mode).
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Statement, StatementInput, Timing } from "../lib/bindings";
import { clearMocks, fakeCommands, type Call, invalid } from "../test/fake-commands";
import { backupKey, loadBackup } from "../lib/statement-draft";
import StatementEditor from "./StatementEditor.svelte";
import { GD4, HRC38, SESSION, SESSION_ID, statement, timing } from "../test/statement-data";

beforeEach(() => localStorage.clear());
afterEach(clearMocks);

const GD = HRC38[1];

function props(over: Record<string, unknown> = {}) {
  return {
    session: SESSION,
    statement: GD,
    meetings: [GD4],
    keyIssues: [],
    situations: [],
    onSaved: vi.fn(),
    onClose: vi.fn(),
    onDeleted: vi.fn(),
    ...over,
  };
}

const measures = (calls: Call[]) => calls.filter((c) => c.command === "measure_draft");

describe("StatementEditor", () => {
  it("shows the core's figures while typing and turns to over-limit when the core says so", async () => {
    // The fake core decides: anything with "Thank you." is one second over.
    const calls = fakeCommands({
      measure_draft: ({ input }): Timing =>
        String((input as { text: string }).text).includes("Thank you.")
          ? timing({ word_count: 228, estimated_seconds: 91, over_limit: true, words_to_cut: 3 })
          : timing({ word_count: 224, estimated_seconds: 90 }),
    });
    const user = userEvent.setup();
    render(StatementEditor, props({ statement: statement({ id: "s1", title: "Item 4 GD", text: "Mr President,", timing: timing() }) }));

    const meter = document.getElementById("statement-meter")!;
    expect(meter).toHaveTextContent("1:12 of 1:30 at 150 wpm");
    await vi.waitFor(() => expect(meter).toHaveTextContent("1:30 of 1:30 at 150 wpm"));
    expect(meter).toHaveTextContent("224 words");
    expect(meter).toHaveAttribute("data-over", "false");

    await user.type(screen.getByLabelText("Text"), " Thank you.");

    await vi.waitFor(() => expect(meter).toHaveTextContent("Over limit by 0:01"));
    // How many words to cut is the core's figure, said as an estimate.
    expect(meter).toHaveTextContent("Over limit by 0:01 · cut about 3 words");
    expect(meter).toHaveTextContent("1:31 of 1:30 at 150 wpm");
    expect(meter).toHaveAttribute("data-over", "true");
    // Measured against the statement's own limit, debounced: far fewer calls than keystrokes.
    const last = measures(calls).at(-1)!;
    expect(last.args).toMatchObject({ sessionId: expect.any(String), input: { text: "Mr President, Thank you.", limit_seconds: 90, limit_words: null } });
    expect(measures(calls).length).toBeLessThan(5);
  });

  it("names the speaking time of the chosen meeting as the default, as the core measured it", async () => {
    // The meeting has its own speaking time (the Order of the Day's 3 minutes); the core applies it when the
    // limit is left empty, and the hint says so instead of the settings' figures.
    const withRule = { ...GD4, speaking_seconds: 180 };
    fakeCommands({
      measure_draft: ({ input }): Timing =>
        (input as StatementInput).limit_seconds === null
          ? timing({ word_count: 10, estimated_seconds: 4, limit_seconds: 180 })
          : timing({ word_count: 10, estimated_seconds: 4 }),
    });
    render(
      StatementEditor,
      props({ meetings: [withRule], statement: statement({ id: "s2", title: "Item 4 GD", meeting_id: GD4.id, limit_seconds: null }) }),
    );
    const field = screen.getByLabelText("Limit (min:sec)");
    expect(field).toHaveValue("");
    await vi.waitFor(() => expect(field).toHaveAccessibleDescription("Empty for this meeting's speaking time: 3:00."));
  });

  it("measures a written statement in words against its word limit", async () => {
    const calls = fakeCommands({
      measure_draft: () => timing({ word_count: 2012, estimated_seconds: 805, limit_seconds: null, limit_words: 2000, over_limit: true, words_to_cut: 12 }),
    });
    render(StatementEditor, props({ statement: HRC38[0] }));

    const meter = document.getElementById("statement-meter")!;
    await vi.waitFor(() => expect(meter).toHaveTextContent("2,012 of 2,000 words"));
    expect(meter).toHaveTextContent("Over limit by 12 words");
    expect(meter).not.toHaveTextContent("cut");
    expect(screen.getByLabelText("Limit (words)")).toHaveValue("2000");
    expect(measures(calls)[0].args).toMatchObject({ input: { kind: "joint-written", limit_seconds: null, limit_words: 2000 } });
  });

  it("shows the core's error under the field it names, and focuses it", async () => {
    fakeCommands({
      measure_draft: () => timing(),
      update_statement: () => {
        throw invalid("limit_seconds", "at_least_one_second", "must be at least one second");
      },
    });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(StatementEditor, props({ onSaved }));

    const limit = screen.getByLabelText("Limit (min:sec)");
    await user.clear(limit);
    await user.type(limit, "0");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("must be at least one second")).toBeInTheDocument();
    expect(limit).toHaveAttribute("aria-invalid", "true");
    expect(limit).toHaveAccessibleDescription(/must be at least one second/);
    expect(limit).toHaveFocus();
    expect(screen.getByLabelText("Title")).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("takes the limit as minutes and seconds or seconds, shows it as 1:30, and names the limit when it cannot read it", async () => {
    const calls = fakeCommands({ measure_draft: () => timing(), update_statement: ({ input }) => statement({ id: "s1", title: "Item 4 GD", limit_seconds: (input as StatementInput).limit_seconds }) });
    const user = userEvent.setup();
    render(StatementEditor, props({ statement: statement({ id: "s1", title: "Item 4 GD", limit_seconds: 120 }) }));

    const limit = screen.getByLabelText("Limit (min:sec)");
    expect(limit).toHaveValue("2:00");
    for (const [typed, seconds] of [["1:30", 90], ["90s", 90], ["75", 75]] as const) {
      await user.clear(limit);
      await user.type(limit, typed);
      await user.click(screen.getByRole("button", { name: "Save" }));
      await vi.waitFor(() => expect(calls.filter((c) => c.command === "update_statement").at(-1)?.args.input).toMatchObject({ limit_seconds: seconds }));
    }
    await vi.waitFor(() => expect(limit).toHaveValue("1:15"));

    const sent = calls.filter((c) => c.command === "update_statement").length;
    await user.clear(limit);
    await user.type(limit, "a minute");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText(/The limit is minutes and seconds, such as 1:30/)).toBeInTheDocument();
    expect(limit).toHaveAttribute("aria-invalid", "true");
    expect(limit).toHaveFocus();
    expect(calls.filter((c) => c.command === "update_statement").length).toBe(sent);
  });

  it("creates a statement with the typed fields, then shows the default limit the core applied", async () => {
    const created = statement({ id: "new1", title: "Item 4 GD", meeting_id: GD4.id, limit_seconds: 90 });
    const calls = fakeCommands({ measure_draft: () => timing({ limit_seconds: null }), create_statement: () => created });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(StatementEditor, props({ statement: null, onSaved }));

    await user.type(screen.getByLabelText("Title"), "Item 4 GD");
    await user.selectOptions(screen.getByLabelText("Meeting"), "Tue 26 Jun, 15:00–18:00 · General debate on item 4");
    await user.click(screen.getByRole("button", { name: "Create statement" }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(created, true));
    const input = calls.find((c) => c.command === "create_statement")!.args.input as StatementInput;
    expect(input).toMatchObject({ title: "Item 4 GD", kind: "oral", meeting_id: GD4.id, limit_seconds: null, status: "drafting" });
    expect(screen.getByLabelText("Limit (min:sec)")).toHaveValue("1:30");
    expect(screen.getByLabelText("Limit (min:sec)")).toHaveAccessibleDescription(/The default, applied when you saved: 1:30\./);
    // Now it exists, its signatories can be pasted.
    expect(screen.getByLabelText("Paste signatories")).toBeInTheDocument();
  });

  it("asks before closing with unsaved changes, and keeps them locally meanwhile", async () => {
    fakeCommands({ measure_draft: () => timing() });
    const onClose = vi.fn();
    const user = userEvent.setup();
    const { unmount } = render(StatementEditor, props({ onClose }));

    await user.type(screen.getByLabelText("Speaker"), "Salma");
    expect(screen.getByText("Unsaved changes")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Close" }));

    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByText("You have changes you have not saved.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save and close" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Keep editing" }));
    expect(screen.getByLabelText("Speaker")).toHaveValue("Salma El HosseinySalma");

    // Leaving the screen without closing keeps a copy; opening the statement again restores it.
    unmount();
    expect(loadBackup(backupKey(SESSION_ID, GD.id))?.draft.speaker).toBe("Salma El HosseinySalma");
    render(StatementEditor, props());
    expect(screen.getByLabelText("Speaker")).toHaveValue("Salma El HosseinySalma");
    expect(screen.getByText(/Restored changes you had not saved/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Discard them" }));
    expect(screen.getByLabelText("Speaker")).toHaveValue("Salma El Hosseiny");
    expect(loadBackup(backupKey(SESSION_ID, GD.id))).toBeNull();
  });

  it("closes at once when nothing changed, and discards on request", async () => {
    fakeCommands({ measure_draft: () => timing() });
    const onClose = vi.fn();
    const user = userEvent.setup();
    render(StatementEditor, props({ onClose }));

    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(onClose).toHaveBeenCalledTimes(1);

    await user.type(screen.getByLabelText("Title"), "!");
    await user.click(screen.getByRole("button", { name: "Close" }));
    await user.click(screen.getByRole("button", { name: "Discard changes" }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it("opens deliver mode, and shows the new status and time once it is marked delivered", async () => {
    const delivered: Statement = { ...GD, status: "delivered", delivered_at: "2018-06-27T11:12:00.000Z" };
    const calls = fakeCommands({ measure_draft: () => timing(), deliver_statement: () => delivered });
    const onDelivered = vi.fn();
    const user = userEvent.setup();
    render(StatementEditor, props({ onDelivered }));

    const deliver = screen.getByRole("button", { name: "Deliver" });
    await user.click(deliver);
    const mode = screen.getByRole("dialog", { name: GD.title });
    expect(within(mode).getByRole("timer")).toHaveTextContent("1:30");
    // The meeting comes from the editor's list: no lookup.
    expect(mode).toHaveTextContent("General debate on item 4");
    expect(calls.some((c) => c.command === "get_meeting")).toBe(false);

    await user.click(within(mode).getByRole("button", { name: "Mark delivered…" }));
    await user.click(within(mode).getByRole("button", { name: "Yes, mark delivered" }));
    expect(await within(mode).findByText(/Delivered at 13:12/)).toBeInTheDocument();
    expect(calls.find((c) => c.command === "deliver_statement")?.args).toEqual({ id: GD.id, at: null });
    expect(onDelivered).toHaveBeenCalledWith(delivered);

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(deliver).toHaveFocus();
    expect(screen.getByText("Oral · Delivered")).toBeInTheDocument();
    expect(screen.getByText("Delivered 27 June 2018, 13:12")).toBeInTheDocument();
    expect(screen.getByLabelText("Status")).toHaveValue("delivered");
    // Nothing left unsaved: closing does not ask.
    expect(screen.queryByText("Unsaved changes")).not.toBeInTheDocument();
  });

  it("saves unsaved changes before delivering, and stays in the editor when they are refused", async () => {
    let refuse = true;
    const calls = fakeCommands({
      measure_draft: () => timing(),
      update_statement: ({ input }) => {
        if (refuse) throw invalid("title", "empty", "must not be empty");
        return { ...GD, title: (input as StatementInput).title };
      },
    });
    const user = userEvent.setup();
    render(StatementEditor, props());

    await user.clear(screen.getByLabelText("Title"));
    await user.click(screen.getByRole("button", { name: "Deliver" }));
    expect(await screen.findByText("must not be empty")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    refuse = false;
    await user.type(screen.getByLabelText("Title"), "Item 4 GD");
    await user.click(screen.getByRole("button", { name: "Deliver" }));
    expect(await screen.findByRole("dialog", { name: "Item 4 GD" })).toBeInTheDocument();
    expect(calls.filter((c) => c.command === "update_statement")).toHaveLength(2);
  });

  it("has no Deliver button before the statement exists", () => {
    fakeCommands({ measure_draft: () => timing() });
    render(StatementEditor, props({ statement: null }));
    expect(screen.queryByRole("button", { name: "Deliver" })).not.toBeInTheDocument();
  });

  it("deletes at once (the board then offers Undo)", async () => {
    const calls = fakeCommands({ measure_draft: () => timing(), delete_statement: () => null });
    const onDeleted = vi.fn();
    const user = userEvent.setup();
    render(StatementEditor, props({ onDeleted }));

    await user.click(screen.getByRole("button", { name: "Delete" }));
    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalledWith(GD as Statement));
    expect(calls.find((c) => c.command === "delete_statement")?.args).toEqual({ id: GD.id });
  });
});
