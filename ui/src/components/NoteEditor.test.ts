// The note editor's "Taken at": a note's time in Geneva, changed for a note from a notebook and sent as Geneva wall
// time; a time the core refuses is said under it while the text is still saved; a new note takes the app's clock.
// Its sources: kept through text saves, saved when one is left or removed, and refused ones said under them while the
// text is still saved with the ones stored.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Note, NoteInput } from "../lib/bindings";
import { clock } from "../lib/clock.svelte";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import { HRC38, note } from "../test/today-data";
import NoteEditor from "./NoteEditor.svelte";

afterEach(() => {
  clearMocks();
  void clock.live();
});

const CONTEXT = { meetings: [], situations: [], keyIssues: [], statements: [] };

/** The core as far as notes go: Geneva wall time read as summer time (UTC+2), a 25:00 refused on taken_at. */
function fakeCore(start: Note[] = []) {
  let stored = start;
  const taken = (at: string | null, old: string) => {
    if (at === null) return old;
    const wall = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2})$/.exec(at);
    if (!wall || Number(wall[2]) > 23) throw invalid("taken_at", "not_a_clock_time", `"${at}" is not a date and time (e.g. 2018-06-27 12:30, Geneva time)`, { value: at });
    return new Date(`${wall[1]}T${wall[2]}:${wall[3]}:00+02:00`).toISOString();
  };
  const calls = fakeCommands({
    create_note: ({ input }) => {
      const i = input as NoteInput;
      const n = { ...note(`n${stored.length + 1}`, i.body, taken(i.taken_at, "2026-12-03T21:00:00.000Z")) };
      stored = [...stored, n];
      return n;
    },
    update_note: ({ id, input }) => {
      const i = input as NoteInput;
      const old = stored.find((n) => n.id === id)!;
      const updated = { ...old, body: i.body, taken_at: taken(i.taken_at, old.taken_at) };
      stored = stored.map((n) => (n.id === id ? updated : n));
      return updated;
    },
  });
  return { sent: (command: string) => calls.filter((c) => c.command === command).map((c) => (c.args.input as NoteInput).taken_at), stored: () => stored };
}

function renderEditor(n: Note | null) {
  const onSaved = vi.fn();
  render(NoteEditor, { props: { id: "ed", label: "Note", sessionId: HRC38.id, note: n, context: CONTEXT, onSaved, onDone: vi.fn(), onDelete: vi.fn() } });
  return { onSaved, user: userEvent.setup() };
}

describe("NoteEditor's Taken at", () => {
  it("shows a note’s time in Geneva, and saves a new time as Geneva wall time", async () => {
    const core = fakeCore([note("n1", "Met the SR.", "2018-06-20T08:15:00.000Z")]);
    const { user, onSaved } = renderEditor(core.stored()[0]);
    const group = screen.getByRole("group", { name: /^Taken at/ });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Day taken" })).toHaveValue("20 Jun 2018");
    const time = screen.getByRole("textbox", { name: "Time taken" });
    expect(time).toHaveValue("10:15");

    await user.clear(time);
    await user.type(time, "09:40{Enter}");
    await vi.waitFor(() => expect(core.stored()[0].taken_at).toBe("2018-06-20T07:40:00.000Z"));
    expect(core.sent("update_note")).toEqual(["2018-06-20 09:40"]);
    expect(core.stored()[0].body).toBe("Met the SR.");
    expect(onSaved).toHaveBeenLastCalledWith(expect.objectContaining({ taken_at: "2018-06-20T07:40:00.000Z" }));
  });

  it("says a refused time under it, and still saves the text", async () => {
    const core = fakeCore([note("n1", "Met the SR.", "2018-06-20T08:15:00.000Z")]);
    const { user } = renderEditor(core.stored()[0]);
    const time = screen.getByRole("textbox", { name: "Time taken" });
    await user.clear(time);
    await user.type(time, "25:00");
    await user.type(screen.getByRole("textbox", { name: "Note" }), " Follow up.");
    await user.tab();

    await vi.waitFor(() => expect(time).toHaveAccessibleDescription(/"2018-06-20 25:00" is not a date and time/));
    expect(time).toHaveAttribute("aria-invalid", "true");
    await vi.waitFor(() => expect(core.stored()[0].body).toBe("Met the SR. Follow up."));
    expect(core.stored()[0].taken_at).toBe("2018-06-20T08:15:00.000Z");
    expect(screen.getByRole("status")).not.toHaveTextContent("Not saved");
  });

  it("takes a new note's time from the app's clock, set by hand", async () => {
    await clock.set("2018-06-27 12:30").catch(() => null);
    const core = fakeCore();
    const { user } = renderEditor(null);
    expect(screen.getByRole("textbox", { name: "Day taken" })).toHaveValue("27 Jun 2018");
    expect(screen.getByRole("textbox", { name: "Time taken" })).toHaveValue("12:30");
    await user.type(screen.getByRole("textbox", { name: "Note" }), "Item 4 GD: EU on Burundi.");
    await vi.waitFor(() => expect(core.sent("create_note")).toEqual(["2018-06-27 12:30"]));
    expect(core.stored()[0].taken_at).toBe("2018-06-27T10:30:00.000Z");
  });

  it("dates a new note from a notebook before its first words", async () => {
    const core = fakeCore();
    const { user } = renderEditor(null);
    const time = screen.getByRole("textbox", { name: "Time taken" });
    const day = screen.getByRole("textbox", { name: "Day taken" });
    await user.clear(day);
    await user.type(day, "19/06/2018{Enter}");
    await user.clear(time);
    await user.type(time, "16:10{Enter}");
    expect(core.sent("create_note")).toEqual([]);
    await user.type(screen.getByRole("textbox", { name: "Note" }), "From my notebook");
    await vi.waitFor(() => expect(core.stored()[0]?.taken_at).toBe("2018-06-19T14:10:00.000Z"));
    expect(core.sent("create_note")[0]).toBe("2018-06-19 16:10");
  });
});

