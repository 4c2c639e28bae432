// The agenda screen: the ten items with their official titles and what is linked to each, and notes
// saved in place as the person types and on leaving the box (Try again only after a failure).
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { AgendaItem, Session, SessionOverview } from "../lib/bindings";
import { clearMocks, coreError, fakeCommands } from "../test/fake-commands";
import AgendaScreen from "./AgendaScreen.svelte";

const SESSION: Session = {
  id: "0190a0b0-0000-7000-8000-000000000038",
  number: 38,
  kind: "regular",
  label: "38",
  name: "HRC38",
  title: "38th regular session of the Human Rights Council",
  start_date: "2018-06-18",
  end_date: "2018-07-06",
  venue: "Palais des Nations, Geneva",
  notes: "",
  created_at: "2018-05-01T10:00:00.000Z",
  updated_at: "2018-05-01T10:00:00.000Z",
};

const TITLES = [
  "Organizational and procedural matters",
  "Annual report of the United Nations High Commissioner for Human Rights and reports of the Office of the High Commissioner and the Secretary-General",
  "Promotion and protection of all human rights, civil, political, economic, social and cultural rights, including the right to development",
  "Human rights situations that require the Council's attention",
  "Human rights bodies and mechanisms",
  "Universal periodic review",
  "Human rights situation in Palestine and other occupied Arab territories",
  "Follow-up to and implementation of the Vienna Declaration and Programme of Action",
  "Racism, racial discrimination, xenophobia and related forms of intolerance, follow-up to and implementation of the Durban Declaration and Programme of Action",
  "Technical assistance and capacity-building",
];

const ITEMS: AgendaItem[] = TITLES.map((title, i) => ({
  id: `item-${i + 1}`,
  session_id: SESSION.id,
  number: i + 1,
  title,
  notes: i === 5 ? "UPR outcomes: Mexico, China." : "",
  created_at: "",
  updated_at: "",
}));

const OVERVIEW = {
  session: SESSION,
  agenda_items: ITEMS,
  meetings: [{ agenda_items: [4] }, { agenda_items: [3, 4] }, { agenda_items: [3] }],
  key_issues: [],
  situations: [{ agenda_item: 4 }],
  statements: [{ agenda_item: 4 }],
  side_events: [],
  notes: [],
  note_tally: { total: 5, in_meetings: 0, on_situations: 0, on_key_issues: 0, on_statements: 0, on_texts: 0, by_agenda_item: [{ agenda_item: 4, notes: 3 }, { agenda_item: 9, notes: 1 }], latest_taken_at: null },
} as unknown as SessionOverview;

afterEach(clearMocks);

function item(n: number): HTMLElement {
  return document.querySelector(`article[data-item="${n}"]`) as HTMLElement;
}

describe("AgendaScreen", () => {
  it("lists the ten items with their official titles, notes and what is linked to each", async () => {
    fakeCommands({ list_agenda_items: () => ITEMS, session_overview: () => OVERVIEW });
    render(AgendaScreen, { session: SESSION });

    const headings = await screen.findAllByRole("heading", { level: 2 });
    expect(headings).toHaveLength(10);
    expect(headings[3]).toHaveTextContent("Item 4: Human rights situations that require the Council's attention");
    expect(item(4)).toHaveTextContent("2 meetings · 1 country situation · 1 statement · 3 notes");
    expect(item(9)).toHaveTextContent("1 note");
    expect(item(1)).toHaveTextContent("Nothing linked to this item yet.");
    expect(screen.getByLabelText("Your notes on item 6")).toHaveValue("UPR outcomes: Mexico, China.");
  });

  it("saves notes as they are typed and on leaving the box, said once on the screen, with no Save button", async () => {
    const calls = fakeCommands({
      list_agenda_items: () => ITEMS,
      session_overview: () => OVERVIEW,
      set_agenda_notes: (args) => ({ ...ITEMS[(args.number as number) - 1], notes: args.notes }),
    });
    const user = userEvent.setup();
    render(AgendaScreen, { session: SESSION });

    const box = await screen.findByLabelText("Your notes on item 4");
    expect(screen.getByText(/Notes are saved as you type\./)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    expect(screen.queryByText(/leave the box/)).not.toBeInTheDocument();

    // A moment after the last key, without leaving the box: one save of the whole text.
    await user.type(box, "Burundi CoI oral briefing on 27 June.");
    expect(box).toHaveFocus();
    expect(await within(item(4)).findByText("Saved", {}, { timeout: 3000 })).toBeInTheDocument();
    expect(calls.filter((c) => c.command === "set_agenda_notes").map((c) => c.args)).toEqual([
      { sessionId: SESSION.id, number: 4, notes: "Burundi CoI oral briefing on 27 June." },
    ]);

    // Leaving the box saves at once.
    await user.type(screen.getByLabelText("Your notes on item 7"), "GD on 2 July.");
    await user.tab();
    expect(await within(item(7)).findByText("Saved")).toBeInTheDocument();
    expect(calls.filter((c) => c.command === "set_agenda_notes")).toHaveLength(2);
  });

  it("shows the core's message under the box when notes cannot be saved", async () => {
    fakeCommands({
      list_agenda_items: () => ITEMS,
      session_overview: () => OVERVIEW,
      set_agenda_notes: () => {
        throw coreError("storage", "storage error: database is locked");
      },
    });
    const user = userEvent.setup();
    render(AgendaScreen, { session: SESSION });

    const box = await screen.findByLabelText("Your notes on item 2");
    await user.type(box, "HC's annual report.");
    await user.tab();

    expect(await within(item(2)).findByRole("alert")).toHaveTextContent("storage error: database is locked");
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveValue("HC's annual report.");
    expect(within(item(2)).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
