// What a screen listing a session's records keeps while the person works on them. ListFrame is what every such
// screen's frame (components/ListScreen.svelte) shows, whatever its records: the notice of what was just done, the
// core's problem, whether the records were read, the record shown highlighted, whether the Add form is open, and the
// places the keyboard goes back to. RecordList adds the forms of a screen of cards (key issues, situations): several
// open at once, so opening one never throws away what was typed in another, and where the keyboard goes after each
// step. The screen brings its records, its loading and the ids of its fields.
import { tick, untrack } from "svelte";
import { toApiError } from "./api";
import { latest } from "./latest";
import { router } from "./router.svelte";

/** A screen whose Add form is its own (a board's editor, a calendar's form): whether it is open, and how to open it. */
export type AddForm = {
  adding: () => boolean;
  add: () => void;
};

export class ListFrame {
  notice = $state<string | null>(null);
  problem = $state<string | null>(null);
  loaded = $state(false);
  highlighted = $state<string | null>(null);
  addButton = $state<HTMLButtonElement | null>(null);
  noticeElement = $state<HTMLElement | null>(null);
  readonly #form: AddForm | undefined;
  readonly #reads = latest();

  constructor(form?: AddForm) {
    this.#form = form;
  }

  /** Is the Add form open? (The Add button is then disabled, and the empty state not shown.) */
  get adding(): boolean {
    return this.#form?.adding() ?? false;
  }

  /** Opens the Add form (the header's and the empty state's Add button). */
  add(): void {
    this.#form?.add();
  }

  /** Reads the screen's records with `ask` and hands them to `answer`. Only the latest read counts (an earlier answer
   * arriving after it, such as another session's, is dropped); the core's problem shows when it fails and goes when
   * a read succeeds; then the records are read (`loaded`) and `settled` runs. Resolves to whether `answer` took it. */
  read<T>(ask: () => Promise<T>, answer: (value: T) => void, settled?: () => void): Promise<boolean> {
    return this.#reads.load(ask, {
      answer: (value) => {
        answer(value);
        this.problem = null;
      },
      failure: (e) => this.failed(e),
      settled: () => {
        this.loaded = true;
        settled?.();
      },
    });
  }

  /** The core refused: its message shows. */
  failed(e: unknown): void {
    this.problem = toApiError(e).message;
  }

  /** Opens with `open` the record a search result or the overview names (`router.focusId`), if it is one of `ids`:
   * at once when one is named while the records are read (a search hit opened over this screen). Call it while the
   * screen is made; the step it returns opens the named record now (once the records have arrived). */
  openNamed(ids: () => readonly string[], open: (id: string) => void): () => void {
    const take = () => {
      const id = router.takeFocus(ids());
      if (id !== null) open(id);
    };
    $effect(() => {
      if (this.loaded && router.focusId !== null) untrack(take);
    });
    return take;
  }

  /** Says what was just done, and puts the keyboard on it (what had it is gone). */
  async announce(notice: string): Promise<void> {
    this.notice = notice;
    await tick();
    this.noticeElement?.focus();
  }
}

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

export class RecordList extends ListFrame {
  /** The open forms: "new" for the Add form, and the ids of the records being edited. */
  editing = $state<Record<string, boolean>>({});
  readonly #places: RecordListPlaces;

  constructor(places: RecordListPlaces) {
    super();
    this.#places = places;
  }

  override get adding(): boolean {
    return this.editing.new ?? false;
  }

  override add(): void {
    void this.open("new");
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
      this.failed(e);
      return;
    }
    this.notice = notice;
    this.highlighted = null;
    await this.#places.reload();
    await tick();
    this.noticeElement?.focus();
  }
}
