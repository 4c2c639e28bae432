// Test double for the Tauri shell: answers `invoke` from a table of fake commands (via Tauri's own
// mockIPC) and records every call, so component tests run in jsdom without the app.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { ErrorPayload } from "../lib/bindings";

type Handler = (args: Record<string, unknown>) => unknown;

export type Call = { command: string; args: Record<string, unknown> };

/** Installs `handlers` as the shell's commands; returns the list of calls made so far. */
export function fakeCommands(handlers: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  mockIPC((command, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ command, args });
    const handler = handlers[command];
    if (!handler) throw { code: "internal", message: `no fake for command ${command}`, field: null };
    return handler(args);
  });
  return calls;
}

/** A command failure as the shell sends it: the core's `{code, message, field}`. */
export function coreError(code: string, message: string, field: string | null = null): ErrorPayload {
  return { code, message, field };
}

export { clearMocks };
