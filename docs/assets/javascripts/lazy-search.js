/* The site's two additions to Material's search. It must run before Material's bundle.

   1. The index loads when the reader goes for the search box, not on every page load.
      Material requests search/search_index.json as soon as any page loads, and that file grows with
      the content (about 2 MB for a guide of 1000 sections). This holds that one request back until the
      search box is pointed at, focused or opened (keyboard shortcut, click, tap, or a shared ?q= link),
      then lets it go; Material shows "Initializing search" meanwhile and answers the query once the
      index is in. If Material ever loads its index another way, this does nothing and the index loads
      at once, as before.

   2. A query of two or more words prefers the sections that hold the whole phrase.
      Material's search (lunr, in a web worker) scores each word on its own, and a word in a heading
      weighs more than the same word in the text, so "critical path method" could put the section
      titled "Career path" above the one that names the method. lunr keeps no word order, so this
      re-ranks the results on their way back from the worker: the sections (and pages) whose heading or
      text holds the query's words next to each other, in order (the last word may still be being
      typed), come first, in their own order; the others follow, in theirs. A one-word query and a
      query that no section holds as a phrase keep Material's ranking. Pages that gather what the
      sections say (the home page, the comparison, the glossary...: a search boost below 1 in their
      front matter) are never moved up by a phrase, so a search still lands on the section itself. The worker, its index and
      Material's bundle are untouched: the site's Worker class wraps whichever Worker the page has
      (the browser's, or the iframe-worker shim of the offline copy) and reads the index from the
      set-up message Material sends it. If Material's messages ever change shape, the results pass
      as they are.

   Written by hand: Material has no option for either. rankByPhrase and the helpers before it are pure
   functions, loaded with require() by the Node tests (tests/js/search-phrase.test.js). */
(function (exports) {
  "use strict";

  // Material's search worker messages (integrations/search/worker/message: SearchMessageType).
  const SETUP = 0;
  const QUERY = 2;
  const RESULT = 3;

  const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };

  /** The words of a text or of HTML, lower-cased: letters and digits, everything else splits. */
  function words(text) {
    const plain = String(text || "")
      .replace(/<[^>]*>/g, " ")
      .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
    return plain.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  /** A search document's words as one string with a space before each, to look phrases up in. */
  function wordLine(doc) {
    return " " + words(doc.title).join(" ") + " \u0000 " + words(doc.text).join(" ") + " ";
  }

  /** Whether a word line holds the phrase: its words in order, the last one possibly cut short. */
  function holds(line, phrase) {
    return line.includes(" " + phrase.join(" "));
  }

  /** Material's result groups (one per page, each a list of sections with scores), re-ranked so that
      the sections holding the whole phrase of a query of two or more words come first (each keeps its
      score plus the best score of the others: their order among themselves stays). A document with a
      search boost below 1 is not moved. `lineOf` gives a document's word line by its location.
      Returns new groups; the input is not changed. */
  function rankByPhrase(groups, query, lineOf) {
    const phrase = words(query);
    if (phrase.length < 2 || !Array.isArray(groups)) return groups;
    const matched = (item) =>
      item.score > 0 && !(item.boost < 1) && holds(lineOf(item.location) || wordLine(item), phrase);
    let lift = 0;
    let found = false;
    for (const group of groups) {
      for (const item of group) {
        if (matched(item)) found = true;
        else lift = Math.max(lift, item.score);
      }
    }
    if (!found) return groups;
    const ranked = groups.map((group) =>
      group
        .map((item) => (matched(item) ? { ...item, score: item.score + lift } : item))
        .sort((a, b) => b.score - a.score)
    );
    const best = (group) => Math.max(...group.map((item) => item.score));
    return ranked.sort((a, b) => best(b) - best(a));
  }

  exports.words = words;
  exports.wordLine = wordLine;
  exports.holds = holds;
  exports.rankByPhrase = rankByPhrase;

  if (typeof window === "undefined" || typeof document === "undefined") return;

  /* 1. The index loads when the reader goes for the search box. */
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

  /* 2. Multi-word queries prefer the sections that hold the whole phrase. */
  const Base = window.Worker;
  if (typeof Base !== "function") return;
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      this.roleguideQueries = [];
      this.roleguideLines = new Map();
      // Registered first, so it runs before Material's own listener and hands it the new ranking.
      super.addEventListener("message", (event) => {
        const message = event.data;
        if (!message || message.type !== RESULT || !message.data) return;
        const query = this.roleguideQueries.shift();
        const lineOf = (location) => this.roleguideLines.get(location);
        message.data.items = rankByPhrase(message.data.items, query, lineOf);
      });
    }

    postMessage(message, ...rest) {
      if (message && message.type === QUERY) this.roleguideQueries.push(message.data);
      if (message && message.type === SETUP && message.data && Array.isArray(message.data.docs)) {
        this.roleguideLines = new Map(message.data.docs.map((doc) => [doc.location, wordLine(doc)]));
      }
      return super.postMessage(message, ...rest);
    }
  };
})(typeof module === "object" && module.exports ? module.exports : {});
