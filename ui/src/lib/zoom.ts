// Text zoom for the whole window (WCAG 1.4.4): Ctrl+= and Ctrl+− step the root font size, which every text
// size in app.css is relative to, from 100 % up to 200 %; Ctrl+0 goes back to 100 %. The step is remembered in
// the web view's storage. From 150 % the root carries data-zoom="large", for layouts that need more room.
export const ZOOM_STEPS = [1, 1.1, 1.25, 1.5, 1.75, 2] as const;
const KEY = "hrc-planner:zoom";

/** The zoom a key press asks for, given the zoom now; null when the key is not a zoom key. */
export function zoomFor(event: KeyboardEvent, now: number): number | null {
  const mod = (event.ctrlKey || event.metaKey) && !event.altKey;
  if (!mod || event.isComposing) return null;
  const i = ZOOM_STEPS.findIndex((step) => step >= now);
  const at = i === -1 ? ZOOM_STEPS.length - 1 : i;
  if (event.key === "=" || event.key === "+" || event.code === "NumpadAdd") return ZOOM_STEPS[Math.min(at + 1, ZOOM_STEPS.length - 1)];
  if (event.key === "-" || event.key === "−" || event.code === "NumpadSubtract") return ZOOM_STEPS[Math.max(at - 1, 0)];
  if (event.key === "0" || event.code === "Numpad0") return 1;
  return null;
}

/** The zoom remembered from last time (100 % when none, or when storage cannot be read). */
export function storedZoom(): number {
  try {
    const n = Number(localStorage.getItem(KEY));
    return (ZOOM_STEPS as readonly number[]).includes(n) ? n : 1;
  } catch {
    return 1;
  }
}

/** The zoom the window shows now. */
export function currentZoom(root: HTMLElement = document.documentElement): number {
  return Number(root.dataset.zoomLevel ?? 1) || 1;
}

/** Shows the window at `zoom` and remembers it. */
export function applyZoom(zoom: number, root: HTMLElement = document.documentElement): void {
  root.style.fontSize = zoom === 1 ? "" : `${zoom * 100}%`;
  root.dataset.zoomLevel = String(zoom);
  if (zoom >= 1.5) root.dataset.zoom = "large";
  else delete root.dataset.zoom;
  try {
    localStorage.setItem(KEY, String(zoom));
  } catch {
    // Not remembered; it still applies now.
  }
}

/** The global key handler's part: zooms on Ctrl+=, Ctrl+− and Ctrl+0. Returns true when the key was used. */
export function handleZoomKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented) return false; // deliver mode sizes its own text with these keys
  const next = zoomFor(event, currentZoom());
  if (next === null) return false;
  event.preventDefault();
  applyZoom(next);
  return true;
}
