// The side event form: the core's message under the field it names, and one-per-line lists sent as lists.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { KeyIssue, Session } from "../lib/bindings";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import SideEventForm from "./SideEventForm.svelte";

afterEach(clearMocks);

const session = {
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
  created_at: "2018-01-01T00:00:00.000Z",
  updated_at: "2018-01-01T00:00:00.000Z",
} satisfies Session;

const reprisals = {
  id: "k1",
  session_id: "s38",
  title: "Reprisals",
  agenda_item: 5,
  overview: "",
  asks: "",
  created_at: "2018-01-01T00:00:00.000Z",
  updated_at: "2018-01-01T00:00:00.000Z",
} satisfies KeyIssue;

function renderForm(props: Partial<{ onSaved: () => void }> = {}) {
  return render(SideEventForm, {
    session,
    date: "2018-06-28",
    keyIssues: [reprisals],
    situations: [],
    onSaved: props.onSaved ?? vi.fn(),
    onCancel: vi.fn(),
  });
}

describe("SideEventForm", () => {
  it("shows the core's message under the field it names — an unknown co-sponsoring State", async () => {
    fakeCommands({
      create_side_event: () => {
        throw invalid(
          "cosponsor_states",
          "not_a_country",
          '"Narnia" is not a known country; use an ISO 3166-1 alpha-3 code such as BDI, or a name such as Burundi',
          { value: "Narnia" },
        );
      },
    });
    const onSaved = vi.fn();
    renderForm({ onSaved });
    const user = userEvent.setup();

    await user.type(screen.getByLabelText("Title"), "Strengthening the Council from the ground up");
    await user.type(screen.getByLabelText("Co-sponsoring States"), "Mexico{Enter}Narnia");
    await user.click(screen.getByRole("button", { name: "Add side event" }));

    const message = '"Narnia" is not a known country; use an ISO 3166-1 alpha-3 code such as BDI, or a name such as Burundi';
    const states = screen.getByLabelText("Co-sponsoring States");
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(states).toHaveAttribute("aria-invalid", "true");
    expect(states).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(states).toHaveFocus();
    expect(screen.getByLabelText("Title")).not.toHaveAttribute("aria-invalid");
    expect(screen.getByLabelText("Organisers")).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("shows a slot error under the end time", async () => {
    fakeCommands({
      create_side_event: () => {
        throw invalid("end", "after_start", "must be after the start");
      },
    });
    renderForm();
    const user = userEvent.setup();
    const end = screen.getByLabelText("Ends");
    await user.clear(end);
    await user.type(end, "12:00");
    await user.click(screen.getByRole("button", { name: "Add side event" }));

    expect(await screen.findByText("must be after the start")).toBeInTheDocument();
    expect(end).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Starts")).not.toHaveAttribute("aria-invalid");
  });

  it("shows an error about the key issues under their list", async () => {
    fakeCommands({
      create_side_event: () => {
        throw invalid("key_issue_ids", "no_such_row", "no key issue k1 in this session", { id: "k1" });
      },
    });
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Title"), "Reprisals briefing");
    await user.click(screen.getByRole("checkbox", { name: "Reprisals" }));
    await user.click(screen.getByRole("button", { name: "Add side event" }));

    expect(await screen.findByText("no key issue k1 in this session")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Reprisals" })).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("group", { name: "Key issues" })).toHaveAccessibleDescription("no key issue k1 in this session");
  });

  it("sends one organisation, State or speaker a line, a suggested room and the links", async () => {
    const saved = { id: "e1", title: "Strengthening the Council" };
    const calls = fakeCommands({ create_side_event: () => saved });
    const onSaved = vi.fn();
    renderForm({ onSaved });
    const user = userEvent.setup();

    await user.type(screen.getByLabelText("Title"), "Strengthening the Council");
    await user.click(screen.getByRole("button", { name: "XXIV" }));
    await user.selectOptions(screen.getByLabelText("Status"), "Room requested");
    await user.type(screen.getByLabelText("Organisers"), "International Service for Human Rights (ISHR){Enter}{Enter}");
    await user.type(screen.getByLabelText("Co-sponsoring organisations"), "Amnesty International{Enter}  DefendDefenders  ");
    await user.type(screen.getByLabelText("Co-sponsoring States"), "Mexico{Enter}CHE");
    await user.type(screen.getByLabelText("Speakers"), "Salma El Hosseiny, ISHR");
    await user.click(screen.getByRole("checkbox", { name: "Reprisals" }));
    await user.click(screen.getByRole("button", { name: "Add side event" }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(calls[0]).toEqual({
      command: "create_side_event",
      args: {
        sessionId: "s38",
        input: {
          title: "Strengthening the Council",
          date: "2018-06-28",
          start: "13:00",
          end: "14:00",
          room: "Room XXIV",
          status: "room-requested",
          organisers: ["International Service for Human Rights (ISHR)"],
          cosponsor_organisations: ["Amnesty International", "DefendDefenders"],
          cosponsor_states: ["Mexico", "CHE"],
          speakers: ["Salma El Hosseiny, ISHR"],
          description: null,
          key_issue_ids: ["k1"],
          situation_ids: [],
        },
      },
    });
  });
});
