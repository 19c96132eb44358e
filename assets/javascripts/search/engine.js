/* The guide's search over Pagefind's index: load Pagefind when the reader first searches, ask it for
 * the query's words, and hand what it finds to rank.js. Pagefind (pinned in tools/, run over every
 * built site by scripts/roleguide/postbuild/search.py) writes its script, its WebAssembly and the
 * index into pagefind/ at the site's root, and fetches only the parts of the index that a query needs.
 */
import { parse, rank } from "./rank.js";

// How many pages a query's results show, and how many it weighs (rank.js) to choose them: each loads
// its details (a fragment of the index).
export const SHOWN = 8;
const WEIGHED = 12;

let loading = null;

/** Pagefind, loaded once; `root` is the site's root URL. */
export function pagefind(root) {
  if (!loading) {
    loading = import(new URL("pagefind/pagefind.js", root).href).then(async (module) => {
      // Aliases are searched with the page's title; its short name and its weight are for rank.js.
      await module.options({
        baseUrl: new URL(root).pathname,
        excerptLength: 24,
        ranking: { metaWeights: { title: 5, aliases: 5, name: 0, weight: 0 } },
      });
      await module.init();
      return module;
    });
  }
  return loading;
}

/** How much each term tells pages apart (its inverse document frequency): a word on every page, such
 * as a role's name in this guide, tells little; a word on one page, a lot. */
export function rarity(queryTerms, counts, total) {
  return Object.fromEntries(queryTerms.map((term, i) => [term, Math.log((total + 1) / (counts[i] + 0.5))]));
}

/** The pages for a query (rule 3 of rank.js): those that hold every term with Pagefind's score for
 * them all; then those that hold only some, with their scores for the terms they hold summed and
 * scaled by the share of the query's rarity that those terms carry, and by PARTIAL, so that a page
 * missing a rare word of the query falls well behind, one missing a common word less. */
export const PARTIAL = 0.5;

export function merged(whole, perTerm, queryTerms, rare) {
  const pages = new Map(whole.map((result) => [result.id, { result, score: result.score, held: queryTerms }]));
  const partial = new Map();
  perTerm.forEach((results, i) => {
    for (const result of results) {
      if (pages.has(result.id)) continue;
      const page = partial.get(result.id) || { result, score: 0, rarity: 0, held: [] };
      page.score += result.score;
      page.rarity += rare[queryTerms[i]];
      page.held.push(queryTerms[i]);
      partial.set(result.id, page);
    }
  });
  const all = queryTerms.reduce((sum, term) => sum + rare[term], 0) || 1;
  for (const [id, { result, score, rarity, held }] of partial) {
    pages.set(id, { result, score: (PARTIAL * score * rarity) / all, held });
  }
  return [...pages.values()].sort((a, b) => b.score - a.score);
}

/** Each page's details as a search for the terms it holds gives them: a page found by one word's
 * search knows only where that word stands, so a page that holds several (but not all) is asked for
 * again with those, once per set of words. */
async function details(engine, pages, queryTerms) {
  const asked = new Map();
  for (const { held } of pages) {
    const key = held.join(" ");
    if (held.length > 1 && held.length < queryTerms.length && !asked.has(key)) asked.set(key, engine.search(key));
  }
  const found = new Map();
  const answers = await Promise.all(asked.values());
  [...asked.keys()].forEach((key, i) => {
    for (const result of answers[i].results) found.set(`${result.id} ${key}`, result);
  });
  return Promise.all(
    pages.map(({ result, held }) => {
      const again = found.get(`${result.id} ${held.join(" ")}`);
      return (again || result).data();
    }),
  );
}

/** The ranked results of a query (rank.js), best first. */
export async function search(root, query) {
  const parsed = parse(query).filter((term, i, all) => all.findIndex((other) => other.word === term.word) === i);
  const found = parsed.map((term) => term.word);
  if (!found.length) return [];
  const engine = await pagefind(root);
  const [every, whole, ...perTerm] = await Promise.all([
    engine.search(null),
    engine.search(found.join(" ")),
    ...found.map((term) => engine.search(term)),
  ]);
  const rare = rarity(
    found,
    perTerm.map((search) => search.results.length),
    every.results.length,
  );
  const top = merged(
    whole.results,
    perTerm.map((search) => search.results),
    found,
    rare,
  ).slice(0, WEIGHED);
  const data = await details(engine, top, found);
  return rank(
    top.map(({ score }, i) => ({ score, data: data[i] })),
    found,
    rare,
    parsed.map((term) => term.dropped),
  ).slice(0, SHOWN);
}
