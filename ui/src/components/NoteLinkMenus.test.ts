// The note editor's link menus: a note can be about a text of its session, chosen by its symbol (adopted, else draft)
// and title, and unlinked with "No text"; the other links stay as they were.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { noLinks, type NoteLinks } from "../lib/note-links";
import { resolution } from "../test/resolution-data";
import NoteLinkMenus from "./NoteLinkMenus.svelte";

const L17 = resolution({ id: "t-l17", title: "Civil society space", draft_symbol: "A/HRC/38/L.17" });
const RES16 = resolution({ id: "t-res16", title: "Human rights of migrants", draft_symbol: "A/HRC/38/L.2", adopted_symbol: "A/HRC/RES/38/16" });
const UNNUMBERED = resolution({ id: "t-new", title: "Freedom of expression" });
const CONTEXT = { meetings: [], situations: [], keyIssues: [], statements: [], texts: [L17, RES16, UNNUMBERED] };

describe("NoteLinkMenus' Text", () => {
  it("offers the session's texts by symbol and title, and links or unlinks the one chosen", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const links: NoteLinks = { ...noLinks(), keyIssueId: "k1" };
    render(NoteLinkMenus, { props: { idPrefix: "n", links, context: CONTEXT, onChange } });
    const menu = screen.getByLabelText("Text");
    expect([...(menu as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      "No text",
      "A/HRC/38/L.17 Civil society space",
      "A/HRC/RES/38/16 Human rights of migrants",
      "Freedom of expression",
    ]);
    expect(menu).toHaveValue("");
    await user.selectOptions(menu, "A/HRC/RES/38/16 Human rights of migrants");
    expect(onChange).toHaveBeenLastCalledWith({ ...links, resolutionId: "t-res16" });
  });

  it("shows the text a note is about, and “No text” unlinks it", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const links: NoteLinks = { ...noLinks(), resolutionId: "t-l17" };
    render(NoteLinkMenus, { props: { idPrefix: "n", links, context: CONTEXT, onChange } });
    const menu = screen.getByLabelText("Text");
    expect(menu).toHaveValue("t-l17");
    await user.selectOptions(menu, "No text");
    expect(onChange).toHaveBeenLastCalledWith({ ...links, resolutionId: null });
  });
});
