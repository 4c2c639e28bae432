// Test double for the Tauri shell: answers `invoke` from a table of fake commands (via Tauri's own
// mockIPC) and records every call, so component tests run in jsdom without the app.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { ErrorPayload, RuleCode } from "../lib/bindings";

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

/** A command failure as the shell sends it, for a failure that names no rule (a conflict, a storage failure). */
export function coreError(code: string, message: string, field: string | null = null): ErrorPayload {
  return { code, message, field, rule: null, params: {}, field_message: null };
}

/** A validation failure as the core makes it: `field` broke `rule`, said as `fieldMessage` next to the
 *  field and as "field: fieldMessage" on its own. */
export function invalid(field: string, rule: RuleCode, fieldMessage: string, params: Record<string, string> = {}): ErrorPayload {
  return { code: "validation", message: `${field}: ${fieldMessage}`, field, rule, params, field_message: fieldMessage };
}

export { clearMocks };
