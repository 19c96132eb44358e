/* The words of a search, marked on the page that a result opens. A result's address carries them
 * (`?h=word+word`); each occurrence in the article is marked with the CSS Custom Highlight API, which
 * paints over the text without changing the page (nothing moves, nothing to undo). Browsers without
 * the API show the page unmarked. Written by hand: Pagefind's own highlight script is 44 kB and
 * rewrites the page's markup. */
import { onEveryPage } from "./page.js";

const PARAM = "h";
const NAME = "rg-search";

function ranges(root, words) {
  const pattern = new RegExp(`\\b(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "giu");
  const found = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && node.parentElement.closest("script, style, .headerlink, [hidden]")) continue;
    for (const match of node.data.matchAll(pattern)) {
      const range = new Range();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      found.push(range);
    }
  }
  return found;
}

onEveryPage(() => {
  if (!window.CSS || !CSS.highlights || typeof Highlight !== "function") return;
  CSS.highlights.delete(NAME);
  const words = (new URLSearchParams(window.location.search).get(PARAM) || "").split(/\s+/).filter((w) => w.length > 1);
  const article = document.querySelector("article");
  if (!words.length || !article) return;
  CSS.highlights.set(NAME, new Highlight(...ranges(article, words)));
});
