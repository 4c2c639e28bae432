// The sessions list: grouped by the app's clock (a time set by hand included), and a session created, loaded or
// imported here becomes the selected one — the sidebar's session sections open for it.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import Sidebar from "../components/Sidebar.svelte";
import { HRC38 as HRC38_SUMMARY } from "../test/search-data";
import type { SessionSummary } from "../lib/bindings";
import { clock } from "../lib/clock.svelte";
import { router } from "../lib/router.svelte";
import { sessions } from "../lib/sessions.svelte";
import { sessionUndo } from "../lib/session-undo.svelte";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import SessionsScreen from "./SessionsScreen.svelte";

const HRC38 = HRC38_SUMMARY.session;
const CURRENT: SessionSummary = { ...HRC38_SUMMARY, timing: { phase: "current", days_to_start: -9, days_to_end: 9, day_number: 10, total_days: 19 } };

afterEach(() => {
  clearMocks();
  clock.live();
  router.closeSession();
  router.go("sessions");
  sessions.summaries = [];
});

/** The session sections of the sidebar, available or not. */
function sectionsAvailable(): boolean {
  const nav = screen.getByRole("navigation", { name: "Sections" });
  return within(nav).getByRole("button", { name: "Overview" }).getAttribute("aria-disabled") !== "true";
}

