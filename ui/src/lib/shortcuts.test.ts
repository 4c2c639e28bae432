// The keyboard shortcuts: which keys mean what (whatever the layout, never while typing "?"), and what
// the global handler does with them: Today and the session screens in sidebar order, the help dialog,
// note capture (its own tests: components/CapturePanel.test.ts).
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import KeyboardShortcuts from "../components/KeyboardShortcuts.svelte";
import { HRC38 } from "../test/search-data";
import { clearMocks } from "../test/fake-commands";
import { router } from "./router.svelte";
import { sessions } from "./sessions.svelte";
import { keyChoices, overlays, shortcutFor } from "./shortcuts.svelte";

afterEach(() => {
  clearMocks();
  overlays.close();
  router.closeSession();
  router.go("sessions");
  sessions.summaries = [];
});

const key = (init: KeyboardEventInit, target: EventTarget = document.body) => {
  const event = new KeyboardEvent("keydown", { bubbles: true, ...init });
  Object.defineProperty(event, "target", { value: target });
  return event;
};

describe("shortcutFor", () => {
  it("reads Ctrl+K and Cmd+K as the search palette", () => {
    expect(shortcutFor(key({ key: "k", code: "KeyK", ctrlKey: true }))).toEqual({ kind: "palette" });
    expect(shortcutFor(key({ key: "K", code: "KeyK", metaKey: true }))).toEqual({ kind: "palette" });
    expect(shortcutFor(key({ key: "k", code: "KeyK" }))).toBeNull();
  });

  it("reads Alt or Ctrl with 1–9 as Today and the session screens in sidebar order, on any layout", () => {
    expect(shortcutFor(key({ key: "1", code: "Digit1", altKey: true }))).toEqual({ kind: "screen", screen: "today" });
    expect(shortcutFor(key({ key: "2", code: "Digit2", altKey: true }))).toEqual({ kind: "screen", screen: "overview" });
    expect(shortcutFor(key({ key: "7", code: "Digit7", ctrlKey: true }))).toEqual({ kind: "screen", screen: "statements" });
    expect(shortcutFor(key({ key: "9", code: "Numpad9", altKey: true }))).toEqual({ kind: "screen", screen: "notes" });
    // AZERTY: the key that prints "é" is the digit 2.
    expect(shortcutFor(key({ key: "é", code: "Digit2", altKey: true }))).toEqual({ kind: "screen", screen: "overview" });
    expect(shortcutFor(key({ key: "0", code: "Digit0", altKey: true }))).toBeNull();
    // Ctrl+Alt is AltGr, which types characters.
    expect(shortcutFor(key({ key: "1", code: "Digit1", altKey: true, ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key({ key: "1", code: "Digit1" }))).toBeNull();
  });

  it("reads Ctrl+Shift+N (Cmd+Shift+N) as note capture, even while typing, on any layout", () => {
    const capture = { kind: "capture" };
    expect(shortcutFor(key({ key: "N", code: "KeyN", ctrlKey: true, shiftKey: true }))).toEqual(capture);
    expect(shortcutFor(key({ key: "N", code: "KeyN", metaKey: true, shiftKey: true }))).toEqual(capture);
    expect(shortcutFor(key({ key: "N", code: "KeyN", ctrlKey: true, shiftKey: true }, document.createElement("textarea")))).toEqual(capture);
    // Dvorak: the key that prints N sits where QWERTY has L.
    expect(shortcutFor(key({ key: "N", code: "KeyL", ctrlKey: true, shiftKey: true }))).toEqual(capture);
    // Ctrl+N alone, Ctrl+Alt+Shift+N (AltGr) and Shift+N are not it.
    expect(shortcutFor(key({ key: "n", code: "KeyN", ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key({ key: "N", code: "KeyN", ctrlKey: true, altKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutFor(key({ key: "N", code: "KeyN", shiftKey: true }))).toBeNull();
  });

  it("reads ? as help, except while typing", () => {
    expect(shortcutFor(key({ key: "?", shiftKey: true }))).toEqual({ kind: "help" });
    // Turned off in Settings, "?" is only a question mark.
    keyChoices.singleKey = false;
    expect(shortcutFor(key({ key: "?", shiftKey: true }))).toBeNull();
    keyChoices.singleKey = true;
    const text = document.createElement("input");
    expect(shortcutFor(key({ key: "?", shiftKey: true }, text))).toBeNull();
    expect(shortcutFor(key({ key: "?", shiftKey: true }, document.createElement("textarea")))).toBeNull();
    const box = document.createElement("input");
    box.type = "checkbox";
    expect(shortcutFor(key({ key: "?", shiftKey: true }, box))).toEqual({ kind: "help" });
  });
});

describe("KeyboardShortcuts", () => {
  it("goes to Today and the selected session's screens with Alt+1…9", async () => {
    sessions.summaries = [HRC38];
    router.openSession(HRC38.session.id);
    render(KeyboardShortcuts);
    const user = userEvent.setup();
    await user.keyboard("{Alt>}7{/Alt}");
    expect(router.screen).toBe("statements");
    await user.keyboard("{Alt>}3{/Alt}");
    expect(router.screen).toBe("programme");
    await user.keyboard("{Control>}9{/Control}");
    expect(router.screen).toBe("notes");
    await user.keyboard("{Alt>}1{/Alt}");
    expect(router.screen).toBe("today");
  });

  it("shows the sessions list for a session screen when no session is selected, and Today at any time", async () => {
    router.go("settings");
    render(KeyboardShortcuts);
    await userEvent.setup().keyboard("{Alt>}3{/Alt}");
    expect(router.screen).toBe("sessions");
    await userEvent.setup().keyboard("{Alt>}1{/Alt}");
    expect(router.screen).toBe("today");
  });

  it("shows the shortcut help on ?, and Esc closes it", async () => {
    render(KeyboardShortcuts);
    const user = userEvent.setup();
    await user.keyboard("?");
    const dialog = await screen.findByRole("dialog", { name: "Keyboard shortcuts" });
    expect(dialog).toHaveTextContent("Search everything");
    expect(dialog).toHaveTextContent("Take a note, linked to the meeting running now");
    expect(dialog).toHaveTextContent("Today");
    expect(dialog).toHaveTextContent("Side events");
    expect(screen.getByRole("button", { name: "Close" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("leaves a ? typed into a text box alone", async () => {
    render(KeyboardShortcuts);
    const input = document.createElement("input");
    document.body.append(input);
    const user = userEvent.setup();
    await user.type(input, "why?");
    expect(input).toHaveValue("why?");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    input.remove();
  });
});
