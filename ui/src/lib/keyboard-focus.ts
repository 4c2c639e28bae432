// Keeps keyboard focus inside a modal dialog (Tab and Shift+Tab go round it) and, when it closes,
// gives focus back to what had it before. A Svelte action: `<div use:trapFocus={{ restore }}>`.

const FOCUSABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type='hidden'])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "[tabindex]:not([tabindex='-1'])",
].join(",");

/** The elements Tab reaches inside `root`, in order. */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest("[inert]") && !el.hidden);
}

export type TrapOptions = {
  /** Whether focus goes back to where it was when the dialog closes (default: yes). Read at closing. */
  restore?: () => boolean;
};

export function trapFocus(node: HTMLElement, options: TrapOptions = {}) {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  let restore = options.restore ?? (() => true);

  function onKeydown(event: KeyboardEvent) {
    if (event.key !== "Tab") return;
    const items = focusables(node);
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !node.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !node.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  }

  // Focus that escapes anyway (a click behind the backdrop, a screen reader's move) is brought back.
  function onFocusIn(event: FocusEvent) {
    if (event.target instanceof Node && !node.contains(event.target)) focusables(node)[0]?.focus();
  }

  node.addEventListener("keydown", onKeydown);
  document.addEventListener("focusin", onFocusIn);

  return {
    update(next: TrapOptions = {}) {
      restore = next.restore ?? (() => true);
    },
    destroy() {
      node.removeEventListener("keydown", onKeydown);
      document.removeEventListener("focusin", onFocusIn);
      if (restore() && previous?.isConnected) previous.focus();
    },
  };
}
