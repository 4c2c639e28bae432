// The one list of search results: a listbox driven from the palette's box, or buttons the arrow keys go through on
// the Search screen; either way a click opens the hit.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import SearchResults from "./SearchResults.svelte";
import { HITS } from "../test/search-data";

describe("SearchResults", () => {
  it("as a listbox: options named for the box, the one under the mouse chosen, a click opens it", async () => {
    const user = userEvent.setup();
    const onopen = vi.fn();
    render(SearchResults, { hits: HITS, onopen, id: "palette-results", optionPrefix: "palette-hit", active: 0 });
    const options = screen.getAllByRole("option");
    expect(options).toHaveLength(HITS.length);
    expect(options[0]).toHaveAttribute("id", "palette-hit-0");
    expect(options[0]).toHaveAttribute("aria-selected", "true");
    await user.hover(options[1]);
    expect(options[1]).toHaveAttribute("aria-selected", "true");
    expect(options[0]).toHaveAttribute("aria-selected", "false");
    await user.click(options[1]);
    expect(onopen).toHaveBeenCalledWith(HITS[1]);
  });

  it("as buttons: ↓ and ↑ move between them, ↑ on the first leaves, Enter opens", async () => {
    const user = userEvent.setup();
    const onopen = vi.fn();
    const onleave = vi.fn();
    const { component } = render(SearchResults, { hits: HITS, onopen, onleave });
    const buttons = screen.getAllByRole("button");
    component.focusFirst();
    expect(buttons[0]).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(buttons[1]).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onopen).toHaveBeenCalledWith(HITS[1]);
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(onleave).toHaveBeenCalledTimes(1);
  });
});
