// The focused element is moved out from under a sticky footer (WCAG 2.4.11), and left alone when it is clear.
import { afterEach, describe, expect, it, vi } from "vitest";
import { clearOfFooter } from "./clear-of-footer";

function rect(top: number, bottom: number): DOMRect {
  return { top, bottom, left: 0, right: 100, width: 100, height: bottom - top, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
}

function setup(checkboxBottom: number) {
  document.body.innerHTML = `
    <div id="scroller" style="overflow-y: auto">
      <form><input id="field" type="checkbox" /><footer style="position: sticky"><button>Save</button></footer></form>
    </div>`;
  const scroller = document.getElementById("scroller")!;
  const form = document.querySelector("form")!;
  const field = document.getElementById("field")!;
  field.getBoundingClientRect = () => rect(checkboxBottom - 20, checkboxBottom);
  document.querySelector("footer")!.getBoundingClientRect = () => rect(700, 770);
  scroller.getBoundingClientRect = () => rect(0, 770);
  const scrollBy = vi.fn();
  scroller.scrollBy = scrollBy as unknown as typeof scroller.scrollBy;
  const action = clearOfFooter(form);
  return { field, scrollBy, action };
}

const frame = () => new Promise((resolve) => setTimeout(resolve, 30));

afterEach(() => {
  document.body.innerHTML = "";
});

describe("clearOfFooter", () => {
  it("scrolls a focused checkbox the footer covers up above it, with room to spare", async () => {
    const { field, scrollBy, action } = setup(720);
    field.focus();
    await frame();
    expect(scrollBy).toHaveBeenCalledWith({ top: 32 });
    action.destroy();
  });

  it("scrolls a tall text box only as far as keeps its top in sight", async () => {
    const { field, scrollBy, action } = setup(1000);
    field.getBoundingClientRect = () => rect(300, 1000);
    field.focus();
    await frame();
    expect(scrollBy).toHaveBeenCalledWith({ top: 288 });
    action.destroy();
  });

  it("leaves a focused element the footer does not cover where it is", async () => {
    const { field, scrollBy, action } = setup(600);
    field.focus();
    await frame();
    expect(scrollBy).not.toHaveBeenCalled();
    action.destroy();
  });
});
