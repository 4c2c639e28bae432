// The side events screen: clashes spelled out on the event in both views, the event the router
// names opened, deletion after confirmation, and an empty state that says what to do.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { BURUNDI, ERITREA, ERITREA_CLASH, ERITREA_CLASH_TEXT, GD4, HRC38, LAUNCH, SPORT } from "../test/side-event-data";
import type { SideEvent } from "../lib/bindings";
import { clock } from "../lib/clock.svelte";
import { router } from "../lib/router.svelte";
import { clearMocks, fakeCommands } from "../test/fake-commands";
import SideEventsScreen from "./SideEventsScreen.svelte";

afterEach(() => {
  clearMocks();
  router.focusId = null;
  clock.live();
});

function fakeSession(events: SideEvent[]) {
  let stored = [...events];
  const calls = fakeCommands({
    list_side_events: () => stored,
    list_clashes: () => (stored.some((e) => e.id === ERITREA.id) ? [ERITREA_CLASH] : []),
    list_key_issues: () => [],
    list_situations: () => [],
    list_meetings: () => [BURUNDI, GD4],
    // The core's date in Geneva: the day of a time set by hand, else a day long after HRC38.
    geneva_today: ({ at }) => (typeof at === "string" ? at.slice(0, 10) : "2026-12-03"),
    delete_side_event: ({ id }) => {
      stored = stored.filter((e) => e.id !== id);
    },
    restore_side_event: ({ id }) => {
      stored = events.filter((e) => e.id === id || stored.includes(e));
      return events.find((e) => e.id === id)!;
    },
    forget_deleted: () => null,
  });
  return calls;
}

