// The client-side router: which screen is shown and which session is selected. No URLs, no history:
// the app is one window, and a screen is chosen from the sidebar.

/** The screens that show one session (the selected one). */
export type SessionScreen =
  | "overview"
  | "programme"
  | "agenda"
  | "situations"
  | "key-issues"
  | "statements"
  | "side-events"
  | "notes"
  | "resolutions";

/** The screens that show no session in particular. Today shows the session running on the clock's
 * day (or the chosen one, when it runs that day too), and says so between sessions; Organisations,
 * Documents, Mandates and Delegations are shared by every session. */
export type GlobalScreen = "today" | "sessions" | "organisations" | "documents" | "mandates" | "delegations" | "search" | "settings";

export type Screen = SessionScreen | GlobalScreen;

/** The session screens, in sidebar order. */
export const SESSION_SCREENS: readonly SessionScreen[] = [
  "overview",
  "programme",
  "agenda",
  "situations",
  "key-issues",
  "statements",
  "side-events",
  "notes",
  "resolutions",
];

export function isSessionScreen(screen: Screen): screen is SessionScreen {
  return (SESSION_SCREENS as readonly Screen[]).includes(screen);
}

/** The sidebar's label of each screen. */
export const SCREEN_TITLES: Record<Screen, string> = {
  today: "Today",
  sessions: "Sessions",
  overview: "Overview",
  programme: "Programme",
  agenda: "Agenda",
  situations: "Situations",
  "key-issues": "Key issues",
  statements: "Statements",
  "side-events": "Side events",
  notes: "Notes",
  resolutions: "Resolutions",
  organisations: "Organisations",
  documents: "Documents",
  mandates: "Mandates",
  delegations: "Delegations",
  search: "Search",
  settings: "Settings",
};

export class Router {
  screen = $state<Screen>("sessions");
  sessionId = $state<string | null>(null);

  /** Counts the times a screen was asked for while already shown (its sidebar link from inside it): a screen
   * with something open over its main view (the statement editor over the board) goes back to that view. */
  again = $state(0);

  /** Shows `screen`; a session screen with no session selected shows the sessions list instead. */
  go(screen: Screen): void {
    const next = isSessionScreen(screen) && this.sessionId === null ? "sessions" : screen;
    if (next === this.screen) this.again += 1;
    this.screen = next;
  }

  /** Makes `sessionId` the selected session (one just created, loaded or imported), on the screen shown. */
  select(sessionId: string): void {
    this.sessionId = sessionId;
  }

  /** The item a screen should open (scroll to and show in full) when it appears: a search result,
   * a statement picked on the overview. The screen calls `takeFocus` to read it once. */
  focusId = $state<string | null>(null);

  /** Selects a session and shows one of its screens (its overview unless told). */
  openSession(sessionId: string, screen: SessionScreen = "overview"): void {
    this.sessionId = sessionId;
    this.screen = screen;
  }

  /** Selects the session running today (if any) and shows Today: where the app opens during a session. */
  openToday(sessionId: string | null): void {
    if (sessionId !== null) this.sessionId = sessionId;
    this.screen = "today";
  }

  /** Shows `screen` of a session with the item `id` opened. */
  openItem(sessionId: string, screen: SessionScreen, id: string): void {
    this.focusId = id;
    this.openSession(sessionId, screen);
  }

  /** Shows a screen of no session (Delegations) with the item `id` opened. */
  openGlobalItem(screen: GlobalScreen, id: string): void {
    this.focusId = id;
    this.screen = screen;
  }

  /** The item to open, if it is one of `ids`; it is then forgotten, so it opens once. */
  takeFocus(ids: readonly string[]): string | null {
    const id = this.focusId;
    if (id === null || !ids.includes(id)) return null;
    this.focusId = null;
    return id;
  }

  /** Forgets the selected session (it was deleted); its screens fall back to the sessions list. */
  closeSession(): void {
    this.sessionId = null;
    if (isSessionScreen(this.screen)) this.screen = "sessions";
  }
}

/** The app's one router. */
export const router = new Router();
