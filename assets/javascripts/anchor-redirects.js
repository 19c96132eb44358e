/*
 * anchor-redirects.js: old anchors keep working, and the spot a link opens is marked.
 *
 * - Old anchors: content/redirects.yml lists old anchors of live pages; the generator writes them
 *   into the bundle in place of ROLEGUIDE_ANCHOR_REDIRECTS, as {page id: {old: new}}
 *   (scripts/roleguide/bundle.py). When the address names an anchor that is not on the page and the
 *   map has it, the address is replaced by the new anchor (no extra history entry), and the browser
 *   scrolls there as for any link.
 * - Old pages: mkdocs-redirects sends /old/#x to the new page with its own anchor first, so the
 *   address can arrive as #new#x. The reader's anchor (x, or what it redirects to) wins when this
 *   page has it; otherwise the redirect's own anchor is used.
 * - Landing: the spot gets the class rg-landed, which findability.css highlights briefly (and
 *   without animation under prefers-reduced-motion). CSS :target does the same on a full load, but
 *   not after Material's instant navigation, which changes the address with the History API.
 *
 * The bundle runs before Material's script (overrides/main.html); see the end.
 *
 * The page id is the page's path below the site root (Material's __md_scope): "metrics" for
 * /metrics/ or metrics.html, "index" for the home page. Hand-written: neither Material nor
 * mkdocs-redirects maps anchors.
 */
import { onEveryPage } from "./page.js";

/* global ROLEGUIDE_ANCHOR_REDIRECTS -- the generator puts the map from content/ in its place */
const REDIRECTS = ROLEGUIDE_ANCHOR_REDIRECTS;
const LANDED = "rg-landed";

function pageId() {
  const root = window.__md_scope ? window.__md_scope.pathname : "/";
  let path = window.location.pathname;
  if (path.indexOf(root) === 0) {
    path = path.slice(root.length);
  }
  path = path.replace(/(^|\/)index\.html$/, "").replace(/\.html$/, "").replace(/\/$/, "");
  return path || "index";
}

function known(map, id) {
  if (id && document.getElementById(id)) {
    return id;
  }
  return id && map[id] && document.getElementById(map[id]) ? map[id] : null;
}

function mark(element) {
  document.querySelectorAll("." + LANDED).forEach(function (node) {
    node.classList.remove(LANDED);
  });
  void element.offsetWidth; // restart the animation when the same spot is opened again
  element.classList.add(LANDED);
}

function land() {
  const hash = window.location.hash.slice(1);
  if (!hash) {
    return;
  }
  let wanted;
  try {
    wanted = decodeURIComponent(hash);
  } catch {
    return;
  }
  const map = REDIRECTS[pageId()] || {};
  const parts = wanted.split("#");
  let target = null;
  for (let i = parts.length - 1; i >= 0 && !target; i--) {
    target = known(map, parts[i]);
  }
  if (!target) {
    return;
  }
  if (target !== wanted) {
    window.location.replace("#" + encodeURIComponent(target));
    return; // the hashchange that follows marks it
  }
  mark(document.getElementById(target));
}

window.addEventListener("hashchange", land);
// Right away: the bundle runs once the document is parsed and before Material's script, so the
// reader is moved before Material starts (it keeps the scroll position it finds at start in the
// history entry, and returns to it). Then again on every page instant navigation brings in.
land();
onEveryPage(land);
