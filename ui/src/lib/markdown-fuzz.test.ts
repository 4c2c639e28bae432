// The window's Markdown renderer fuzzed as the core's is: 2,000 hostile fragments — media and
// remote sources (audio, video, source, srcset, background, poster, …), handlers, encodings, nesting —
// and the output, parsed again, holds only the allowed tags and attributes, no remote source and no
// link but http:, https: and mailto:.
import { describe, expect, it } from "vitest";
import { ALLOWED_ATTR, ALLOWED_TAGS, renderMarkdown } from "./markdown";

/** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
function generator(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = [
  "audio", "video", "source", "track", "picture", "img", "image", "iframe", "frame", "object", "embed", "svg",
  "math", "link", "meta", "base", "style", "script", "body", "table", "td", "input", "form", "a", "p", "marquee",
  "details", "dialog", "template", "noscript", "portal", "use", "feImage",
];
const ATTRS = [
  'src="https://tracker.example/p.gif"', 'srcset="https://tracker.example/a.png 1x"', 'background="https://tracker.example/b.png"',
  'poster="https://tracker.example/p.png"', 'data="https://tracker.example/o"', 'href="https://tracker.example/s.css"',
  'xlink:href="https://tracker.example/x"', 'action="https://tracker.example/f"', 'formaction="https://tracker.example/f"',
  'ping="https://tracker.example/ping"', 'style="background:url(https://tracker.example/c.png)"', 'onerror="alert(1)"',
  'onload="alert(1)"', 'autoplay', 'rel="preload"', 'href="javascript:alert(1)"', 'href="&#106;avascript:alert(1)"',
  'href=" JAVASCRIPT:alert(1)"', 'href="data:text/html,<script>alert(1)</script>"', 'lowsrc="https://tracker.example/l"',
  'dynsrc="https://tracker.example/d"', 'codebase="https://tracker.example/"', 'cite="https://tracker.example/"',
];
const MARKDOWN = [
  "![x](https://tracker.example/md.png)", "[ok](https://example.org)", "<https://tracker.example/auto>", "**bold**",
  "[x](javascript:alert(1))", "`code`", "> quote", "| a | b |\n|---|---|\n| c | d |", "- [ ] task",
];

function fragment(next: () => number): string {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const parts: string[] = [];
  const n = 1 + Math.floor(next() * 4);
  for (let i = 0; i < n; i++) {
    if (next() < 0.3) {
      parts.push(pick(MARKDOWN));
      continue;
    }
    const tag = next() < 0.2 ? pick(TAGS).toUpperCase() : pick(TAGS);
    const attrs = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(ATTRS)).join(" ");
    const inner = next() < 0.3 ? fragment(next) : "text";
    parts.push(next() < 0.5 ? `<${tag} ${attrs}>${inner}</${tag}>` : `<${tag} ${attrs} />`);
  }
  return parts.join(next() < 0.5 ? "\n\n" : " ");
}

describe("renderMarkdown, fuzzed", () => {
  it("keeps only allowed tags and attributes, and no remote source, over 2,000 hostile fragments", () => {
    const next = generator(20180618);
    const allowedTags = new Set(ALLOWED_TAGS.map((t) => t.toUpperCase()));
    for (let i = 0; i < 2000; i++) {
      const source = fragment(next);
      const html = renderMarkdown(source);
      const root = document.createElement("div");
      root.innerHTML = html;
      for (const el of Array.from(root.querySelectorAll("*"))) {
        expect(allowedTags.has(el.tagName), `${el.tagName} kept from ${source}`).toBe(true);
        for (const attr of Array.from(el.attributes)) {
          expect(ALLOWED_ATTR, `${attr.name} kept on ${el.tagName} from ${source}`).toContain(attr.name);
          if (attr.name === "href") expect(attr.value, source).toMatch(/^(https?|mailto):/i);
        }
      }
      // Nothing that fetches: no element of the output has a source (text that shows such markup is text).
      expect(root.querySelector("[src], [srcset], [background], [poster], [data], [action], [ping]"), source).toBeNull();
    }
  }, 60_000);
});
