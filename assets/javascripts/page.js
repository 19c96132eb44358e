/* onEveryPage(start): run `start` on every page that Material shows, the first one and each one that
 * instant navigation brings in (Material's `document$`, which replays the current page to a late
 * subscriber).
 *
 * The bundle runs before Material's script (overrides/main.html defers both, ours first), so
 * `document$` does not exist yet when a module calls this: it is looked up once the document is
 * parsed, when Material has started. Without Material (the page of another tool), `start` runs once.
 */
export function onEveryPage(start) {
  function subscribe() {
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(start);
    } else {
      start();
    }
  }
  if (window.document$ || document.readyState === "complete") {
    subscribe();
  } else {
    document.addEventListener("DOMContentLoaded", subscribe, { once: true });
  }
}
