// The side event form: the core's message under the field it names, one-per-line lists sent as lists, and a warning
// (not a refusal) when the slot clashes with a plenary meeting that matters to me.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { KeyIssue, MeetingClash, Session } from "../lib/bindings";
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
  sources: [],
  documents: [],
  confidential: false,
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
    await user.click(screen.getByRole("button", { name: "Add source" }));
    await user.keyboard("https://ishr.ch/events/hrc38-side-event");
    await user.click(screen.getByRole("button", { name: "Add side event" }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(calls.find((c) => c.command === "create_side_event")).toEqual({
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
          sources: [{ title: "", url: "https://ishr.ch/events/hrc38-side-event" }],
        },
      },
    });
  });

  it("warns of a clash with a meeting that matters to me as the slot is typed, and still saves", async () => {
    const gd4 = {
      meeting_id: "m-gd4",
      meeting_title: "General debate on item 4",
      meeting_time: "Thu 28 June, midday (12:00–15:00)",
      reasons: [{ kind: "speaking", record_id: "st1", name: "Item 4 GD", short: "you speak", words: "you speak in it (‘Item 4 GD’)" }],
    } satisfies MeetingClash;
    const saved = { id: "e1", title: "Lunch" };
    const calls = fakeCommands({
      // The core answers for the slot it is sent: the debate sits from 12:00 to 15:00; a slot it cannot read is refused.
      preview_side_event_clashes: ({ input }) => {
        const { start, end } = input as { start: string; end: string };
        if (!/^\d\d:\d\d$/.test(end)) throw invalid("end", "not_a_time", "is not a time");
        return start < "15:00" && end > "12:00" ? [gd4] : [];
      },
      create_side_event: () => saved,
    });
    const onSaved = vi.fn();
    renderForm({ onSaved });
    const user = userEvent.setup();

    // 13:00–14:00, the form's first slot, is in the debate.
    const warning = await screen.findByText(/At this time, clashes with:/);
    expect(warning.closest("[role=status]")).toHaveTextContent(
      "At this time, clashes with: General debate on item 4 — you speak in it (‘Item 4 GD’)",
    );
    const start = screen.getByLabelText("Starts");
    const end = screen.getByLabelText("Ends");
    await user.clear(start);
    await user.type(start, "16:00");
    await user.clear(end);
    await user.type(end, "17");
    await vi.waitFor(() => expect(screen.queryByText(/clashes with/)).not.toBeInTheDocument());
    await user.type(end, ":00");
    await user.clear(start);
    await user.type(start, "14:30");
    expect(await screen.findByText(/At this time, clashes with:/)).toBeInTheDocument();
    expect(calls.filter((c) => c.command === "preview_side_event_clashes").at(-1)?.args).toMatchObject({
      sessionId: "s38",
      input: { date: "2018-06-28", start: "14:30", end: "17:00" },
    });

    // A warning, not a refusal.
    await user.type(screen.getByLabelText("Title"), "Lunch");
    await user.click(screen.getByRole("button", { name: "Add side event" }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
  });
});
