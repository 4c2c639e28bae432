// Applies the theme from settings: `system` follows the operating system (and its later changes), `light` and `dark`
// override it. The root always says which theme is in use (`data-theme="light"` or `"dark"`), so that app.css
// declares the dark palette once, under that one attribute.
export type Theme = "system" | "light" | "dark";

const SYSTEM_DARK = "(prefers-color-scheme: dark)";

/** Stops following the system's choice (set while the theme is `system`). */
let stopFollowing = () => {};

/** Where the theme applied last is kept, for the screens shown before the settings can be read (a locked database's
 *  unlock screen, the first start): the theme's name only, nothing of the data. */
const REMEMBERED = "hrc-theme";

/** The theme applied last on this computer ("system" when none was). */
export function rememberedTheme(): string {
  try {
    return localStorage.getItem(REMEMBERED) ?? "system";
  } catch {
    return "system";
  }
}

export function applyTheme(theme: string, root: HTMLElement = document.documentElement): void {
  try {
    localStorage.setItem(REMEMBERED, theme);
  } catch {
    // No storage (a test, a locked-down web view): the next start follows the system until the settings are read.
  }
  stopFollowing();
  stopFollowing = () => {};
  if (theme === "light" || theme === "dark") {
    root.dataset.theme = theme;
    return;
  }
  const system = typeof window.matchMedia === "function" ? window.matchMedia(SYSTEM_DARK) : null;
  const follow = () => (root.dataset.theme = system?.matches ? "dark" : "light");
  follow();
  system?.addEventListener("change", follow);
  stopFollowing = () => system?.removeEventListener("change", follow);
}
