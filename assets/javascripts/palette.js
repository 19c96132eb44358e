/* The light/dark toggle switches every colour at once. While the reader's change of palette is
 * applied, <body> has the class rg-palette-switching (assets/stylesheets/extra.css: no transitions),
 * from the change event, before Material's own handler sets the new colours, until two frames later,
 * when the page has been drawn in them. It stands in for Material's `[data-md-color-switching]`
 * rule, which the build drops (scripts/roleguide/purge.py) because Material also sets that attribute
 * on every page load, where the rule cost two restyles of the whole page. Listening on the document
 * (capture phase) covers the header's toggle on every page that instant navigation brings in. */
document.addEventListener(
  "change",
  (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.closest('[data-md-component="palette"]')) return;
    document.body.classList.add("rg-palette-switching");
    requestAnimationFrame(() =>
      requestAnimationFrame(() => document.body.classList.remove("rg-palette-switching"))
    );
  },
  true
);
