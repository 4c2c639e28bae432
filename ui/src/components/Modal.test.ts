// The one modal dialog (palette, shortcut help, capture panel): Esc or a press on the backdrop asks it to close, a
// press inside does not, Tab goes round inside it, and the keyboard goes back where it was when it closes.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { createRawSnippet } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import Modal from "./Modal.svelte";

let outside: HTMLButtonElement;

beforeEach(() => {
  outside = document.createElement("button");
  outside.textContent = "Somewhere else";
  document.body.append(outside);
  outside.focus();
});

afterEach(() => outside.remove());

const body = createRawSnippet(() => ({
  render: () => `<div><h2 id="modal-heading">Keyboard shortcuts</h2><button type="button">First</button><button type="button">Last</button></div>`,
}));

function open(over: Record<string, unknown> = {}) {
  const onclose = vi.fn();
  const result = render(Modal, { labelledby: "modal-heading", onclose, children: body, ...over });
  return { onclose, ...result };
}

describe("Modal", () => {
  it("is a modal dialog named by its heading", () => {
    open({ class: "palette" });
    const dialog = screen.getByRole("dialog", { name: "Keyboard shortcuts" });
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(dialog).toHaveClass("palette");
  });

  it("asks to close on Esc and on a press on the backdrop, not on a press inside", async () => {
    const user = userEvent.setup();
    const { onclose } = open();
    screen.getByRole("button", { name: "First" }).focus();
    await user.keyboard("{Escape}");
    expect(onclose).toHaveBeenCalledTimes(1);
    await user.pointer({ keys: "[MouseLeft]", target: screen.getByRole("button", { name: "First" }) });
    expect(onclose).toHaveBeenCalledTimes(1);
    await user.pointer({ keys: "[MouseLeft]", target: screen.getByRole("dialog").parentElement! });
    expect(onclose).toHaveBeenCalledTimes(2);
  });

  it("leaves an Esc already handled inside alone and passes other keys on", async () => {
    const user = userEvent.setup();
    const onkeydown = vi.fn();
    const { onclose } = open({ onkeydown });
    const first = screen.getByRole("button", { name: "First" });
    first.addEventListener("keydown", (e) => e.key === "Escape" && e.preventDefault());
    first.focus();
    await user.keyboard("{Escape}");
    expect(onclose).not.toHaveBeenCalled();
    await user.keyboard("k");
    expect(onkeydown).toHaveBeenCalledWith(expect.objectContaining({ key: "k" }));
  });

  it("keeps Tab inside and gives the keyboard back when it closes", async () => {
    const user = userEvent.setup();
    const { unmount } = open();
    const [first, last] = [screen.getByRole("button", { name: "First" }), screen.getByRole("button", { name: "Last" })];
    last.focus();
    await user.tab();
    expect(first).toHaveFocus();
    await user.tab({ shift: true });
    expect(last).toHaveFocus();
    unmount();
    expect(outside).toHaveFocus();
  });

  it("does not give the keyboard back when told not to (a result opened elsewhere)", () => {
    const { unmount } = open({ restoreFocus: () => false });
    screen.getByRole("button", { name: "First" }).focus();
    unmount();
    expect(outside).not.toHaveFocus();
  });
});
