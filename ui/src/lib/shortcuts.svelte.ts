// The app's keyboard shortcuts: which key does what (read by the handler, the help dialog and the
// Settings screen alike), and which overlay (search palette, shortcut help) is open.
import { capture } from "./capture.svelte";
import { clock } from "./clock.svelte";
import { lockApp, locking } from "./lock.svelte";
import { router, SCREEN_TITLES, SESSION_SCREENS, type Screen } from "./router.svelte";
import { sessions } from "./sessions.svelte";
import { handleZoomKey } from "./zoom";

/** The person's choice of keys, from the core's settings (App on start, Settings when changed): keys pressed
 *  alone, such as "?", can be turned off (WCAG 2.1.4); every other shortcut needs Ctrl or Alt. */
export const keyChoices = $state({ singleKey: true });

/** What a shortcut asks for. */
export type ShortcutAction = { kind: "lock" } | { kind: "palette" } | { kind: "help" } | { kind: "capture" } | { kind: "screen"; screen: Screen };

/** The screens Alt+1…9 show, in sidebar order: Today, then the selected session's screens. */
export const DIGIT_SCREENS: readonly Screen[] = ["today", ...SESSION_SCREENS];

/** True on Apple keyboards, where Cmd and Option stand for Ctrl and Alt. */
export const IS_MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Key names as the keyboard prints them. */
export const KEY_NAMES = { mod: IS_MAC ? "⌘" : "Ctrl", alt: IS_MAC ? "⌥" : "Alt" } as const;

/** True when the key goes into something the person is typing in (so "?" types a question mark). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(target.type);
  }
  return false;
}

/** The digit 1–9 of a key, whatever the keyboard layout (on AZERTY the digits need Shift). */
function digitOf(event: KeyboardEvent): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (match) return Number(match[1]);
  return /^[1-9]$/.test(event.key) ? Number(event.key) : null;
}

/** The shortcut a key press means, if any. */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.isComposing) return null;
  const mod = event.ctrlKey || event.metaKey;
  // Ctrl+Alt is AltGr on many European keyboards: it types characters, never a shortcut.
  if (mod && event.altKey) return null;

  // Ctrl+L locks a database protected by a passphrase (from anywhere, even mid-sentence: the note is saved first).
  if (mod && !event.shiftKey && (event.key.toLowerCase() === "l" || event.code === "KeyL")) return locking.protected ? { kind: "lock" } : null;
  if (mod && !event.shiftKey && (event.key.toLowerCase() === "k" || event.code === "KeyK")) return { kind: "palette" };
  // Ctrl+Shift+N: the N key wherever the layout puts it (event.code), or whatever key prints N.
  if (mod && event.shiftKey && (event.key.toLowerCase() === "n" || event.code === "KeyN")) return { kind: "capture" };

  if (mod || event.altKey) {
    const digit = digitOf(event);
    if (digit !== null && digit <= DIGIT_SCREENS.length) return { kind: "screen", screen: DIGIT_SCREENS[digit - 1] };
    return null;
  }

  if (event.key === "?" && keyChoices.singleKey && !typingIn(event.target)) return { kind: "help" };
  return null;
}

/** Which overlay is open: at most one at a time. */
class Overlays {
  palette = $state(false);
  help = $state(false);

  openPalette(): void {
    this.help = false;
    this.palette = true;
  }

  openHelp(): void {
    this.palette = false;
    this.help = true;
  }

  close(): void {
    this.palette = false;
    this.help = false;
  }
}

export const overlays = new Overlays();

/** The global key handler: does what a shortcut asks. Returns true when the key was used. */
export function handleShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented) return false;
  if (handleZoomKey(event)) return true; // Ctrl+=, Ctrl+− and Ctrl+0, over anything but deliver mode
  const action = shortcutFor(event);
  if (action === null) return false;
  if (action.kind === "lock") {
    event.preventDefault();
    void lockApp();
    return true;
  }
  if (action.kind === "palette") {
    if (capture.open) return false; // the note comes first: Esc, then search
    event.preventDefault();
    overlays.openPalette();
    return true;
  }
  if (action.kind === "capture") {
    // From anywhere, over anything but deliver mode (which keeps every shortcut while it is open).
    event.preventDefault();
    overlays.close();
    void capture.start(clock.at, sessions.find(router.sessionId));
    return true;
  }
  // Screens and help wait while a dialog is open (its own keys come first).
  if (overlays.palette || overlays.help || capture.open) return false;
  event.preventDefault();
  if (action.kind === "help") overlays.openHelp();
  else router.go(action.screen); // With no session selected, this shows the sessions list to choose one.
  return true;
}

/** One line of the shortcut list: the keys pressed together (or, with `alternatives`, any one of them) and what they do. */
export type ShortcutDoc = { keys: string[]; alternatives?: boolean; does: string };

/** The shortcuts, as the help dialog and the Settings screen list them. */
export const SHORTCUT_DOCS: { heading: string; items: ShortcutDoc[] }[] = [
  {
    heading: "Anywhere",
    items: [
      { keys: [KEY_NAMES.mod, "K"], does: "Search everything" },
      { keys: [KEY_NAMES.mod, "Shift", "N"], does: "Take a note, linked to the meeting running now" },
      { keys: [KEY_NAMES.mod, "L"], does: "Lock HRC Planner (when protected by a passphrase)" },
      { keys: ["?"], does: "Show these shortcuts" },
      { keys: [KEY_NAMES.mod, "="], does: "Larger text (up to 200 %)" },
      { keys: [KEY_NAMES.mod, "−"], does: "Smaller text" },
      { keys: [KEY_NAMES.mod, "0"], does: "Text at its usual size" },
      { keys: ["Esc"], does: "Close the search palette or a dialog" },
    ],
  },
  {
    heading: "Today and the selected session's screens",
    items: DIGIT_SCREENS.map((screen, i) => ({ keys: [KEY_NAMES.alt, String(i + 1)], does: SCREEN_TITLES[screen] })),
  },
  {
    heading: "In the search palette",
    items: [
      { keys: ["↑", "↓"], alternatives: true, does: "Move between results" },
      { keys: ["Enter"], does: "Open the result" },
      { keys: ["Tab"], does: "Reach the filters" },
    ],
  },
];
