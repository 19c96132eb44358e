/* Features too large to carry on every page, loaded when a page needs them. Each is an entry of its
   own at the top of assets/ (bundled by the generator into docs/assets/javascripts/, next to this
   script).
   - By markup: the charter's script is added when a page with its form is shown (the first page, or
     one that instant navigation brings in); it then starts through Material's document$ (page.js),
     which replays the page shown to a late subscriber. Its page reserves its room before the script
     arrives (the charter is served as a form with the guide's levels chosen), so nothing moves.
   - On demand: `feature(file)` adds a script once and resolves when it has run (the search, when the
     reader goes for it: javascripts/search-open.js). */
import { onEveryPage } from "./page.js";

// Each file is named whole, as a string: the build names our bundles by their content and writes the
// new name in here (scripts/roleguide/postbuild/fingerprint.py).
const BY_MARKUP = [{ file: "charter.js", markup: "[data-rg-charter]" }];

// This script's own address, read while it runs: the features sit next to it, whatever the page.
export const HERE = document.currentScript && document.currentScript.src;
const added = new Map();

/** Add the feature's script to the document once; resolves when it has run. */
export function feature(file) {
  if (!added.has(file)) {
    added.set(
      file,
      new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = new URL(file, HERE).href;
        script.addEventListener("load", resolve, { once: true });
        script.addEventListener("error", () => reject(new Error(`${file} did not load`)), { once: true });
        document.head.appendChild(script);
      }),
    );
  }
  return added.get(file);
}

onEveryPage(() => {
  if (!HERE) return;
  for (const { file, markup } of BY_MARKUP) {
    if (document.querySelector(markup)) feature(file);
  }
});