describe("SessionsScreen", () => {
  it("asks the core for the sessions' phases on the clock's day, and lists HRC38 as current on 27 June 2018", async () => {
    clock.set("2018-06-27 12:30");
    const calls = fakeCommands({ session_summaries: ({ at }) => (at === "2018-06-27 12:30" ? [CURRENT] : [HRC38_SUMMARY]) });
    await sessions.refresh();
    render(SessionsScreen);

    const current = await screen.findByRole("region", { name: "Current" });
    expect(within(current).getByRole("button", { name: /^HRC38/ })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Past" })).not.toBeInTheDocument();
    expect(calls.map((c) => c.args)).toEqual([{ at: "2018-06-27 12:30" }]);
  });

  it("falls back to the real clock when the core cannot read the one set (Today says why)", async () => {
    clock.set("next Tuesday");
    const calls = fakeCommands({
      session_summaries: ({ at }) => {
        if (at !== null) throw invalid("at", "not_a_clock_time", '"next Tuesday" is not a date and time');
        return [HRC38_SUMMARY];
      },
    });
    await sessions.refresh();
    expect(sessions.summaries).toEqual([HRC38_SUMMARY]);
    expect(sessions.error).toBeNull();
    expect(calls.map((c) => c.args.at)).toEqual(["next Tuesday", null]);
  });

  it("selects the example session once it is loaded", async () => {
    let list: SessionSummary[] = [];
    fakeCommands({
      session_summaries: () => list,
      load_example_session: () => {
        list = [HRC38_SUMMARY];
        return { created: true, session: HRC38 };
      },
    });
    const user = userEvent.setup();
    await sessions.refresh();
    render(Sidebar);
    render(SessionsScreen);
    expect(sectionsAvailable()).toBe(false);

    await user.click(screen.getAllByRole("button", { name: "Load example session (HRC38)" })[0]);
    expect(await screen.findByRole("status")).toHaveTextContent("The example session HRC38 was loaded.");
    expect(router.sessionId).toBe(HRC38.id);
    expect(screen.getByLabelText("Session")).toHaveValue(HRC38.id);
    expect(sectionsAvailable()).toBe(true);
  });

  it("selects a session created with the form", async () => {
    let list: SessionSummary[] = [];
    fakeCommands({
      session_summaries: () => list,
      create_session: () => {
        list = [HRC38_SUMMARY];
        return HRC38;
      },
    });
    const user = userEvent.setup();
    await sessions.refresh();
    render(Sidebar);
    render(SessionsScreen);

    await user.click(screen.getAllByRole("button", { name: "New session" })[0]);
    await user.type(screen.getByLabelText("Number"), "38");
    await user.type(screen.getByRole("textbox", { name: "First day" }), "18/06/2018");
    await user.type(screen.getByRole("textbox", { name: "Last day" }), "6 July 2018");
    await user.click(screen.getByRole("button", { name: "Create session" }));
    await vi.waitFor(() => expect(router.sessionId).toBe(HRC38.id));
    expect(sectionsAvailable()).toBe(true);
  });

  it("puts the keyboard on the form's first field, back on New session after Cancel, and on the new session's card after Create", async () => {
    let list: SessionSummary[] = [];
    fakeCommands({
      session_summaries: () => list,
      create_session: () => {
        list = [HRC38_SUMMARY];
        return HRC38;
      },
    });
    const user = userEvent.setup();
    await sessions.refresh();
    render(SessionsScreen);
    // The live region is there, empty, before anything is said in it.
    expect(screen.getByRole("status")).toHaveTextContent("");

    const newSession = screen.getAllByRole("button", { name: "New session" })[0];
    await user.click(newSession);
    expect(screen.getByLabelText("Number")).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await vi.waitFor(() => expect(newSession).toHaveFocus());

    await user.click(newSession);
    await user.type(screen.getByLabelText("Number"), "38");
    await user.type(screen.getByRole("textbox", { name: "First day" }), "18/06/2018");
    await user.type(screen.getByRole("textbox", { name: "Last day" }), "6 July 2018");
    await user.click(screen.getByRole("button", { name: "Create session" }));
    await vi.waitFor(() => expect(screen.getByRole("button", { name: /^HRC38/ })).toHaveFocus());
    expect(screen.getByRole("status")).toHaveTextContent("HRC38 was created.");
  });

  it("selects the session an import brought", async () => {
    let list: SessionSummary[] = [];
    fakeCommands({
      session_summaries: () => list,
      choose_bundle_file: () => "/home/advocate/HRC38 bundle.json",
      import_bundle: () => {
        list = [HRC38_SUMMARY];
        return { session: HRC38, added: 12, updated: 0, unchanged: 0, merged_organisations: 0, conflicts: [] };
      },
    });
    const user = userEvent.setup();
    await sessions.refresh();
    render(SessionsScreen);

    await user.click(screen.getAllByRole("button", { name: /^Import/ })[0]);
    await vi.waitFor(() => expect(router.sessionId).toBe(HRC38.id));
  });

  it("offers a file whose session is already here as a copy, under the number the core names", async () => {
    const HRC40 = { ...HRC38, id: "0190c0de-0000-7000-8000-000000000040", number: 40, label: "40", name: "HRC40" };
    let list: SessionSummary[] = [HRC38_SUMMARY];
    const calls = fakeCommands({
      session_summaries: () => list,
      choose_bundle_file: () => "/home/advocate/colleague HRC38.json",
      import_bundle: ({ asCopy }) => {
        if (!asCopy) {
          throw invalid("bundle", "bundle_session_here", "holds HRC38, which already exists here: import it as a copy, which comes in beside it as HRC40 (…)", {
            session: "HRC38",
            copy: "HRC40",
          });
        }
        list = [{ ...HRC38_SUMMARY, session: HRC40 }, HRC38_SUMMARY];
        return { session: HRC40, added: 12, updated: 0, unchanged: 0, merged_organisations: 0, conflicts: [] };
      },
    });
    const user = userEvent.setup();
    await sessions.refresh();
    render(SessionsScreen);

    await user.click(screen.getByRole("button", { name: "Import…" }));
    const offer = await screen.findByRole("alert", { name: "HRC38 is already here" });
    expect(offer).toHaveTextContent("It can come in as a copy, as HRC40, beside yours; nothing in yours changes.");
    const asCopy = within(offer).getByRole("button", { name: "Import as a copy (HRC40)" });
    expect(asCopy).toHaveFocus();
    expect(router.sessionId).not.toBe(HRC40.id);

    await user.keyboard("{Enter}");
    await vi.waitFor(() => expect(router.sessionId).toBe(HRC40.id));
    expect(screen.getByRole("status")).toHaveTextContent("Imported a copy of HRC38 as HRC40: 12 items added, 0 items updated.");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "import_bundle").map((c) => c.args)).toEqual([
      { path: "/home/advocate/colleague HRC38.json", asCopy: false },
      { path: "/home/advocate/colleague HRC38.json", asCopy: true },
    ]);
    await vi.waitFor(() => expect(screen.getByRole("button", { name: /^HRC40/ })).toHaveFocus());
  });

  it("lets the clash go: Cancel imports nothing", async () => {
    const calls = fakeCommands({
      session_summaries: () => [HRC38_SUMMARY],
      choose_bundle_file: () => "/tmp/hrc38.json",
      import_bundle: () => {
        throw invalid("bundle", "bundle_session_here", "holds HRC38, which already exists here", { session: "HRC38", copy: "HRC39" });
      },
    });
    const user = userEvent.setup();
    await sessions.refresh();
    render(SessionsScreen);
    await user.click(screen.getByRole("button", { name: "Import…" }));
    const offer = await screen.findByRole("alert", { name: "HRC38 is already here" });
    await user.click(within(offer).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "import_bundle")).toHaveLength(1);
  });

  it("changes a session's number from its card; a number in use is refused next to the field, changing nothing", async () => {
    const HRC39 = { ...HRC38, number: 39, label: "39", name: "HRC39", title: "39th regular session of the Human Rights Council" };
    let list: SessionSummary[] = [HRC38_SUMMARY];
    const calls = fakeCommands({
      session_summaries: () => list,
      update_session: ({ input }) => {
        const number = (input as { number: number }).number;
        if (number === 37) throw invalid("number", "session_exists", "session 37 already exists", { session: "37" });
        list = [{ ...HRC38_SUMMARY, session: HRC39 }];
        return HRC39;
      },
    });
    const user = userEvent.setup();
    await sessions.refresh();
    render(SessionsScreen);

    const change = screen.getByRole("button", { name: "Change number… (HRC38)" });
    await user.click(change);
    const form = screen.getByRole("form", { name: "Change the number of HRC38" });
    const field = within(form).getByLabelText("New number");
    expect(field).toHaveFocus();
    expect(field).toHaveValue("38");
    expect(change).toBeDisabled();

    await user.clear(field);
    await user.type(field, "37{Enter}");
    await vi.waitFor(() => expect(field).toHaveAccessibleDescription(/session 37 already exists/));
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveFocus();
    expect(list[0].session.name).toBe("HRC38");

    await user.clear(field);
    await user.type(field, "39");
    await user.click(within(form).getByRole("button", { name: "Change number" }));
    await vi.waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("HRC38 is now HRC39."));
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByRole("button", { name: /^HRC39/ })).toHaveFocus());
    const sent = calls.filter((c) => c.command === "update_session").at(-1)!.args;
    expect(sent).toEqual({
      id: HRC38.id,
      input: { number: 39, kind: HRC38.kind, start_date: HRC38.start_date, end_date: HRC38.end_date, title: HRC38.title, venue: HRC38.venue, notes: HRC38.notes },
    });
  });

  it("gives the keyboard back to Change number… when its form is cancelled", async () => {
    fakeCommands({ session_summaries: () => [HRC38_SUMMARY] });
    const user = userEvent.setup();
    await sessions.refresh();
    render(SessionsScreen);
    const change = screen.getByRole("button", { name: "Change number… (HRC38)" });
    await user.click(change);
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    await vi.waitFor(() => expect(change).toHaveFocus());
  });

  it("offers a session just deleted back: Undo brings it back and opens it; once Undo goes, everything in it is forgotten", async () => {
    let live: SessionSummary[] = [];
    const calls = fakeCommands({
      session_summaries: () => live,
      restore_session: () => ((live = [HRC38_SUMMARY]), HRC38_SUMMARY.session),
      forget_deleted: () => null,
    });
    const user = userEvent.setup();
    router.screen = "sessions";
    render(SessionsScreen);
    // As the overview does after the person confirmed the deletion.
    await sessionUndo.offer(HRC38_SUMMARY.session);
    expect(screen.getByText("HRC38 deleted, with everything in it.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Undo" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    await vi.waitFor(() => expect(router.sessionId).toBe(HRC38_SUMMARY.session.id));
    expect(router.screen).toBe("overview");
    expect(calls.find((c) => c.command === "restore_session")?.args).toEqual({ id: HRC38_SUMMARY.session.id });

    router.screen = "sessions";
    await sessionUndo.offer(HRC38_SUMMARY.session);
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "forget_deleted").map((c) => c.args.id)).toEqual([HRC38_SUMMARY.session.id]);
  });
});
