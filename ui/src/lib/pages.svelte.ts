// A long list shown a page at a time: the first hundred, the next hundred on asking, so a library of ten years
// (thousands of documents) opens as quickly as a new one; a record shown by its place is brought into the page.
export const PAGE = 100;

export class Pages {
  /** How many of the list are shown. */
  shown = $state(PAGE);

  constructor(readonly size: number = PAGE) {
    this.shown = size;
  }

  /** The part of the list shown. */
  of<T>(list: readonly T[]): readonly T[] {
    return list.length > this.shown ? list.slice(0, this.shown) : list;
  }

  /** How many the next page adds (at most a page); 0 once all are shown. */
  more(total: number): number {
    return Math.max(0, Math.min(this.size, total - this.shown));
  }

  /** Shows the next page; returns the place of its first record. */
  next(): number {
    const first = this.shown;
    this.shown += this.size;
    return first;
  }

  /** Makes sure the record at `index` is shown (one just added or brought back may sort beyond the page). */
  reveal(index: number): void {
    if (index >= this.shown) this.shown = Math.ceil((index + 1) / this.size) * this.size;
  }

  /** Back to the first page: a new find. */
  reset(): void {
    this.shown = this.size;
  }
}
