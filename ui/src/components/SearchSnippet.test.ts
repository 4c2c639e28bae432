// Snippets: matched words in <mark>, stray Markdown marks dropped, and everything else plain text.
import { render } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { readableSnippet } from "../lib/search.svelte";
import SearchSnippet from "./SearchSnippet.svelte";

describe("SearchSnippet", () => {
  it("marks the hits and keeps HTML in the text as text", () => {
    const { container } = render(SearchSnippet, {
      parts: [
        { text: "<script>alert(1)</script> the ", hit: false },
        { text: "Reprisals", hit: true },
        { text: " report", hit: false },
      ],
    });
    expect(container.querySelector("script")).toBeNull();
    expect([...container.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["Reprisals"]);
    expect(container.textContent).toBe("<script>alert(1)</script> the Reprisals report");
  });

  it("drops Markdown emphasis, code ticks and heading hashes, and reads line breaks as spaces", () => {
    expect(
      readableSnippet([
        { text: "## Burundi\ndo **not** name `them` ", hit: false },
        { text: "snake_case__word", hit: true },
      ]),
    ).toEqual([
      { text: "Burundi do not name them ", hit: false },
      { text: "snake_case__word", hit: true },
    ]);
  });
});
