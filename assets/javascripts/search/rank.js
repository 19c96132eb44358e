/* How the guide's search reads a reader's question and orders what Pagefind finds. Pure functions of
 * plain data, so that Node tests them (tests/js/search-rank.test.mjs) without a browser; engine.js
 * feeds them Pagefind's results. Each rule is general: none names a query, a page or a word of the
 * guide.
 *
 * 1. Words that carry no meaning in a question ("how", "do", "the", "which", "vs"...) are dropped;
 *    a query of nothing but such words keeps them all.
 * 2. British spellings become American ones, as the guide writes (prioritise -> prioritize,
 *    organisation -> organization, analyse -> analyze, programme -> program).
 * 3. The pages that hold every remaining word come with Pagefind's score for them all; those that
 *    hold only some follow, their scores for the words they hold summed and scaled down by the share
 *    of the query they miss, each word counting by how rare it is in the guide (engine.js): missing a
 *    word found on every page costs little, missing a rare one a lot.
 * 4. A page's weight (its front matter `search.boost`: below 1 for the pages that gather the guide
 *    and for the tools) scales its score, unless the query names that page: it holds the page's name
 *    or one of its search aliases, or all its words stand in them. A page that the query names gains
 *    NAMED_BOOST, twice over when the query is exactly its name or one of its aliases.
 * 5. A match in a heading counts above a match in the text: a page whose title, or the heading of
 *    the part that answers, holds the query's words gains up to HEADING_BOOST; one that holds them
 *    as a phrase (in order, with at most the dropped words between) gains PHRASE_BOOST.
 * 6. Each result opens the part of its page that answers best: the part that holds the query as a
 *    phrase, else the one that holds most of it, a word in its heading counting twice (the page's own
 *    title says what the page is about, not where), then the one with the rarer words, then the one
 *    whose matched words weigh most (Pagefind weighs a heading's words above the text).
 */

export const STOP_WORDS = new Set([
  "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
  "been", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
  "during", "each", "every", "few", "for", "from", "further", "get", "gets", "had", "has", "have", "having",
  "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
  "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "ones", "only",
  "or", "other", "our", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
  "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
  "until", "up", "very", "vs", "versus", "was", "we", "were", "what", "when", "where", "which", "while",
  "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "yours",
]);
export const HEADING_BOOST = 1;
export const PHRASE_BOOST = 1.5;
export const NAMED_BOOST = 1.5;

// -ise words whose -ize form is not a word (or means something else): they keep their spelling.
const ISE_STAYS = new Set([
  "advertise", "advise", "apprise", "chastise", "comprise", "compromise", "concise", "despise", "devise",
  "disguise", "enterprise", "excise", "exercise", "expertise", "franchise", "improvise", "incise",
  "merchandise", "otherwise", "paradise", "precise", "premise", "promise", "reprise", "revise", "supervise",
  "surmise", "surprise", "televise", "treatise",
]);
const WHOLE_WORDS = new Map([
  ["programme", "program"],
  ["programmes", "programs"],
  ["behaviour", "behavior"],
  ["behaviours", "behaviors"],
  ["colour", "color"],
  ["favour", "favor"],
  ["labour", "labor"],
  ["catalogue", "catalog"],
  ["centre", "center"],
]);
// The endings of one word's forms (manager, managers; manage, managed, managing), not of other words
// made from it (management, a discipline, is not a manager, a person).
const ENDINGS = /(?:ing|ed|es|s|e)$/;

