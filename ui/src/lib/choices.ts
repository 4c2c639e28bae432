// The core's closed choices as the window reads them: the generated lists (bindings/choices.ts) hold every key
// with its label, in the core's order; this finds one choice's label.

/** The label of `key` in one of the generated lists ("interactive-dialogue" → "Interactive dialogue"); the key
 *  itself if the list does not hold it. */
export function labelOf<K extends string>(list: readonly { key: K; label: string }[], key: K): string {
  return list.find((c) => c.key === key)?.label ?? key;
}
