/* Load the search index when the reader goes for the search box, not on every page load.
   Material requests search/search_index.json as soon as any page loads, and that file grows with the
   content (about 2 MB for a guide of 1000 sections). This holds that one request back until the search
   box is pointed at, focused or opened (keyboard shortcut, click, tap, or a shared ?q= link), then lets
   it go; Material shows "Initializing search" meanwhile and answers the query once the index is in.
   Written by hand: Material has no option for it. If Material ever loads its index another way, this
   script does nothing and the index loads at once, as before. It must run before Material's bundle. */
(() => {
  const INDEX = /\/search\/search_index\.json$/;
  const { open, send } = XMLHttpRequest.prototype;
  const held = [];
  let released = false;

  const release = () => {
    if (released) return;
    released = true;
    held.splice(0).forEach((go) => go());
  };

  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.roleguideHold = INDEX.test(new URL(url, location.href).pathname);
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (this.roleguideHold && !released) {
      held.push(() => send.apply(this, args));
      return undefined;
    }
    return send.apply(this, args);
  };

  const search = (target) => target instanceof Element && target.closest(".md-search, [for='__search'], #__search");
  for (const type of ["pointerover", "focusin", "change"]) {
    document.addEventListener(type, (event) => search(event.target) && release(), { passive: true });
  }
  if (new URLSearchParams(location.search).has("q")) release();
})();
