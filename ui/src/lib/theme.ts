// Applies the theme from settings: `system` follows the operating system (and its later changes), `light` and `dark`
// override it. The root always says which theme is in use (`data-theme="light"` or `"dark"`), so that app.css
// declares the dark palette once, under that one attribute.
export type Theme = "system" | "light" | "dark";

const SYSTEM_DARK = "(prefers-color-scheme: dark)";

/** Stops following the system's choice (set while the theme is `system`). */
let stopFollowing = () => {};

export function applyTheme(theme: string, root: HTMLElement = document.documentElement): void {
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
