// A record's sources on its card: a link per source, titled, to its address; nothing when there is none.
import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import SourceLinks from "./SourceLinks.svelte";

describe("SourceLinks", () => {
  it("links each source by its title, in order, under a heading", () => {
    render(SourceLinks, {
      sources: [
        { title: "Report A/HRC/38/44", url: "https://undocs.org/A/HRC/38/44" },
        { title: "www.ohchr.org", url: "https://www.ohchr.org/" },
      ],
      heading: "h3",
    });
    expect(screen.getByRole("heading", { level: 3, name: "Sources" })).toBeInTheDocument();
    const links = screen.getAllByRole("link");
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Report A/HRC/38/44", "https://undocs.org/A/HRC/38/44"],
      ["www.ohchr.org", "https://www.ohchr.org/"],
    ]);
  });

  it("shows nothing for a record without sources", () => {
    const { container } = render(SourceLinks, { sources: [] });
    expect(container.textContent).toBe("");
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
  });
});
