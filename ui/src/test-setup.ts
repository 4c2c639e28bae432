// Test setup: jest-dom's matchers (toBeInTheDocument, toHaveAccessibleDescription…) for every test.
import "@testing-library/jest-dom/vitest";

// jsdom has no <dialog> methods: a small stand-in, so components that open modal dialogs can be tested.
if (typeof HTMLDialogElement !== "undefined" && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
}