describe("SideEventsScreen", () => {
  it("spells out a clash on the event in the list and in the calendar", async () => {
    fakeSession([SPORT, ERITREA, LAUNCH]);
    render(SideEventsScreen, { session: HRC38 });
    const user = userEvent.setup();

    // The calendar opens on the first week with a side event; the summary names the clash.
    const summary = await screen.findByRole("region", { name: /1 side event clashes with meetings that matter to you/ });
    expect(summary).toHaveTextContent(
      "General debate on item 4 — you speak in it (‘Item 4 general debate: Burundi, Eritrea and Syria’); Eritrea, high priority",
    );
    // The plenary meetings are drawn behind the side events.
    expect(screen.getByRole("note", { name: "Plenary 15:00–18:00: General debate on item 4" })).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: /Eritrea: voices.*Clashes with: General debate on item 4/ })).toHaveClass("clash");

    await user.click(screen.getByRole("button", { name: "List" }));
    const eritreaRow = screen.getByRole("button", { name: ERITREA.title }).closest(".row") as HTMLElement;
    expect(eritreaRow).toHaveTextContent(ERITREA_CLASH_TEXT);
    expect(eritreaRow).toHaveTextContent("Co-sponsoring States Netherlands");
    expect(eritreaRow).toHaveTextContent("Confirmed");
    const sportRow = screen.getByRole("button", { name: SPORT.title }).closest(".row") as HTMLElement;
    expect(sportRow).not.toHaveTextContent("Clashes with");
    expect(sportRow).toHaveTextContent("13:00–14:30");
    expect(sportRow).toHaveTextContent("Room XXIII");

    // Opened, the event says it again.
    await user.click(screen.getByRole("button", { name: ERITREA.title }));
    const details = screen.getByRole("article", { name: ERITREA.title });
    expect(details).toHaveTextContent(ERITREA_CLASH_TEXT);
    expect(details).toHaveFocus();
  });

  it("opens the side event the router names (a search result)", async () => {
    fakeSession([SPORT, ERITREA, LAUNCH]);
    router.focusId = LAUNCH.id;
    render(SideEventsScreen, { session: HRC38 });
    const user = userEvent.setup();

    const details = await screen.findByRole("article", { name: LAUNCH.title });
    await user.click(screen.getByRole("button", { name: "Calendar" })); // the view chosen last stays chosen
    expect(screen.getByRole("article", { name: LAUNCH.title })).toBeInTheDocument();
    expect(details).toHaveTextContent("Monday 2 July · 13:30–15:00 · Room XXIV");
    expect(screen.getByRole("heading", { name: /Week 3/ })).toBeInTheDocument();
    expect(router.focusId).toBeNull();
  });

  it("deletes a side event at once with Undo, which brings it back open; once Undo goes, its text is forgotten", async () => {
    const calls = fakeSession([SPORT, ERITREA]);
    render(SideEventsScreen, { session: HRC38 });
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Calendar" }));
    await user.click(screen.getByRole("button", { name: /^13:00–14:30.*Public dialogue/ }));
    const details = screen.getByRole("article", { name: SPORT.title });
    await user.click(within(details).getByRole("button", { name: `Delete ${SPORT.title}` }));
    expect(calls.filter((c) => c.command === "delete_side_event")).toEqual([{ command: "delete_side_event", args: { id: SPORT.id } }]);
    expect(screen.queryByRole("button", { name: /Public dialogue/ })).not.toBeInTheDocument();
    expect(screen.getByText(`“${SPORT.title}” deleted.`)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByRole("article", { name: SPORT.title })).toHaveFocus();

    await user.click(within(screen.getByRole("article", { name: SPORT.title })).getByRole("button", { name: `Delete ${SPORT.title}` }));
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "forget_deleted").map((c) => c.args.id)).toEqual([SPORT.id]);
  });

  it("never drops changes being typed: another event waits until they are saved or cancelled", async () => {
    fakeSession([SPORT, ERITREA]);
    render(SideEventsScreen, { session: HRC38 });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "List" }));

    await user.click(screen.getByRole("button", { name: SPORT.title }));
    await user.click(screen.getByRole("button", { name: "Edit" }));
    const title = screen.getByRole("textbox", { name: "Title" });
    expect(title).toHaveFocus();
    await user.type(title, " (with the IOC)");

    // A new side event can be started meanwhile; the edit stays as typed.
    await user.click(screen.getByRole("button", { name: "New side event" }));
    expect(screen.getByRole("form", { name: "New side event" })).toBeInTheDocument();
    expect(screen.getByRole("form", { name: "Edit side event" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: ERITREA.title }));
    expect(screen.getByRole("alert")).toHaveTextContent("Save or cancel the changes to this side event first.");
    const edit = screen.getByRole("form", { name: "Edit side event" });
    expect(within(edit).getByLabelText("Title")).toHaveValue(`${SPORT.title} (with the IOC)`);
    expect(within(edit).getByLabelText("Title")).toHaveFocus();

    await user.click(within(edit).getByRole("button", { name: "Cancel" }));
    await user.click(screen.getByRole("button", { name: ERITREA.title }));
    expect(screen.getByRole("article", { name: ERITREA.title })).toBeInTheDocument();
  });

  it("says what to do when the session has no side events", async () => {
    fakeSession([]);
    render(SideEventsScreen, { session: HRC38 });
    const user = userEvent.setup();

    expect(await screen.findByRole("heading", { name: "No side events yet" })).toBeInTheDocument();
    const buttons = screen.getAllByRole("button", { name: "New side event" });
    await user.click(buttons[buttons.length - 1]);
    expect(screen.getByRole("heading", { name: "New side event" })).toBeInTheDocument();
    expect(screen.getByLabelText("Title")).toHaveFocus();
    expect(screen.getByLabelText("Date")).toHaveValue("18 Jun 2018");
  });

  it("starts a new side event today while the session runs (by the app's clock), not on the week's Monday", async () => {
    fakeSession([SPORT, ERITREA, LAUNCH]);
    await clock.set("2018-06-27 12:30");
    render(SideEventsScreen, { session: HRC38 });
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "New side event" }));
    expect(screen.getByLabelText("Date")).toHaveValue("27 Jun 2018");
  });

  it("opens the calendar on the week of the core's today while the session runs, and marks today", async () => {
    clock.set("2018-07-03 09:00");
    const calls = fakeSession([SPORT, ERITREA, LAUNCH]);
    render(SideEventsScreen, { session: HRC38 });
    await userEvent.setup().click(await screen.findByRole("button", { name: "Calendar" }));
    expect(await screen.findByRole("heading", { name: /Week 3/ })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: /Tuesday 3 July, today/ })).toHaveClass("today");
    expect(calls).toContainEqual({ command: "geneva_today", args: { at: "2018-07-03 09:00" } });
  });
});
