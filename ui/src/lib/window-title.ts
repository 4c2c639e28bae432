// The window's title says where the person is (WCAG 2.4.2): "Statements — HRC38 — HRC Planner" on a session's
// screen, "Today — HRC Planner" on the others. App.svelte sets it whenever the screen or the session changes.
import type { Session } from "./bindings";
import { isSessionScreen, SCREEN_TITLES, type Screen } from "./router.svelte";

export const APP_NAME = "HRC Planner";

export function windowTitle(screen: Screen, session: Pick<Session, "name"> | null): string {
  if (isSessionScreen(screen) && session) return `${SCREEN_TITLES[screen]} — ${session.name} — ${APP_NAME}`;
  if (isSessionScreen(screen)) return `${SCREEN_TITLES.sessions} — ${APP_NAME}`;
  return `${SCREEN_TITLES[screen]} — ${APP_NAME}`;
}
