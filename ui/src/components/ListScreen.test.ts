// The frame of every list screen: the header with the screen's actions and Add, the screen's own Add form (Add
// disabled while it is open), what shows above the list, the empty state (with or without Add), the core's problem,
// the notice that takes the keyboard, reading the records (only the latest answer), the record a search result names,
// and Undo after a deletion (its timer, held while pointed at, and what is let go).
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ListFrame } from "../lib/record-list.svelte";
import { router } from "../lib/router.svelte";
import { UndoOffer } from "../lib/undo.svelte";
import ListScreenHarness from "../test/ListScreenHarness.svelte";

afterEach(() => {
  vi.useRealTimers();
  router.focusId = null;
});

function show(props: { things?: string[]; emptyAdds?: boolean; undo?: UndoOffer<string>; onNamed?: (id: string) => void } = {}) {
  let frame: ListFrame | undefined;
  const result = render(ListScreenHarness, { ...props, onReady: (f: ListFrame) => (frame = f) });
  if (!frame) throw new Error("no frame");
  return { frame, ...result };
}

function undoOffer(restore = vi.fn(async () => {})) {
  const letGo = vi.fn();
  const undo = new UndoOffer<string>({ said: "Thing deleted.", seconds: 8, restore, letGo, afterwards: "things-heading" });
  return { undo, restore, letGo };
}

describe("ListScreen", () => {
  it("has the screen's heading, its actions before Add, and opens the screen's own Add form", async () => {
    const user = userEvent.setup();
    const { frame } = show({ things: ["Reprisals"] });
    frame.loaded = true;
    expect(screen.getByRole("heading", { level: 1, name: "Things" })).toBeInTheDocument();
    const buttons = within(screen.getByRole("banner")).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual(["Show as list", "Add thing"]);
    expect(screen.getByText("A thing you have not added yet.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Add thing" }));
    expect(screen.getByRole("form", { name: "New thing" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add thing" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("form", { name: "New thing" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add thing" })).toBeEnabled();
  });

  it("shows the empty state once read, with Add unless the screen says not, and not while adding", async () => {
    const user = userEvent.setup();
    const { frame } = show();
    expect(screen.queryByRole("heading", { name: "No things yet" })).not.toBeInTheDocument();
    frame.loaded = true;
    const empty = (await screen.findByRole("heading", { name: "No things yet" })).closest("section")!;
    expect(within(empty).getByText("Add the things you follow.")).toBeInTheDocument();
    await user.click(within(empty).getByRole("button", { name: "Add thing" }));
    expect(screen.getByRole("form", { name: "New thing" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "No things yet" })).not.toBeInTheDocument();
  });

  it("offers no Add in the empty state when told (the Add form is always open there)", async () => {
    const { frame } = show({ emptyAdds: false });
    frame.loaded = true;
    const empty = (await screen.findByRole("heading", { name: "No things yet" })).closest("section")!;
    expect(within(empty).queryByRole("button")).not.toBeInTheDocument();
  });

  it("shows the core's problem instead of the empty state, and says what was done in the live region, with the keyboard on it", async () => {
    const { frame } = show();
    frame.loaded = true;
    frame.failed({ code: "storage", message: "The database is read-only." });
    expect(await screen.findByRole("alert")).toHaveTextContent("The database is read-only.");
    expect(screen.queryByRole("heading", { name: "No things yet" })).not.toBeInTheDocument();

    await frame.announce("“Reprisals” was deleted.");
    const notice = screen.getByText("“Reprisals” was deleted.");
    expect(notice.closest("[role=status]")).not.toBeNull();
    expect(notice).toHaveFocus();
  });
});

