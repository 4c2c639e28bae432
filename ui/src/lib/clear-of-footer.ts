// Keeps what has the keyboard focus in a form out from under the form's sticky footer (WCAG 2.4.11): once the
// browser has brought the focused element into view, if the footer still covers it, the scrolling area around
// the form moves it up above the footer. A Svelte action: `<form use:clearOfFooter>` (its footer a direct child).

/** Room left between the focused element and the footer, in px. */
const ROOM = 12;

/** The nearest ancestor that scrolls vertically. */
function scroller(node: HTMLElement): HTMLElement | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(el).overflowY)) return el;
  }
  return null;
}

/** How far to scroll so that the footer no longer covers the element (0 when it does not), but never so far that
 *  the element's top leaves the scrolling area (a tall text box shows its top, where typing starts). */
export function coveredBy(target: DOMRect, footer: DOMRect, area: DOMRect): number {
  return Math.max(0, Math.min(target.bottom + ROOM - footer.top, target.top - ROOM - area.top));
}

export function clearOfFooter(form: HTMLElement) {
  function onFocusIn(event: FocusEvent) {
    const target = event.target;
    const footer = form.querySelector<HTMLElement>(":scope > footer");
    if (!(target instanceof HTMLElement) || !footer || footer.contains(target)) return;
    if (getComputedStyle(footer).position !== "sticky") return;
    const after = typeof requestAnimationFrame === "function" ? requestAnimationFrame : (f: () => void) => setTimeout(f, 0);
    after(() => {
      if (document.activeElement !== target) return;
      const area = scroller(form);
      if (!area) return;
      const by = coveredBy(target.getBoundingClientRect(), footer.getBoundingClientRect(), area.getBoundingClientRect());
      if (by > 0) area.scrollBy({ top: by });
    });
  }
  form.addEventListener("focusin", onFocusIn);
  return { destroy: () => form.removeEventListener("focusin", onFocusIn) };
}
