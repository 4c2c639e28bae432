// The Council's ten standing agenda items as the UI names them: a number and a short title, both the core's
// (core/src/reference/agenda.rs, generated into bindings/reference.ts).
import { AGENDA_ITEMS } from "./bindings/reference";

export { AGENDA_ITEMS };

/** "Item 4 · Situations that require the Council's attention", or "No agenda item". */
export function itemLabel(n: number | null | undefined): string {
  if (n == null) return "No agenda item";
  const item = AGENDA_ITEMS.find((i) => i.number === n);
  return item ? `Item ${n} · ${item.short}` : `Item ${n}`;
}
