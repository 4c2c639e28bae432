// A deletion that can be undone for a few seconds: the record just deleted while Undo is offered, the offer's timer
// (held while the pointer or the keyboard is on the offer, then half as long again), and what happens when it ends.
// components/ListScreen.svelte shows the offer; the screen says how to bring a record back and how to let it go.
import { tick } from "svelte";
import { forgetDeleted } from "./api";
import type { ListFrame } from "./record-list.svelte";

export type UndoOptions<T> = {
  /** What the offer says: "Note deleted.", or what names the record: (m) => `“${m.title}” deleted.`. */
  said: string | ((item: T) => string);
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
  readonly #options: UndoOptions<T>;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: UndoOptions<T>) {
    this.#options = options;
  }

  /** What the offer says about the record it is for. */
  get said(): string {
    const said = this.#options.said;
    return typeof said === "string" ? said : this.item === null ? "" : said(this.item);
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

  /** Deletes `item` with `remove`, then offers Undo for it once `hide` took it off the screen; a refusal is
   * thrown (nothing was deleted) for the screen to show. */
  async delete(item: T, remove: () => Promise<unknown>, hide: () => void | Promise<void>): Promise<void> {
    await remove();
    await hide();
    await this.offer(item);
  }

  #letGo(): void {
    if (this.item !== null) this.#options.letGo(this.item);
    this.item = null;
  }
}

/** The Undo of a screen listing a session's records: the record comes back highlighted and shown (the list read
 * again), or, once Undo is no longer offered, the core forgets its text; the keyboard then goes to the screen's title. */
export function undoDeletion<T extends { id: string }>(options: {
  said: (item: T) => string;
  restore: (id: string) => Promise<{ id: string }>;
  records: ListFrame;
  reload: () => Promise<void>;
  show: (id: string) => Promise<void>;
}): UndoOffer<T> {
  return new UndoOffer<T>({
    said: options.said,
    seconds: 8,
    restore: async (item) => {
      const back = await options.restore(item.id);
      options.records.notice = null;
      options.records.highlighted = back.id;
      await options.reload();
      await options.show(back.id);
    },
    letGo: (item) => void forgetDeleted(item.id).catch(() => {}),
    afterwards: "screen-title",
  });
}
