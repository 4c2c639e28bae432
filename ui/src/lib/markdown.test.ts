// The Markdown helper never lets script, event handlers or unsafe links reach the DOM.
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

function dom(html: string): HTMLElement {
  const div = document.createElement("div");
  div.innerHTML = html;
  return div;
}

describe("renderMarkdown", () => {
  it("renders Markdown", () => {
    const html = dom(renderMarkdown("**Reprisals** against *defenders*\n\n- Burundi\n- Eritrea"));
    expect(html.querySelector("strong")?.textContent).toBe("Reprisals");
    expect(html.querySelectorAll("li")).toHaveLength(2);
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>hello"],
    ["an onerror handler", '<img src="x" onerror="alert(1)">'],
    ["an onclick handler", '<p onclick="alert(1)">click</p>'],
    ["an svg onload", '<svg onload="alert(1)"></svg>'],
    ["an iframe", '<iframe src="https://example.org"></iframe>'],
  ])("removes %s", (_, source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/<script|onerror|onclick|onload|<iframe|alert\(1\)<\/script/i);
    expect(dom(html).querySelector("script, iframe, [onerror], [onclick], [onload]")).toBeNull();
  });

  it.each([
    ["a javascript: Markdown link", "[click](javascript:alert(1))"],
    ["a javascript: HTML link", '<a href="javascript:alert(1)">click</a>'],
    ["an obfuscated javascript: link", '<a href="  JaVaScRiPt:alert(1)">click</a>'],
    ["a data: link", '<a href="data:text/html,<script>alert(1)</script>">click</a>'],
    ["a file: link", "[file](file:///etc/passwd)"],
  ])("takes the href off %s", (_, source) => {
    const link = dom(renderMarkdown(source)).querySelector("a");
    expect(link?.hasAttribute("href") ?? false).toBe(false);
  });

  it.each([
    ["https", "[ISHR](https://ishr.ch)", "https://ishr.ch"],
    ["http", "[ISHR](http://ishr.ch)", "http://ishr.ch"],
    ["mailto", "[write](mailto:info@ishr.ch)", "mailto:info@ishr.ch"],
  ])("keeps %s links, opened without a referrer", (_, source, href) => {
    const link = dom(renderMarkdown(source)).querySelector("a");
    expect(link?.getAttribute("href")).toBe(href);
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer");
  });
});
