// Markdown to HTML that is safe for {@html}: marked renders it, DOMPurify removes scripts, event
// handlers, styles, forms and images, and any link that is not http:, https: or mailto:.
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

/** Renders Markdown (raw HTML in it included) to sanitised HTML. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false });
  return purify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ["style", "form", "input", "button", "textarea", "select", "img", "svg", "math"],
    FORBID_ATTR: ["style", "target"],
  });
}
