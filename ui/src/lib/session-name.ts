// What a session is called in the UI: "HRC38" for a regular session, "HRC S-28" for a special one.
import type { Session } from "./bindings";

export function sessionName(s: Pick<Session, "kind" | "label">): string {
  return s.kind === "special" ? `HRC ${s.label}` : `HRC${s.label}`;
}
