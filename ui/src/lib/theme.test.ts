// The root always names the theme in use, so the dark palette is declared once: settings' light or dark as they say,
// system as the system says, following it when it changes (and no longer once settings choose otherwise).
import { afterEach, describe, expect, it, vi } from "vitest";
import { applyTheme, rememberedTheme } from "./theme";

/** A system colour scheme that can be switched by hand. */
function systemScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  };
  vi.stubGlobal("matchMedia", (q: string) => {
    expect(q).toBe("(prefers-color-scheme: dark)");
    return query;
  });
  return {
    switchTo(next: boolean) {
      dark = next;
      listeners.forEach((f) => f());
    },
    listening: () => listeners.size,
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.theme;
});

describe("applyTheme", () => {
  it("says light or dark as settings choose", () => {
    systemScheme(true);
    applyTheme("light");
    expect(document.documentElement.dataset.theme).toBe("light");
    applyTheme("dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
  });

  it("follows the system, and stops once settings choose", () => {
    const system = systemScheme(true);
    applyTheme("system");
    expect(document.documentElement.dataset.theme).toBe("dark");
    system.switchTo(false);
    expect(document.documentElement.dataset.theme).toBe("light");
    applyTheme("dark");
    expect(system.listening()).toBe(0);
    system.switchTo(false);
    expect(document.documentElement.dataset.theme).toBe("dark");
  });

  it("is light where the system says nothing", () => {
    vi.stubGlobal("matchMedia", undefined);
    applyTheme("system");
    expect(document.documentElement.dataset.theme).toBe("light");
  });

  it("remembers the theme applied last, for the unlock screen shown before the settings can be read", () => {
    localStorage.clear();
    expect(rememberedTheme()).toBe("system");
    applyTheme("dark", document.createElement("html"));
    expect(rememberedTheme()).toBe("dark");
    localStorage.clear();
  });
});
