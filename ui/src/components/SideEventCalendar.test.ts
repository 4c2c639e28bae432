// The week calendar puts each side event in its day's column over the plenary meetings, marks clashes with why, and
// switches weeks.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { clashesByEvent } from "../lib/side-events";
import { sessionWeeks } from "../lib/side-event-calendar";
import SideEventCalendar from "./SideEventCalendar.svelte";
import { BURUNDI, ERITREA, ERITREA_CLASH, GD4, HRC38, LAUNCH, SPORT, meeting } from "../test/side-event-data";

const weeks = sessionWeeks(HRC38.start_date, HRC38.end_date);

function renderCalendar(weekIndex: number, extra: Partial<{ onSelect: () => void; onAdd: (date: string) => void; today: string }> = {}) {
  // `events` is also a Svelte option: the props go under `props`.
  return render(SideEventCalendar, {
    props: {
      weeks,
      weekIndex,
      events: [SPORT, ERITREA, LAUNCH],
      meetings: [GD4, BURUNDI, meeting("m-tba", { title: "Annual discussion on women", date: null, start: null, end: null })],
      clashes: clashesByEvent([ERITREA_CLASH]),
      selectedId: null,
      onSelect: extra.onSelect ?? vi.fn(),
      onAdd: extra.onAdd ?? vi.fn(),
      today: extra.today ?? null,
    },
  });
}

const column = (date: string) => screen.getByRole("group", { name: new RegExp(date) });

describe("SideEventCalendar", () => {
  it("places each side event of the week in its day's column", () => {
    renderCalendar(1); // 25–29 June
    expect(screen.getByRole("heading", { name: /Week 2/ })).toHaveTextContent("25–29 June 2018");

    expect(within(column("Monday 25 June")).getByRole("button", { name: /Public dialogue: sport and human rights/ })).toBeInTheDocument();
    expect(within(column("Wednesday 27 June")).getByRole("button", { name: /Eritrea: voices of human rights defenders/ })).toBeInTheDocument();
    for (const day of ["Tuesday 26 June", "Thursday 28 June", "Friday 29 June"]) {
      expect(within(column(day)).queryAllByRole("button")).toHaveLength(0);
    }
    // Next week's event is not on this week.
    expect(screen.queryByText(LAUNCH.title)).not.toBeInTheDocument();
  });

  it("places an event by its time: 13:00 is five of the twelve hours down", () => {
    renderCalendar(1);
    const sport = within(column("Monday 25 June")).getByRole("button", { name: /Public dialogue/ });
    expect(sport.style.top).toBe(`${(5 / 12) * 100}%`);
    expect(sport.style.height).toBe(`${(1.5 / 12) * 100}%`);
    expect(sport).toHaveTextContent(/^13:00–14:30 Public dialogue/);
    // The room is in its details (and the tooltip): the block keeps its few lines for the time and the title.
    expect(sport.title).toContain("XXIII");
  });

  it("marks a side event that clashes with a meeting that matters to me, and why", () => {
    renderCalendar(1);
    const eritrea = screen.getByRole("button", { name: /Eritrea/ });
    expect(eritrea).toHaveClass("clash");
    // The block says why in a word or two (a meeting's title would be cut in a narrow column); its name says with what.
    expect(eritrea).toHaveTextContent(/^15:30–17:00 ! Clash: you speak, Eritrea/);
    expect(eritrea).toHaveAccessibleName(
      expect.stringContaining("Clashes with: General debate on item 4 — you speak in it (‘Item 4 general debate: Burundi, Eritrea and Syria’); Eritrea, high priority."),
    );
    expect(eritrea.title).toContain("Clashes with: General debate on item 4 — you speak in it (‘Item 4 general debate: Burundi, Eritrea and Syria’)");
    expect(screen.getByRole("button", { name: /Public dialogue/ })).not.toHaveClass("clash");
  });

  it("draws the plenary meetings behind the side events, muted, named and never focused", () => {
    renderCalendar(1);
    const wednesday = column("Wednesday 27 June");
    const plenary = within(wednesday).getAllByRole("note");
    expect(plenary.map((p) => p.getAttribute("aria-label"))).toEqual([
      "Plenary 09:00–12:00: ID with the Commission of Inquiry on Burundi",
      "Plenary 15:00–18:00: General debate on item 4",
    ]);
    // Placed by its time, under the side events, not a stop for the keyboard.
    const gd = plenary[1];
    expect(gd.style.top).toBe(`${(7 / 12) * 100}%`);
    expect(gd.compareDocumentPosition(within(wednesday).getByRole("button", { name: /Eritrea/ })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(gd).not.toHaveAttribute("tabindex");
    // The meeting a side event clashes with is marked; one with no date yet is not drawn.
    expect(gd).toHaveClass("clashed");
    expect(plenary[0]).not.toHaveClass("clashed");
    expect(screen.queryByText(/Annual discussion on women/)).not.toBeInTheDocument();
    expect(within(column("Monday 25 June")).queryAllByRole("note")).toHaveLength(0);
  });

  it("marks today's column by the core's date, and no other", () => {
    renderCalendar(1, { today: "2018-06-27" });
    expect(column("Wednesday 27 June, today")).toHaveClass("today");
    expect(column("Wednesday 27 June, today")).toHaveAccessibleName("Wednesday 27 June, today");
    expect(screen.getAllByText("Today")).toHaveLength(1);
    expect(column("Tuesday 26 June")).not.toHaveClass("today");
  });

  it("lets an event's times break between start and end rather than cutting them", () => {
    renderCalendar(1);
    const time = within(column("Monday 25 June")).getByRole("button", { name: /Public dialogue/ }).querySelector(".time")!;
    expect(time.innerHTML).toMatch(/13:00–<wbr>14:30/);
  });

  it("gives a title as many lines as its block has room for, never half a line", () => {
    renderCalendar(1);
    const lines = (name: RegExp) => (screen.getByRole("button", { name }).querySelector(".title") as HTMLElement).style.getPropertyValue("--title-lines");
    expect(lines(/Public dialogue/)).toBe("3"); // 90 minutes: the time, then three lines
    expect(lines(/Eritrea/)).toBe("2"); // 90 minutes with a clash line
  });

  it("switches weeks with the arrows and the week buttons", async () => {
    renderCalendar(1);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Next week" }));
    expect(within(column("Monday 2 July")).getByRole("button", { name: new RegExp(LAUNCH.title) })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next week" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: /^Week 1,/ }));
    expect(screen.getByRole("heading", { name: /Week 1/ })).toHaveTextContent("18–22 June 2018");
    expect(screen.getByRole("button", { name: "Previous week" })).toBeDisabled();
    expect(screen.getByRole("button", { name: /^Week 2, 2 side events/ })).toHaveAttribute("aria-pressed", "false");
  });

  it("opens an event, and offers a new side event on a day", async () => {
    const onSelect = vi.fn();
    const onAdd = vi.fn();
    renderCalendar(1, { onSelect, onAdd });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /Eritrea/ }));
    expect(onSelect).toHaveBeenCalledWith(ERITREA);
    await user.click(screen.getByRole("button", { name: "New side event on Thursday 28 June" }));
    expect(onAdd).toHaveBeenCalledWith("2018-06-28");
  });
});
