// A text's informal consultations on its page: listed with day and hours, room, convenor and my notes; added (the
// core's refusal of an end before the start said under "To", what was typed kept), edited, deleted with Undo.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { Consultation, ConsultationInput } from "../lib/bindings";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import { SESSION } from "../test/resolution-data";
import ConsultationsPanel from "./ConsultationsPanel.svelte";

afterEach(() => clearMocks());

const AT = "2018-06-01T09:00:00.000Z";
const FIRST: Consultation = {
  id: "c1",
  resolution_id: "civil",
  session_id: SESSION.id,
  resolution_title: "Civil society space",
  draft_symbol: "A/HRC/38/L.17",
  date: "2018-06-21",
  start: "13:00:00",
  end: "14:00:00",
  room: "Room XXII",
  convenor: "Chile, Ireland, Japan, Sierra Leone, Tunisia",
  notes: "Ask for **OP5** on reprisals.",
  created_at: AT,
  updated_at: AT,
};

function fake(list: Consultation[]) {
  let rows = [...list];
  let gone: Consultation | null = null;
  return fakeCommands({
    list_consultations: () => rows,
    create_consultation: ({ input }) => {
      const i = input as ConsultationInput;
      if (i.start && i.end && i.end <= i.start) throw invalid("end", "after_start", "must be after the start (13:00)");
      const made = { ...FIRST, id: "c2", date: i.date, start: i.start ? `${i.start}:00` : null, end: i.end ? `${i.end}:00` : null, room: i.room, convenor: i.convenor, notes: i.notes };
      rows = [...rows, made];
      return made;
    },
    update_consultation: ({ id, input }) => {
      const i = input as ConsultationInput;
      rows = rows.map((c) => (c.id === id ? { ...c, room: i.room } : c));
      return rows.find((c) => c.id === id);
    },
    delete_consultation: ({ id }) => {
      gone = rows.find((c) => c.id === id)!;
      rows = rows.filter((c) => c.id !== id);
      return gone;
    },
    restore_consultation: () => {
      rows = [...rows, gone!];
      return gone;
    },
  });
}

describe("ConsultationsPanel", () => {
  it("lists a text's consultations with day, hours, room, convenor and my notes", async () => {
    fake([FIRST, { ...FIRST, id: "c3", date: null, start: null, end: null, room: null, convenor: "", notes: "" }]);
    render(ConsultationsPanel, { resolutionId: "civil", session: SESSION });
    const first = await screen.findByRole("article", { name: "21 June 2018, 13:00–14:00" });
    expect(first).toHaveTextContent("Convened by Chile, Ireland, Japan, Sierra Leone, Tunisia · Room XXII");
    expect(within(first).getByText("OP5").tagName).toBe("STRONG");
    expect(screen.getByRole("article", { name: "Date to be announced" })).toHaveTextContent("Room not yet known");
  });

  it("adds one after the core refuses an end before the start, then edits and deletes it with Undo", async () => {
    const calls = fake([FIRST]);
    const user = userEvent.setup();
    render(ConsultationsPanel, { resolutionId: "civil", session: SESSION });
    await screen.findByRole("article", { name: "21 June 2018, 13:00–14:00" });
    await user.click(screen.getByRole("button", { name: "Add consultation" }));
    const form = screen.getByRole("form", { name: "Add consultation" });
    await user.type(within(form).getByLabelText("Day"), "28/06/2018");
    await user.type(within(form).getByLabelText("From"), "13:00");
    await user.type(within(form).getByLabelText("To"), "12:00");
    await user.type(within(form).getByLabelText("Convened by"), "Chile");
    await user.click(within(form).getByRole("button", { name: "Add consultation" }));
    const to = within(form).getByLabelText("To");
    expect(await within(form).findByText("must be after the start (13:00)")).toBeInTheDocument();
    expect(to).toHaveAttribute("aria-invalid", "true");
    expect(within(form).getByLabelText("Convened by")).toHaveValue("Chile");
    await user.clear(to);
    await user.type(to, "14:00");
    await user.click(within(form).getByRole("button", { name: "Add consultation" }));
    expect(await screen.findByText("Consultation added.")).toBeInTheDocument();
    expect(calls.filter((c) => c.command === "create_consultation").at(-1)!.args.input).toEqual({
      resolution_id: "civil",
      date: "2018-06-28",
      start: "13:00",
      end: "14:00",
      room: null,
      convenor: "Chile",
      notes: "",
    });

    await user.click(screen.getByRole("button", { name: "Edit the consultation of 21 June 2018, 13:00–14:00" }));
    const edit = screen.getByRole("form", { name: "Edit consultation" });
    const room = within(edit).getByLabelText("Room");
    expect(room).toHaveValue("Room XXII");
    await user.clear(room);
    await user.type(room, "Room XXIII");
    await user.click(within(edit).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Consultation saved.")).toBeInTheDocument();
    expect(screen.getByRole("article", { name: "21 June 2018, 13:00–14:00" })).toHaveTextContent("Room XXIII");

    await user.click(screen.getByRole("button", { name: "Delete the consultation of 21 June 2018, 13:00–14:00" }));
    expect(screen.queryByRole("article", { name: "21 June 2018, 13:00–14:00" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Undo" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByRole("article", { name: "21 June 2018, 13:00–14:00" })).toBeInTheDocument();
  });
});
