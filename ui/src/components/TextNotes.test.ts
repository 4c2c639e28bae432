// "Notes on this text" on a text's page: the core's notes about the text, newest first, each its Geneva day and time
// and the start of what it says (Markdown marks left out), opening on the Notes screen; none yet says how to link one.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { router } from "../lib/router.svelte";
import { clearMocks, fakeCommands } from "../test/fake-commands";
import { SESSION } from "../test/statement-data";
import { note } from "../test/today-data";
import TextNotes from "./TextNotes.svelte";

afterEach(() => {
  clearMocks();
  router.focusId = null;
  router.screen = "sessions";
});

const ON_L17 = [
  { ...note("n2", "## Core group\n**OP 5** stays; OP 12 softened", "2018-06-27T14:10:00.000Z"), resolution_id: "l17" },
  { ...note("n1", "Lobby France on OP 3", "2018-06-20T08:15:00.000Z"), resolution_id: "l17" },
];

describe("TextNotes", () => {
  it("lists the notes on the text with their Geneva time, and opens one on the Notes screen", async () => {
    const calls = fakeCommands({ notes_on_text: () => ON_L17 });
    render(TextNotes, { props: { resolutionId: "l17", session: SESSION } });
    const section = screen.getByRole("region", { name: "Notes on this text" });
    const items = await within(section).findAllByRole("button");
    expect(items.map((b) => b.textContent?.replace(/\s+/g, " ").trim())).toEqual([
      "27 June 2018, 16:10 Core group",
      "20 June 2018, 10:15 Lobby France on OP 3",
    ]);
    expect(calls[0]).toEqual({ command: "notes_on_text", args: { resolutionId: "l17" } });
    await userEvent.setup().click(items[1]);
    expect(router.screen).toBe("notes");
    expect(router.sessionId).toBe(SESSION.id);
    expect(router.focusId).toBe("n1");
  });

  it("says how to link a note when none is about the text", async () => {
    fakeCommands({ notes_on_text: () => [] });
    render(TextNotes, { props: { resolutionId: "l17", session: SESSION } });
    expect(await screen.findByText("No notes on this text yet: choose it in a note's Text menu.")).toBeInTheDocument();
  });
});
