/* onEveryPage(start): run `start` on every page that Material shows, the first one and each one that
 * instant navigation brings in (Material's `document$`, which replays the current page to a late
 * subscriber).
 *
 * The bundle runs before Material's script (overrides/main.html), so `document$` does not exist yet
 * when a module calls this: it is looked up once the document is parsed, when Material has started.
 * Without Material (the page of another tool), `start` runs once.
 *
 * `start` runs in a task of its own, just after Material's start-up, instead of inside it: the
 * browser may paint in between, and no task grows long enough to hold up a reader's tap. Nothing
 * moves when it runs, because every feature has its room from the first paint.
 */
export function onEveryPage(start) {
  const later = () => window.setTimeout(start, 0);
  function subscribe() {
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(later);
    } else {
      later();
    }
  }
  if (window.document$ || document.readyState === "complete") {
    subscribe();
  } else {
    document.addEventListener("DOMContentLoaded", subscribe, { once: true });
  }
}
