// The Council's ten standing agenda items as the UI names them: a number and a short title.
// (The official titles are the core's; these short forms only label menus and headings.)

export const AGENDA_ITEMS: readonly { number: number; short: string }[] = [
  { number: 1, short: "Organizational and procedural matters" },
  { number: 2, short: "Annual report of the High Commissioner" },
  { number: 3, short: "Promotion and protection of all human rights" },
  { number: 4, short: "Situations that require the Council's attention" },
  { number: 5, short: "Human rights bodies and mechanisms" },
  { number: 6, short: "Universal periodic review" },
  { number: 7, short: "Palestine and other occupied Arab territories" },
  { number: 8, short: "Vienna Declaration and Programme of Action" },
  { number: 9, short: "Racism and the Durban Declaration" },
  { number: 10, short: "Technical assistance and capacity-building" },
];

/** "Item 4 · Situations that require the Council's attention", or "No agenda item". */
export function itemLabel(n: number | null | undefined): string {
  if (n == null) return "No agenda item";
  const item = AGENDA_ITEMS.find((i) => i.number === n);
  return item ? `Item ${n} · ${item.short}` : `Item ${n}`;
}
