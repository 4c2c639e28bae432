// Markdown to HTML that is safe for {@html}: marked renders it, and DOMPurify keeps only the tags and
// attributes Markdown itself makes (an allow-list: no script, handler, style, form, image, media, frame
// or remote source of any kind), and no link that is not http:, https: or mailto:.
import DOMPurify from "dompurify";
import { Marked } from "marked";

const marked = new Marked({ gfm: true, breaks: true });

/** Link targets a note or statement may carry; anything else (javascript:, data:, file:) loses its href. */
const SAFE_LINK = /^(https?|mailto):/i;

const purify = DOMPurify(window);
purify.addHook("afterSanitizeAttributes", (node) => {
  const href = node.getAttribute("href");
  if (href === null) return;
  if (SAFE_LINK.test(href.trim())) {
    node.setAttribute("rel", "noopener noreferrer");
  } else {
    node.removeAttribute("href");
  }
});

/** The tags Markdown makes (GitHub's flavour, with line breaks): nothing else is kept. */
export const ALLOWED_TAGS = [
  "p", "br", "strong", "em", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a",
  "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td",
];
/** The attributes kept: a link's target and title, a list's start, a table cell's alignment. */
export const ALLOWED_ATTR = ["href", "title", "start", "align", "rel"];

/** Renders Markdown (raw HTML in it included) to sanitised HTML. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false });
  return purify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false });
}
