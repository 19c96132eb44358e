/* The light/dark toggle in the header (overrides/partials/palette.html), run here instead of by
 * Material's palette component, with the same behaviour and the same stored choice:
 *
 * - The page starts in the reader's last choice (localStorage "__palette", which Material's inline
 *   script at the top of <body> has already applied before the first paint), or else in the scheme
 *   that the system asks for (prefers-color-scheme). Its radio button is checked, and the label that
 *   leads to the other scheme shows (all labels are hidden in the markup, so a reader without
 *   JavaScript sees no toggle that could do nothing).
 * - A change (click, tap, arrow keys, or Enter as in Material) sets the scheme's colours on <body>,
 *   stores the choice in Material's format, and shows the other label. While it is applied, <body>
 *   has the class rg-palette-switching (assets/stylesheets/extra.css: no transitions) until two
 *   frames later, so every colour switches at once.
 * - `<meta name="theme-color">` follows the header's colour, as with Material. The page's own colour
 *   scheme (scrollbars, the canvas) follows from extra.css, where Material sets a
 *   `<meta name="color-scheme">`: adding or changing that element restyles the whole page, which
 *   Material did twice in every page load (notes/2026-12-07-theme-patches.md).
 *
 * Why by hand: Material's component cannot be told to skip that element, and the build also drops
 * its `[data-md-color-switching] *` rule (scripts/roleguide/postbuild/purge.py), which restyled every element
 * too. The header stays in place across instant navigation, so this runs once. */
const KEY = "__palette";
// The form is the theme's (overrides/partials/palette.html), on every page of both engines, whose
// inline script in <head> also defines __md_get and __md_set, the helpers used for the stored choice.
const form = document.querySelector("[data-rg-palette]");

function colours(input) {
  return {
    media: input.getAttribute("data-md-color-media"),
    scheme: input.getAttribute("data-md-color-scheme"),
    primary: input.getAttribute("data-md-color-primary"),
    accent: input.getAttribute("data-md-color-accent"),
  };
}

function themeColour() {
  const header = document.querySelector("[data-md-component=header]");
  let meta = document.querySelector('meta[name="theme-color"]');
  if (!header) return;
  if (!meta) {
    meta = document.createElement("meta");
    meta.name = "theme-color";
    document.head.appendChild(meta);
  }
  const rgb = getComputedStyle(header).backgroundColor.match(/\d+/g) || [];
  meta.content = "#" + rgb.slice(0, 3).map(function (v) { return (+v).toString(16).padStart(2, "0"); }).join("");
}

function apply(inputs, index) {
  const input = inputs[index];
  const color = colours(input);
  input.checked = true;
  Object.keys(color).forEach(function (key) {
    if (color[key] !== null) document.body.setAttribute("data-md-color-" + key, color[key]);
  });
  inputs.forEach(function (each, i) {
    const label = each.nextElementSibling;
    if (label instanceof HTMLLabelElement) label.hidden = i !== index;
  });
  window.__md_set(KEY, { index: index, color: color });
}

if (form) {
  const inputs = Array.prototype.slice.call(form.querySelectorAll("input"));
  const saved = window.__md_get(KEY);
  const index = saved && typeof saved.index === "number" ? saved.index : inputs.findIndex(function (input) {
    return matchMedia(input.getAttribute("data-md-color-media")).matches;
  });
  if (inputs.length) apply(inputs, Math.max(0, Math.min(index, inputs.length - 1)));

  form.addEventListener("change", function (event) {
    const i = inputs.indexOf(event.target);
    if (i < 0) return;
    document.body.classList.add("rg-palette-switching");
    apply(inputs, i);
    themeColour();
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { document.body.classList.remove("rg-palette-switching"); });
    });
  });
  // Enter on the focused toggle switches, as with Material (a radio button alone only knows arrows).
  form.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    const i = inputs.findIndex(function (input) { return input.checked; });
    const next = inputs[(i + 1) % inputs.length];
    next.click();
    next.focus();
  });
  // After the first paint, when the header's style is already computed.
  window.addEventListener("load", function () { setTimeout(themeColour, 0); }, { once: true });
}
