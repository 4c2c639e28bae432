// Applies the theme from settings: `system` follows the operating system, `light` and `dark` override it.
export type Theme = "system" | "light" | "dark";

export function applyTheme(theme: string, root: HTMLElement = document.documentElement): void {
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
  else delete root.dataset.theme;
}
