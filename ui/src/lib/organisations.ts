// How the Organisations screen words an organisation: its name with its acronym, and how much it is used (the core
// counts; this only says the counts in words).
import type { Organisation, OrganisationSummary } from "./bindings";

/** "International Service for Human Rights (ISHR)", or the name alone. */
export function organisationName(o: Pick<Organisation, "name" | "acronym">): string {
  return o.acronym ? `${o.name} (${o.acronym})` : o.name;
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/** "Signs 3 statements · organises 1 side event · co-sponsors 2 side events"; what it is not part of is left out. */
export function organisationUse(s: OrganisationSummary): string {
  const uses = [
    s.statements > 0 ? `signs ${count(s.statements, "statement", "statements")}` : null,
    s.side_events_organised > 0 ? `organises ${count(s.side_events_organised, "side event", "side events")}` : null,
    s.side_events_cosponsored > 0 ? `co-sponsors ${count(s.side_events_cosponsored, "side event", "side events")}` : null,
  ].filter((u): u is string => u !== null);
  if (uses.length === 0) return "Not on any statement or side event";
  const said = uses.join(" · ");
  return said.charAt(0).toUpperCase() + said.slice(1);
}

/** Whether it signs a statement or is on a side event (the core then refuses to delete it). */
export function inUse(s: OrganisationSummary): boolean {
  return s.statements + s.side_events_organised + s.side_events_cosponsored > 0;
}

/** What merging `from` into the organisation named `into` does: "Its 3 signatures and 1 side event move to
 * International Service for Human Rights (ISHR), and “ISHR Geneva” is deleted. A merge cannot be undone." */
export function mergeSaid(from: OrganisationSummary, into: string): string {
  const events = from.side_events_organised + from.side_events_cosponsored;
  const moved = [
    from.statements > 0 ? count(from.statements, "signature", "signatures") : null,
    events > 0 ? count(events, "side event", "side events") : null,
  ].filter((m): m is string => m !== null);
  const verb = moved.length === 1 && (from.statements === 1 || events === 1) ? "moves" : "move";
  const move = moved.length > 0 ? `Its ${moved.join(" and ")} ${verb} to ${into}, and` : "It signs nothing and is on no side event;";
  return `${move} “${from.name}” is deleted. A merge cannot be undone.`;
}
