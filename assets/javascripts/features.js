/* Features too large to carry on every page, loaded on the pages that use them. Each is an entry of
   its own at the top of assets/ (bundled by the generator into docs/assets/javascripts/, next to this
   script), named here with the markup that calls for it. When a page that instant navigation brings
   in has that markup, its script is added to the document once; the feature then starts through
   Material's document$ (page.js), which replays the page shown to a late subscriber. A feature page
   reserves its room before its script arrives (the charter is served as a form with the guide's
   levels chosen), so nothing moves when it starts. */
import { onEveryPage } from "./page.js";

// Each file is named whole, as a string: the build names our bundles by their content and writes the
// new name in here (scripts/roleguide/postbuild/fingerprint.py).
const FEATURES = [{ name: "charter", file: "charter.js", markup: "[data-rg-charter]" }];

// This script's own address, read while it runs: the features sit next to it, whatever the page.
const HERE = document.currentScript && document.currentScript.src;

onEveryPage(() => {
  if (!HERE) return;
  for (const feature of FEATURES) {
    const id = `rg-feature-${feature.name}`;
    if (!document.querySelector(feature.markup) || document.getElementById(id)) continue;
    const script = document.createElement("script");
    script.id = id;
    script.src = new URL(feature.file, HERE).href;
    document.head.appendChild(script);
  }
});