describe("Reading the records", () => {
  it("takes only the latest answer, shows the core's problem and clears it, and says when the records are read", async () => {
    const frame = new ListFrame();
    const answers: string[][] = [];
    const settled = vi.fn();
    let answerFirst: (list: string[]) => void = () => {};
    const first = frame.read(() => new Promise<string[]>((resolve) => (answerFirst = resolve)), (list) => answers.push(list), settled);
    await expect(frame.read(async () => Promise.reject({ code: "storage", message: "The database is busy." }), (list) => answers.push(list), settled)).resolves.toBe(false);
    expect(frame.problem).toBe("The database is busy.");
    expect(frame.loaded).toBe(true);
    answerFirst(["Another session's"]);
    await expect(first).resolves.toBe(false);
    expect(answers).toEqual([]);

    await expect(frame.read(async () => ["Reprisals"], (list) => answers.push(list), settled)).resolves.toBe(true);
    expect(answers).toEqual([["Reprisals"]]);
    expect(frame.problem).toBeNull();
    expect(settled).toHaveBeenCalledTimes(2);
  });
});

describe("The record a search result names", () => {
  it("opens once the records are read, and at once when named over the screen; once, and only one of its own", async () => {
    const onNamed = vi.fn();
    router.focusId = "Reprisals";
    const { frame } = show({ things: ["Civic space", "Reprisals"], onNamed });
    await Promise.resolve();
    expect(onNamed).not.toHaveBeenCalled();

    frame.loaded = true;
    await vi.waitFor(() => expect(onNamed).toHaveBeenCalledWith("Reprisals"));
    expect(router.focusId).toBeNull();

    router.focusId = "A statement";
    await Promise.resolve();
    expect(router.focusId).toBe("A statement");
    router.focusId = "Civic space";
    await vi.waitFor(() => expect(onNamed).toHaveBeenLastCalledWith("Civic space"));
    expect(onNamed).toHaveBeenCalledTimes(2);
  });
});

describe("Undo after a deletion", () => {
  it("is offered with the keyboard on it, and brings the record back", async () => {
    const user = userEvent.setup();
    const { undo, restore, letGo } = undoOffer();
    show({ things: ["Civic space"], undo });
    await undo.offer("Reprisals");
    const bar = screen.getByText("Thing deleted.").closest("[role=status]")!;
    const button = within(bar as HTMLElement).getByRole("button", { name: "Undo" });
    expect(button).toHaveFocus();
    await user.click(button);
    expect(restore).toHaveBeenCalledWith("Reprisals");
    expect(screen.queryByText("Thing deleted.")).not.toBeInTheDocument();
    expect(letGo).not.toHaveBeenCalled();
  });

  it("shows the core's refusal to bring it back, and the offer ends", async () => {
    const user = userEvent.setup();
    const { undo } = undoOffer(vi.fn(async () => Promise.reject({ code: "not_found", message: "The note is gone." })));
    show({ undo });
    await undo.offer("Reprisals");
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The note is gone.");
    expect(screen.queryByText("Thing deleted.")).not.toBeInTheDocument();
  });

  it("lets the record go when dismissed, and the keyboard goes to the place the screen names", async () => {
    const user = userEvent.setup();
    const { undo, letGo } = undoOffer();
    show({ undo });
    await undo.offer("Reprisals");
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(letGo).toHaveBeenCalledWith("Reprisals");
    expect(screen.queryByText("Thing deleted.")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "The things" })).toHaveFocus();
  });

  it("ends after its time unless pointed at, lets the one before go when another is deleted, and goes with the screen", async () => {
    vi.useFakeTimers();
    const { undo, letGo } = undoOffer();
    const { unmount } = show({ undo });
    await undo.offer("Reprisals");
    await undo.offer("Civic space");
    expect(letGo).toHaveBeenCalledWith("Reprisals");

    const bar = screen.getByText("Thing deleted.").closest("[role=status]")!;
    await fireEvent.mouseEnter(bar);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(screen.getByText("Thing deleted.")).toBeInTheDocument();
    await fireEvent.mouseLeave(bar);
    await vi.advanceTimersByTimeAsync(4_100);
    expect(screen.queryByText("Thing deleted.")).not.toBeInTheDocument();
    expect(letGo).toHaveBeenLastCalledWith("Civic space");

    await undo.offer("Freedom of expression");
    unmount();
    expect(letGo).toHaveBeenLastCalledWith("Freedom of expression");
  });
});
