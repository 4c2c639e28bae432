// The keyboard shortcuts: which keys mean what (whatever the layout, never while typing "?"), and what
// the global handler does with them: the session screens in sidebar order, the help dialog.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import KeyboardShortcuts from "../components/KeyboardShortcuts.svelte";
import { HRC38 } from "../components/SearchTestData";
import { clearMocks } from "../test/fake-commands";
import { router } from "./router.svelte";
import { sessions } from "./sessions.svelte";
import { overlays, shortcutFor } from "./shortcuts.svelte";

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

  it("reads Alt or Ctrl with 1–8 as the session screens in sidebar order, on any layout", () => {
    expect(shortcutFor(key({ key: "1", code: "Digit1", altKey: true }))).toEqual({ kind: "screen", screen: "overview" });
    expect(shortcutFor(key({ key: "6", code: "Digit6", ctrlKey: true }))).toEqual({ kind: "screen", screen: "statements" });
    expect(shortcutFor(key({ key: "8", code: "Numpad8", altKey: true }))).toEqual({ kind: "screen", screen: "notes" });
    // AZERTY: the key that prints "&" is the digit 1.
    expect(shortcutFor(key({ key: "&", code: "Digit1", altKey: true }))).toEqual({ kind: "screen", screen: "overview" });
    expect(shortcutFor(key({ key: "9", code: "Digit9", altKey: true }))).toBeNull();
    // Ctrl+Alt is AltGr, which types characters.
    expect(shortcutFor(key({ key: "1", code: "Digit1", altKey: true, ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key({ key: "1", code: "Digit1" }))).toBeNull();
  });

  it("reads ? as help, except while typing", () => {
    expect(shortcutFor(key({ key: "?", shiftKey: true }))).toEqual({ kind: "help" });
    const text = document.createElement("input");
    expect(shortcutFor(key({ key: "?", shiftKey: true }, text))).toBeNull();
    expect(shortcutFor(key({ key: "?", shiftKey: true }, document.createElement("textarea")))).toBeNull();
    const box = document.createElement("input");
    box.type = "checkbox";
    expect(shortcutFor(key({ key: "?", shiftKey: true }, box))).toEqual({ kind: "help" });
  });
});

describe("KeyboardShortcuts", () => {
  it("goes to the selected session's screens with Alt+1…8", async () => {
    sessions.summaries = [HRC38];
    router.openSession(HRC38.session.id);
    render(KeyboardShortcuts);
    const user = userEvent.setup();
    await user.keyboard("{Alt>}6{/Alt}");
    expect(router.screen).toBe("statements");
    await user.keyboard("{Alt>}2{/Alt}");
    expect(router.screen).toBe("programme");
    await user.keyboard("{Control>}8{/Control}");
    expect(router.screen).toBe("notes");
  });

  it("shows the sessions list for a session screen when no session is selected", async () => {
    router.go("settings");
    render(KeyboardShortcuts);
    await userEvent.setup().keyboard("{Alt>}3{/Alt}");
    expect(router.screen).toBe("sessions");
  });

  it("shows the shortcut help on ?, and Esc closes it", async () => {
    render(KeyboardShortcuts);
    const user = userEvent.setup();
    await user.keyboard("?");
    const dialog = await screen.findByRole("dialog", { name: "Keyboard shortcuts" });
    expect(dialog).toHaveTextContent("Search everything");
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
