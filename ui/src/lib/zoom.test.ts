// Text zoom (WCAG 1.4.4): Ctrl+= and Ctrl+− step the root font size from 100 % to 200 %, Ctrl+0 goes back,
// the step is remembered, and deliver mode's own use of the keys comes first.
import { afterEach, describe, expect, it } from "vitest";
import { applyZoom, handleZoomKey, storedZoom, zoomFor } from "./zoom";

const key = (init: KeyboardEventInit) => new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init });
const root = document.documentElement;

afterEach(() => {
  applyZoom(1);
  localStorage.clear();
});

describe("zoomFor", () => {
  it("steps up with Ctrl+= or Ctrl++, down with Ctrl+−, and back with Ctrl+0, within 100–200 %", () => {
    expect(zoomFor(key({ key: "=", ctrlKey: true }), 1)).toBe(1.1);
    expect(zoomFor(key({ key: "+", ctrlKey: true, shiftKey: true }), 1.1)).toBe(1.25);
    expect(zoomFor(key({ key: "=", metaKey: true }), 2)).toBe(2);
    expect(zoomFor(key({ key: "-", ctrlKey: true }), 1.5)).toBe(1.25);
    expect(zoomFor(key({ key: "-", ctrlKey: true }), 1)).toBe(1);
    expect(zoomFor(key({ key: "0", ctrlKey: true }), 1.75)).toBe(1);
  });

  it("leaves other keys alone (no Ctrl, or AltGr)", () => {
    expect(zoomFor(key({ key: "=" }), 1)).toBeNull();
    expect(zoomFor(key({ key: "=", ctrlKey: true, altKey: true }), 1)).toBeNull();
    expect(zoomFor(key({ key: "k", ctrlKey: true }), 1)).toBeNull();
  });
});

describe("handleZoomKey", () => {
  it("scales the root font size, marks large zoom, and remembers the step", () => {
    for (let i = 0; i < 6; i++) expect(handleZoomKey(key({ key: "=", ctrlKey: true }))).toBe(true);
    expect(root.style.fontSize).toBe("200%");
    expect(root.dataset.zoom).toBe("large");
    expect(storedZoom()).toBe(2);

    handleZoomKey(key({ key: "0", ctrlKey: true }));
    expect(root.style.fontSize).toBe("");
    expect(root.dataset.zoom).toBeUndefined();
    expect(storedZoom()).toBe(1);
  });

  it("does nothing with a key deliver mode has already used", () => {
    const event = key({ key: "=", ctrlKey: true });
    event.preventDefault();
    expect(handleZoomKey(event)).toBe(false);
    expect(root.style.fontSize).toBe("");
  });
});
