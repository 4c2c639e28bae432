// What a screen listing a session's records (key issues, situations) keeps while the person works on them: which
// add/edit forms are open (several at once, so opening one never throws away what was typed in another), the notice
// of what was just done, the record shown highlighted, the core's problem, and where the keyboard goes after each
// step. The screen brings its records, its loading and the ids of its fields; components/ListScreen.svelte shows it.
import { tick } from "svelte";
import { toApiError } from "./api";

export type RecordListPlaces = {
  /** The id of a form's first field: `new` for the Add form, else the record's id. */
  firstField: (key: string) => string;
  /** The id of what takes the keyboard on a record's card (after Cancel). */
  cardFocus: (id: string) => string;
  /** Reads the records again. */
  reload: () => Promise<void>;
  /** Scrolls a record into view and puts the keyboard on it. */
  show: (id: string) => Promise<void>;
};

export class RecordList {
  /** The open forms: "new" for the Add form, and the ids of the records being edited. */
  editing = $state<Record<string, boolean>>({});
  notice = $state<string | null>(null);
  highlighted = $state<string | null>(null);
  problem = $state<string | null>(null);
  loaded = $state(false);
  addButton = $state<HTMLButtonElement | null>(null);
  noticeElement = $state<HTMLElement | null>(null);
  readonly #places: RecordListPlaces;

  constructor(places: RecordListPlaces) {
    this.#places = places;
  }

  /** Another session: no form open, no notice. */
  reset(): void {
    this.editing = {};
    this.notice = null;
  }

  /** Opens the form for `key` ("new", or a record's id) and puts the keyboard in its first field. */
  async open(key: string): Promise<void> {
    this.editing[key] = true;
    this.notice = null;
    this.highlighted = null;
    await tick();
    const field = document.getElementById(this.#places.firstField(key));
    field?.scrollIntoView?.({ block: "center" });
    field?.focus({ preventScroll: true });
  }

  /** A form was saved: it closes, `notice` says so, and the record is shown once read again. */
  async saved(id: string, wasNew: boolean, notice: string): Promise<void> {
    delete this.editing[wasNew ? "new" : id];
    this.notice = notice;
    this.highlighted = id;
    await this.#places.reload();
    await this.#places.show(id);
  }

  /** A form was cancelled: the keyboard goes back to what opened it. */
  async cancel(key: string): Promise<void> {
    delete this.editing[key];
    await tick();
    if (key === "new") this.addButton?.focus();
    else document.getElementById(this.#places.cardFocus(key))?.focus();
  }

  /** Deletes with `remove`; the notice says what went (and takes the keyboard), or the core's problem shows. */
  async delete(remove: () => Promise<unknown>, notice: string): Promise<void> {
    try {
      await remove();
    } catch (e) {
      this.problem = toApiError(e).message;
      return;
    }
    this.notice = notice;
    this.highlighted = null;
    await this.#places.reload();
    await tick();
    this.noticeElement?.focus();
  }
}
