// The search palette: Ctrl+K opens it from anywhere, typing searches (once, after a pause), ↑/↓ and Enter
// open the result on its screen, Esc closes it and gives focus back; snippets mark hits and stay plain text; a
// result marked confidential says so in words.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SearchQuery } from "../lib/bindings";
import { router } from "../lib/router.svelte";
import { searchMemory } from "../lib/search.svelte";
import { sessions } from "../lib/sessions.svelte";
import { overlays } from "../lib/shortcuts.svelte";
import { clearMocks, fakeCommands, type Call } from "../test/fake-commands";
import KeyboardShortcuts from "./KeyboardShortcuts.svelte";
import { HITS, HRC38, HRC_S28, hit } from "../test/search-data";

let outside: HTMLButtonElement;

beforeEach(() => {
  sessions.summaries = [HRC38, HRC_S28];
  // Something on the page that has focus before the palette opens.
  outside = document.createElement("button");
  outside.textContent = "Somewhere else";
  document.body.append(outside);
  outside.focus();
});

afterEach(() => {
  clearMocks();
  overlays.close();
  router.closeSession();
  router.go("sessions");
  router.focusId = null;
  sessions.summaries = [];
  searchMemory.paletteThisSession = false;
  outside.remove();
});

const searches = (calls: Call[]) => calls.filter((c) => c.command === "search").map((c) => (c.args as { query: SearchQuery }).query);

async function openPalette() {
  const user = userEvent.setup();
  await user.keyboard("{Control>}k{/Control}");
  const dialog = await screen.findByRole("dialog", { name: "Search" });
  return { user, dialog, input: within(dialog).getByRole("combobox") };
}

describe("SearchPalette", () => {
  it("opens on Ctrl+K, searches once as you type, and opens the chosen result with ↓ and Enter", async () => {
    const calls = fakeCommands({ search: () => HITS });
    render(KeyboardShortcuts);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    const { user, input } = await openPalette();
    expect(input).toHaveFocus();

    await user.type(input, "repr");
    const options = await screen.findAllByRole("option");
    expect(options).toHaveLength(3);
    // Typing four letters within the pause searches once, for all of them.
    expect(searches(calls)).toEqual([{ text: "repr", session: null, kinds: [], limit: 30 }]);
    // Each result says what it is, in which session, and its title; a confidential one says so in words.
    expect(options[0]).toHaveTextContent(/Key issue\s*HRC38\s*Reprisals/);
    expect(options[2]).toHaveTextContent(/Note\s*HRC S-28\s*Confidential\s*Burundi delegation/);
    expect(options[0]).not.toHaveTextContent("Confidential");
    expect(options[1]).not.toHaveTextContent("Confidential");
    expect(options[0]).toHaveAttribute("aria-selected", "true");

    await user.keyboard("{ArrowDown}");
    expect(options[1]).toHaveAttribute("aria-selected", "true");
    expect(input).toHaveAttribute("aria-activedescendant", options[1].id);
    await user.keyboard("{Enter}");

    expect(router.screen).toBe("statements");
    expect(router.sessionId).toBe(HRC38.session.id);
    expect(router.focusId).toBe("statement-item4");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("opens with Cmd+K too, and meetings open on the programme", async () => {
    fakeCommands({ search: () => [hit("meeting", "meeting-1", "ID with the Special Rapporteur", [{ text: "Special Rapporteur", hit: true }])] });
    render(KeyboardShortcuts);
    const user = userEvent.setup();
    await user.keyboard("{Meta>}k{/Meta}");
    const input = await screen.findByRole("combobox");
    await user.type(input, "rapporteur");
    await screen.findByRole("option");
    await user.keyboard("{Enter}");
    expect(router.screen).toBe("programme");
    expect(router.focusId).toBe("meeting-1");
  });

  it("closes on Esc and gives focus back to where it was", async () => {
    fakeCommands({ search: () => [] });
    render(KeyboardShortcuts);
    const { user } = await openPalette();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(outside).toHaveFocus();
  });

  it("keeps Tab inside the palette", async () => {
    fakeCommands({ search: () => [] });
    router.openSession(HRC38.session.id);
    render(KeyboardShortcuts);
    const { user, input, dialog } = await openPalette();
    const onlyThis = within(dialog).getByRole("checkbox", { name: "Only HRC38" });
    const filters = within(dialog).getByRole("button", { name: "Filter by kind…" });
    await user.tab();
    expect(onlyThis).toHaveFocus();
    await user.tab();
    expect(filters).toHaveFocus();
    await user.tab();
    expect(input).toHaveFocus();
    await user.tab({ shift: true });
    expect(filters).toHaveFocus();
  });

  it("searches only the selected session when asked, and says what to try when nothing matches", async () => {
    const calls = fakeCommands({ search: () => [] });
    router.openSession(HRC38.session.id);
    render(KeyboardShortcuts);
    const { user, input, dialog } = await openPalette();
    expect(dialog).toHaveTextContent("Find anything you wrote, in every session.");

    await user.click(within(dialog).getByRole("checkbox", { name: "Only HRC38" }));
    await user.type(input, "zzyzx");
    expect(await within(dialog).findByText("Nothing matches “zzyzx” in HRC38.")).toBeInTheDocument();
    expect(within(dialog).getByText(/Try fewer words/)).toBeInTheDocument();
    expect(searches(calls).at(-1)).toEqual({ text: "zzyzx", session: "38", kinds: [], limit: 30 });

    await user.click(within(dialog).getByRole("button", { name: "Search all sessions" }));
    expect(await within(dialog).findByText("Nothing matches “zzyzx”.")).toBeInTheDocument();
    expect(searches(calls).at(-1)).toEqual({ text: "zzyzx", session: null, kinds: [], limit: 30 });
  });

  it("marks the matched words and shows markup in snippets as text, never running it", async () => {
    const evil = hit("note", "note-evil", "<b>Not bold</b>", [
      { text: "<script>window.__pwned = true</script> before ", hit: false },
      { text: "reprisals", hit: true },
      { text: ' <img src="x" onerror="window.__pwned = true"> after', hit: false },
    ]);
    fakeCommands({ search: () => [evil] });
    render(KeyboardShortcuts);
    const { user, input, dialog } = await openPalette();
    await user.type(input, "reprisals");
    const option = await within(dialog).findByRole("option");

    const marks = option.querySelectorAll("mark");
    expect([...marks].map((m) => m.textContent)).toEqual(["reprisals"]);
    expect(option).toHaveTextContent("<script>window.__pwned = true</script> before reprisals");
    expect(option).toHaveTextContent('<img src="x" onerror="window.__pwned = true"> after');
    expect(option).toHaveTextContent("<b>Not bold</b>");
    expect(dialog.querySelector("script, img, b")).toBeNull();
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it("shows the core's error when a search fails", async () => {
    fakeCommands({
      search: () => {
        throw { code: "storage", message: "storage error: disk I/O error", field: null };
      },
    });
    render(KeyboardShortcuts);
    const { user, input } = await openPalette();
    await user.type(input, "x");
    expect(await screen.findByRole("alert")).toHaveTextContent("storage error: disk I/O error");
  });
});