/** The words of a text, lower case: letters and digits, everything else a separator. */
export function words(text) {
  return String(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A word in American spelling. */
export function american(word) {
  if (WHOLE_WORDS.has(word)) return WHOLE_WORDS.get(word);
  const ise = word.match(/^(.{3,}[^aeiou])is(e|es|ed|ing|ation|ations|er|ers)$/);
  if (ise && !ISE_STAYS.has(`${ise[1]}ise`)) return `${ise[1]}iz${ise[2]}`;
  const yse = word.match(/^(.{2,})ys(e|es|ed|ing)$/);
  if (yse && /(anal|paral|catal)$/.test(yse[1])) return `${yse[1]}yz${yse[2]}`;
  return word;
}

/** The query's words, each with the number of words dropped before it (rule 1), in American spelling. */
export function parse(query) {
  const all = words(query).map(american);
  const keep = all.some((word) => !STOP_WORDS.has(word));
  const found = [];
  let dropped = 0;
  for (const word of all) {
    if (keep && STOP_WORDS.has(word)) {
      dropped += 1;
    } else {
      found.push({ word, dropped });
      dropped = 0;
    }
  }
  return found;
}

/** The words of a query that carry its meaning. */
export function terms(query) {
  return parse(query).map((term) => term.word);
}

function stem(word) {
  let cut = word;
  for (let next = cut.replace(ENDINGS, ""); next !== cut && next.length >= 3; next = cut.replace(ENDINGS, "")) {
    cut = next;
  }
  return cut;
}

/** Whether two words are forms of one word (manager, managers; prioritize, prioritized). */
export function sameWord(word, other) {
  return stem(word) === stem(other);
}

/** How many of the query's terms a text holds, each counted by its rarity (`rare`, 1 without it). */
export function share(text, queryTerms, rare = {}) {
  const held = words(text).map(american);
  return queryTerms.reduce((sum, term) => sum + (held.some((word) => sameWord(term, word)) ? (rare[term] ?? 1) : 0), 0);
}

/** How the query names the page (rule 4): 2 when it is the page's name, title or one of its aliases,
 * 1 when it holds one of them or all its terms stand in them, else 0. Names are read as queries are
 * (rule 1): "right for me" is named by "is it right for me". */
export function names(meta, queryTerms) {
  const asked = ` ${queryTerms.join(" ")} `;
  const given = [meta.name, meta.title, ...String(meta.aliases || "").split(";")]
    .map((name) => terms(name || ""))
    .filter((name) => name.length > 0);
  if (given.some((name) => name.join(" ") === queryTerms.join(" "))) return 2;
  if (given.some((name) => asked.includes(` ${name.join(" ")} `))) return 1;
  const named = given.flat();
  return queryTerms.length > 0 && queryTerms.every((term) => named.some((word) => sameWord(term, word))) ? 1 : 0;
}

/** The page's weight for this query (rule 4): its own, lifted to 1 when the query names the page. */
export function weight(meta, queryTerms) {
  const given = Number.parseFloat(meta.weight);
  const base = Number.isFinite(given) && given > 0 ? given : 1;
  return names(meta, queryTerms) ? Math.max(base, 1) : base;
}

/** The term that a word Pagefind matched stands for: the one that shares the longest beginning with it
 * (Pagefind matches stems and beginnings of words, so "owns" finds "ownership"). */
export function termOf(word, queryTerms) {
  const [found = ""] = words(word).map(american);
  let best = null;
  let longest = 0;
  for (const term of queryTerms) {
    let shared = 0;
    while (shared < term.length && shared < found.length && term[shared] === found[shared]) shared++;
    if (shared > longest) {
      best = term;
      longest = shared;
    }
  }
  return best;
}

/** What the text of one part of a page (a sub-result) holds of the query: how many of its terms (as
 * Pagefind matched them, stems and beginnings of words), and how rare they are together (`rare`),
 * whether all of them as a phrase (the very words, in order, with at most the words the query dropped
 * between them: `gaps`), and how much its matched words weigh. */
export function holding(part, content, queryTerms, rare = {}, gaps = []) {
  const text = String(content || "").split(/\s+/);
  // Each matched token ("cross-functional" is one) with the words in it, at fractional places.
  const found = (part.weighted_locations || [])
    .flatMap((at) => {
      const inside = words(text[at.location] || "").map(american);
      const weight = at.balanced_score ?? at.weight ?? 1;
      const plain = at.weight ?? 1;
      const exact = inside
        .map((word, k) => ({ at: at.location + k / 100, term: queryTerms.find((term) => sameWord(term, word)), weight, plain }))
        .filter((hit) => hit.term);
      const loose = { at: at.location, term: termOf(text[at.location] || "", queryTerms), weight, plain, loose: true };
      return exact.length ? exact : [loose];
    })
    .sort((a, b) => a.at - b.at);
  // A term counts by the weight of the words that hold it, up to 1: a restating table's words
  // (weighed at half) count half.
  const covered = new Map();
  for (const hit of found) {
    if (hit.term) covered.set(hit.term, Math.min(1, Math.max(covered.get(hit.term) || 0, hit.plain)));
  }
  let phrase = false;
  for (let i = 0; i < found.length && queryTerms.length > 1 && !phrase; i++) {
    if (found[i].loose || found[i].term !== queryTerms[0]) continue;
    let next = 1;
    let last = found[i].at;
    for (let j = i + 1; j < found.length && next < queryTerms.length; j++) {
      if (found[j].at - last > 1 + (gaps[next] || 0)) break;
      if (!found[j].loose && found[j].term === queryTerms[next] && found[j].at > last) {
        next += 1;
        last = found[j].at;
      }
    }
    phrase = next === queryTerms.length;
  }
  return {
    terms: [...covered.values()].reduce((sum, counted) => sum + counted, 0),
    rarest: [...covered.keys()].reduce((sum, term) => sum + (rare[term] ?? 1), 0),
    phrase,
    weight: found.reduce((sum, hit) => sum + hit.weight, 0),
  };
}

/** Whether a part is the page's start: its title, above the first heading of the text. */
function isTop(part, page) {
  return part.url === page.url || /#top$/.test(part.url);
}

/** Whether one key comes before another: the first value that differs is the larger. */
function before(key, other) {
  const i = key.findIndex((value, k) => value !== other[k]);
  return i >= 0 && key[i] > other[i];
}

/** The part of the page that answers the query best (rule 6), with what it holds: the one that holds
 * the query as a phrase; then the one whose text holds most of its terms, a term in its heading
 * counting once more, the less so the more of the page's headings hold it (a role's name stands in
 * each of its role's headings); then a part of the text before the page's title, the rarer terms,
 * the heavier words. */
export function bestPart(page, queryTerms, rare = {}, gaps = []) {
  const parts = (page.sub_results || []).map((part) => ({ part, top: isTop(part, page) }));
  const headed = parts.filter(({ top }) => !top);
  const telling = Object.fromEntries(
    queryTerms.map((term) => [term, 1 - headed.filter(({ part }) => share(part.title, [term]) > 0).length / (headed.length || 1)]),
  );
  let best = null;
  for (const { part, top } of parts) {
    const held = holding(part, page.content, queryTerms, rare, gaps);
    const heading = top ? 0 : share(part.title, queryTerms, telling);
    const key = [held.phrase ? 1 : 0, held.terms + heading, top ? 0 : 1, held.rarest, held.weight];
    if (!best || before(key, best.key)) best = { part, held, top, key };
  }
  return best;
}

/**
 * The results in the order a reader sees them. `found` holds, for each page, Pagefind's score (as
 * engine.js merges them) and its data (url, content, meta, sub_results, excerpt); `rare` the rarity of
 * each term; `gaps` the number of words the query dropped before each term.
 */
export function rank(found, queryTerms, rare = {}, gaps = []) {
  const whole = queryTerms.reduce((sum, term) => sum + (rare[term] ?? 1), 0) || 1;
  return found
    .map(({ score, data }) => {
      const best = bestPart(data, queryTerms, rare, gaps);
      const top = !best || best.top;
      const headings = `${data.meta.title || ""} ${top ? "" : best.part.title}`;
      const boost =
        (1 + (HEADING_BOOST * share(headings, queryTerms, rare)) / whole) *
        (best && best.held.phrase ? PHRASE_BOOST : 1) *
        NAMED_BOOST ** names(data.meta, queryTerms);
      return {
        url: top ? data.url : best.part.url,
        page: data.meta.title || data.url,
        heading: top ? "" : best.part.title,
        excerpt: (best && best.part.excerpt) || data.excerpt || "",
        score: score * weight(data.meta, queryTerms) * boost,
        // Why it stands where it does: Pagefind's score, and the boosts of rules 4 and 5.
        why: { pagefind: score, weight: weight(data.meta, queryTerms), boost, phrase: !!(best && best.held.phrase) },
      };
    })
    .sort((a, b) => b.score - a.score);
}
