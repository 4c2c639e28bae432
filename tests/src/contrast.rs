//! What axe does not measure about the fields on screen (WCAG 1.4.11 and 1.4.3): a field's border,
//! when it is the field's only outline, stands out 3:1 from what is around it, and its placeholder
//! reads at 4.5:1 against the field.
use crate::App;

/// Colours as the window computes them, the contrast ratio of WCAG 2, and each shown field checked.
const CHECK: &str = r#"
const parse = (c) => {
  const m = (c || "").match(/[\d.]+/g);
  if (!m || m.length < 3) return null;
  const [r, g, b, a = 1] = m.map(Number);
  return { r, g, b, a };
};
const lum = ({ r, g, b }) => {
  const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const ratio = (x, y) => {
  const [hi, lo] = [lum(x), lum(y)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
};
const opaque = (c) => c && c.a > 0.5;
const backdrop = (el) => {
  for (let e = el.parentElement; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (opaque(c)) return c;
  }
  return { r: 255, g: 255, b: 255, a: 1 };
};
const name = (el) =>
  el.id ? `#${el.id}` : `${el.localName}${el.name ? `[name=${el.name}]` : ""}${el.className ? `.${String(el.className).trim().split(/\s+/).join(".")}` : ""}`;
// WebKit computes no style for ::placeholder, so the last style rule for it that matches the field is
// read instead (a variable resolved on the field); with none, WebKit's own grey stays.
const placeholderRules = [];
const collect = (rules) => {
  for (const rule of rules) {
    if (rule.cssRules && !rule.selectorText) collect(rule.cssRules);
    else if (rule.selectorText?.includes("::placeholder") && rule.style.color) placeholderRules.push(rule);
  }
};
for (const sheet of document.styleSheets) collect(sheet.cssRules);
const placeholderColour = (el, style) => {
  let colour = "rgb(169, 169, 169)"; // WebKit's own: darkGray
  for (const rule of placeholderRules) {
    const matches = rule.selectorText.split(",").some((one) => {
      const host = one.replace(/::placeholder/g, "").trim();
      return host === "" || el.matches(host);
    });
    if (!matches) continue;
    const v = rule.style.color.trim();
    const variable = /^var\((--[\w-]+)\)$/.exec(v);
    colour = variable ? style.getPropertyValue(variable[1]).trim() : v;
  }
  return colour;
};
const hex = (c) => (/^#[0-9a-f]{6}$/i.test(c) ? `rgb(${[1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)).join(", ")})` : c);
const problems = [];
const fields = document.querySelectorAll("input:not([type=radio]):not([type=checkbox]):not([type=hidden]), select, textarea");
for (const el of fields) {
  if (el.getClientRects().length === 0) continue;
  const style = getComputedStyle(el);
  const around = backdrop(el);
  const own = parse(style.backgroundColor);
  const inside = opaque(own) ? own : around;
  const border = parse(style.borderBottomColor);
  const outlinedByBackground = opaque(own) && ratio(own, around) >= 3;
  if (parseFloat(style.borderBottomWidth) > 0 && opaque(border) && !outlinedByBackground) {
    const r = ratio(border, around);
    if (r < 3) problems.push(`${name(el)}: its border ${style.borderBottomColor} is ${r.toFixed(2)}:1 against what surrounds it (3:1 needed)`);
  }
  if (el.placeholder) {
    const colour = placeholderColour(el, style);
    const c = parse(hex(colour));
    const r = c ? ratio(c, inside) : 0;
    if (r < 4.5) problems.push(`${name(el)}: its placeholder ${colour} is ${r.toFixed(2)}:1 against the field (4.5:1 needed)`);
  }
}
return problems;
"#;

impl App {
    /// The fields on screen whose border or placeholder is too faint, each said in a sentence.
    pub async fn faint_fields(&self) -> Vec<String> {
        let answer = self
            .client
            .execute(CHECK, vec![])
            .await
            .unwrap_or_else(|e| panic!("measuring the fields' contrast: {e}"));
        answer
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p.as_str().map(String::from))
            .collect()
    }
}