describe("NoteEditor's sources", () => {
  const REPORT = { title: "Report", url: "https://undocs.org/A/HRC/38/44" };

  /** The core as far as a note's sources go: an address not starting http refused on sources. */
  function sourcesCore(start: Note) {
    let stored = start;
    const calls = fakeCommands({
      update_note: ({ input }) => {
        const i = input as NoteInput;
        const bad = i.sources.find((s) => !/^https?:\/\//.test(s.url));
        if (bad) throw invalid("sources", "not_a_web_address", `"${bad.url}" is not a web address (one starting https:// or http://)`, { value: bad.url });
        stored = { ...stored, body: i.body, sources: i.sources.map((s) => ({ title: s.title || new URL(s.url).host, url: s.url })) };
        return stored;
      },
    });
    return { sent: () => calls.map((c) => (c.args.input as NoteInput).sources), stored: () => stored };
  }

  it("keeps a note's sources when its text is saved, and saves one added when it is left", async () => {
    const core = sourcesCore({ ...note("n1", "Met the SR.", "2018-06-20T08:15:00.000Z"), sources: [REPORT] });
    const { user } = renderEditor(core.stored());
    expect(screen.getByRole("textbox", { name: "Source 1 Address" })).toHaveValue(REPORT.url);

    await user.type(screen.getByRole("textbox", { name: "Note" }), " Follow up.");
    await user.tab();
    await vi.waitFor(() => expect(core.stored().body).toBe("Met the SR. Follow up."));
    expect(core.stored().sources).toEqual([REPORT]);

    await user.click(screen.getByRole("button", { name: "Add source" }));
    await user.keyboard("https://ishr.ch/latest");
    await user.tab();
    await vi.waitFor(() => expect(core.stored().sources).toEqual([REPORT, { title: "ishr.ch", url: "https://ishr.ch/latest" }]));

    await user.click(screen.getByRole("button", { name: "Remove source 1" }));
    await vi.waitFor(() => expect(core.stored().sources).toEqual([{ title: "ishr.ch", url: "https://ishr.ch/latest" }]));
  });

  it("says refused sources under them, and still saves the text with the ones stored", async () => {
    const core = sourcesCore({ ...note("n1", "Met the SR.", "2018-06-20T08:15:00.000Z"), sources: [REPORT] });
    const { user } = renderEditor(core.stored());

    await user.click(screen.getByRole("button", { name: "Add source" }));
    await user.keyboard("www.ohchr.org");
    await user.tab();
    const group = screen.getByRole("group", { name: "Sources" });
    await vi.waitFor(() => expect(group).toHaveAccessibleDescription(expect.stringContaining('"www.ohchr.org" is not a web address')));
    expect(screen.getByRole("textbox", { name: "Source 2 Address" })).toHaveValue("www.ohchr.org");

    await user.type(screen.getByRole("textbox", { name: "Note" }), " Follow up.");
    await user.tab();
    await vi.waitFor(() => expect(core.stored().body).toBe("Met the SR. Follow up."));
    expect(core.stored().sources).toEqual([REPORT]);
    expect(screen.queryByText(/^Not saved/)).not.toBeInTheDocument();
  });
});
