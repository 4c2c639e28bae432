// Vite builds the UI into ui/dist, which the Tauri shell embeds; vitest runs the component tests in jsdom.
import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  // The window loads the files itself: no dev-server client, no external origins.
  clearScreen: false,
  // The component tests also read the core's fixtures of pasted text (../core/tests/fixtures).
  server: { port: 5173, strictPort: true, fs: { allow: [".", "../core/tests/fixtures"] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Inline nothing: every script and style is a file, so the CSP needs no 'unsafe-inline'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test-setup.ts"],
    include: ["src/**/*.test.ts"],
  },
});
