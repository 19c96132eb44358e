/* The way into the search, in the script of every page; the search itself loads when a reader goes
 * for it (assets/search.js, bundled to a file of its own: no search byte on a first load).
 *
 * It opens on the header's search button (overrides/partials/search-box.html), on "/" or "s" typed
 * anywhere but in a field, and on a page whose address asks for a search (`?q=...`: a shared search,
 * or the 404 page's form). Focusing the button, or pointing at it, starts loading the search and its
 * index, so that they are ready when the reader clicks. */
import { feature, HERE } from "./features.js";
import { onEveryPage } from "./page.js";

const OPENER = "[data-rg-search-open]";
// Named whole: the build writes the content-named file in here (postbuild/fingerprint.py).
const SCRIPT = "search.js";
const QUERY = "q";

function load() {
  const root = new URL("../../", HERE).href; // this script lives in assets/javascripts/
  return feature(SCRIPT).then(() => [window.roleguideSearch, root]);
}

/** Open the search with a query (or none), from wherever the reader is. */
export function openSearch(query) {
  return load().then(([search, root]) => search.open(query || "", root));
}

function typing(target) {
  return target instanceof Element && !!target.closest("input, textarea, select, [contenteditable]");
}

if (HERE) {
  document.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest(OPENER)) {
      event.preventDefault();
      openSearch("");
    }
  });
  for (const type of ["focusin", "pointerover"]) {
    document.addEventListener(type, (event) => {
      if (event.target instanceof Element && event.target.closest(OPENER)) {
        load().then(([search, root]) => search.prepare(root));
      }
    });
  }
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" && event.key !== "s") return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || typing(event.target)) return;
    if (document.querySelector("dialog[open]")) return;
    event.preventDefault();
    openSearch("");
  });
  onEveryPage(() => {
    const query = new URLSearchParams(window.location.search).get(QUERY);
    if (query && document.querySelector(OPENER)) openSearch(query);
  });
}
