// A deletion that can be undone for a few seconds: the record just deleted while Undo is offered, the offer's timer
// (held while the pointer or the keyboard is on the offer, then half as long again), and what happens when it ends.
// components/ListScreen.svelte shows the offer; the screen says how to bring a record back and how to let it go.
import { tick } from "svelte";

export type UndoOptions<T> = {
  /** What the offer says: "Note deleted.". */
  said: string;
  /** How long Undo is offered. */
  seconds: number;
  /** Brings the record back, and shows it. */
  restore: (item: T) => Promise<void>;
  /** Undo is no longer offered: what the record's deletion still kept may go (the core empties its text). */
  letGo: (item: T) => void;
  /** The id of what takes the keyboard when the offer ends while it had it. */
  afterwards: string;
};

export class UndoOffer<T> {
  /** The record just deleted, while Undo is offered. */
  item = $state<T | null>(null);
  bar = $state<HTMLElement | null>(null);
  button = $state<HTMLButtonElement | null>(null);
  readonly said: string;
  readonly #options: UndoOptions<T>;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: UndoOptions<T>) {
    this.#options = options;
    this.said = options.said;
  }

  /** `item` was deleted: Undo is offered for it (the offer for another ends), and takes the keyboard. */
  async offer(item: T): Promise<void> {
    this.#letGo();
    this.item = item;
    this.#start(this.#options.seconds);
    await tick();
    // The deleted record had the keyboard: Undo is the natural next step.
    this.button?.focus();
  }

  /** The pointer or the keyboard is on the offer: it stays. */
  hold(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** The pointer or the keyboard left the offer: it goes after half the time. */
  release(): void {
    this.#start(this.#options.seconds / 2);
  }

  /** Ends the offer; the keyboard, if it was on it, goes to the place named `afterwards`. */
  async close(): Promise<void> {
    const hadFocus = this.bar?.contains(document.activeElement) ?? false;
    this.hold();
    this.#letGo();
    if (hadFocus) {
      await tick();
      document.getElementById(this.#options.afterwards)?.focus();
    }
  }

  /** Brings the record back; the offer ends either way (a refusal is thrown for the screen to show). */
  async undo(): Promise<void> {
    const item = this.item;
    if (item === null) return;
    this.hold();
    try {
      await this.#options.restore(item);
    } finally {
      this.item = null;
    }
  }

  /** The screen goes: the offer ends with it. */
  dispose(): void {
    this.hold();
    this.#letGo();
  }

  #start(seconds: number): void {
    this.hold();
    this.#timer = setTimeout(() => void this.close(), seconds * 1000);
  }

  #letGo(): void {
    if (this.item !== null) this.#options.letGo(this.item);
    this.item = null;
  }
}
