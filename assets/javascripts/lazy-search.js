/* The site's two additions to Material's search. They must run before Material's script
   (overrides/main.html).

   1. The search loads when the reader goes for it, not with every page.

   Material starts its search worker (assets/javascripts/workers/search.*.js, about 40 kB) and fetches
   search/search_index.json, which grows with the content (about 2 MB for a guide of 1000 sections),
   as soon as any page loads. This holds both back until the search box is pointed at, focused or
   opened (keyboard shortcut, click, tap), or the address asks for a search (?q=, a shared search),
   then lets them go; Material shows "Initializing search" meanwhile and answers the query once the
   index is in. Until then Material talks to a stand-in with the few parts of the Worker interface it
   uses (postMessage, addEventListener, removeEventListener, terminate): messages wait in order, and
   once the real worker runs, they pass both ways. Any other worker starts at once, as usual.

   2. A query of two or more words prefers the sections that hold the whole phrase (search-phrase.js).
   The stand-in keeps each query Material sends and the word lines of the index it sets the worker up
   with, and re-ranks each result on its way back to Material. If Material's messages ever change
   shape, the results pass as they are.

   Written by hand: Material has no option for either. If Material ever starts its search another
   way, this does nothing and the search loads at once, as before. */
import { rankByPhrase, wordLine } from "./search-phrase.js";

// Material's search worker messages (integrations/search/worker/message: SearchMessageType).
const SETUP = 0;
const QUERY = 2;
const RESULT = 3;

const INDEX = /\/search\/search_index\.json$/;
const WORKER = /\/workers\/search\.[^/]*\.js$/;
const held = [];
let released = false;

const release = () => {
  if (released) return;
  released = true;
  held.splice(0).forEach((go) => go());
};
const hold = (go) => (released ? go() : held.push(go));
const path = (url) => new URL(url, location.href).pathname;

const { open, send } = XMLHttpRequest.prototype;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.roleguideHold = INDEX.test(path(url));
  return open.call(this, method, url, ...rest);
};
XMLHttpRequest.prototype.send = function (...args) {
  if (this.roleguideHold && !released) {
    held.push(() => send.apply(this, args));
    return undefined;
  }
  return send.apply(this, args);
};

/** A stand-in for the search worker that starts the real one (`Native`) once the search is wanted. */
function standIn(Native, url, options) {
  // The real worker may start pages later, after instant navigation has changed the address that a
  // relative URL is read against: then it gets the URL resolved on the page that asked. On that page
  // it gets the URL as Material gave it (the offline copy's shim writes it into a script whose hash
  // the page's Content-Security-Policy lists).
  const asked = location.pathname;
  const address = new URL(url, location.href).href;
  const stand = new EventTarget();
  const waiting = [];
  let worker = null;
  let ended = false;
  const queries = [];
  let lines = new Map();
  const lineOf = (location) => lines.get(location);
  const relay = (...message) => (worker ? worker.postMessage(...message) : waiting.push(message));
  stand.postMessage = (message, ...rest) => {
    if (message && message.type === QUERY) queries.push(message.data);
    if (message && message.type === SETUP && message.data && Array.isArray(message.data.docs)) {
      lines = new Map(message.data.docs.map((doc) => [doc.location, wordLine(doc)]));
    }
    return relay(message, ...rest);
  };
  const ranked = (data) => {
    if (!data || data.type !== RESULT || !data.data) return data;
    const query = queries.shift();
    return { ...data, data: { ...data.data, items: rankByPhrase(data.data.items, query, lineOf) } };
  };
  stand.terminate = () => {
    ended = true;
    waiting.length = 0;
    if (worker) worker.terminate();
  };
  hold(() => {
    if (ended) return;
    worker = new Native(location.pathname === asked ? url : address, options);
    worker.addEventListener("message", (event) =>
      stand.dispatchEvent(new MessageEvent("message", { data: ranked(event.data) }))
    );
    worker.addEventListener("error", (event) => stand.dispatchEvent(new ErrorEvent("error", { message: event.message })));
    waiting.splice(0).forEach((message) => worker.postMessage(...message));
  });
  return stand;
}

const Native = window.Worker;
if (typeof Native === "function") {
  // The offline copy's iframe-worker shim (loaded in <head>) is the Worker here under file://.
  window.Worker = function Worker(url, options) {
    return WORKER.test(path(url)) ? standIn(Native, url, options) : new Native(url, options);
  };
  window.Worker.prototype = Native.prototype;
}

const search = (target) => target instanceof Element && target.closest(".md-search, [for='__search'], #__search");
for (const type of ["pointerover", "focusin", "change"]) {
  document.addEventListener(type, (event) => search(event.target) && release(), { passive: true });
}
if (new URLSearchParams(location.search).has("q")) release();
