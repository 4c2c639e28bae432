// The sources field: a title and an address per source, in order; added with the keyboard taken to the new address,
// removed with it kept in the list; a web address opens through a plain link (the shell opens http and https links
// outside the app); the core's message under the list, its addresses marked invalid.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import SourcesField from "./SourcesField.svelte";

const REPORT = { title: "Report A/HRC/38/44", url: "https://undocs.org/A/HRC/38/44" };
const ORDER = { title: "", url: "https://www.ohchr.org/en/hr-bodies/hrc/regular-sessions/session38" };

const address = (n: number) => screen.getByRole("textbox", { name: `Source ${n} Address` });
const title = (n: number) => screen.getByRole("textbox", { name: `Source ${n} Title` });

describe("SourcesField", () => {
  it("shows each source in order, a web address as a link to open it", () => {
    render(SourcesField, { id: "k-sources", sources: [REPORT, ORDER, { title: "Typed", url: "www.ohchr.org" }] });

    expect(screen.getByRole("group", { name: "Sources" })).toHaveAccessibleDescription(expect.stringContaining("http or https"));
    expect(address(1)).toHaveValue(REPORT.url);
    expect(title(1)).toHaveValue(REPORT.title);
    expect(address(2)).toHaveValue(ORDER.url);
    expect(title(2)).toHaveValue("");
    const open = screen.getAllByRole("link");
    expect(open.map((a) => a.getAttribute("href"))).toEqual([REPORT.url, ORDER.url]);
    expect(open[0]).toHaveAccessibleName("Open source 1 in the browser");
    // "www.ohchr.org" is no web address yet: nothing to open (the core says so on saving).
    expect(screen.queryByRole("link", { name: "Open source 3 in the browser" })).not.toBeInTheDocument();
  });

  it("adds a source with the keyboard on its address, and removes one keeping the keyboard in the list", async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(SourcesField, { id: "n-sources", sources: [REPORT], onChange });

    await user.click(screen.getByRole("button", { name: "Add source" }));
    expect(address(2)).toHaveFocus();
    await user.keyboard("https://ishr.ch/latest");
    expect(onChange).not.toHaveBeenCalled();
    await user.tab(); // leaving the address is a change
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("link", { name: "Open source 2 in the browser" })).toHaveAttribute("href", "https://ishr.ch/latest");

    await user.click(screen.getByRole("button", { name: "Remove source 1" }));
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(address(1)).toHaveValue("https://ishr.ch/latest");
    expect(address(1)).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Remove source 1" }));
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add source" })).toHaveFocus();
  });

  it("shows the core's message under the list and marks the addresses", () => {
    const message = '"www.ohchr.org" is not a web address (one starting https:// or http://)';
    render(SourcesField, { id: "s-sources", sources: [REPORT, { title: "", url: "www.ohchr.org" }], error: message });

    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Sources" })).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(address(1)).toHaveAttribute("aria-invalid", "true");
    expect(address(2)).toHaveAttribute("aria-invalid", "true");
    expect(title(1)).not.toHaveAttribute("aria-invalid");
  });
});
