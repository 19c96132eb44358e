/* Multi-word queries prefer the sections that hold the whole phrase: pure functions, no DOM.

   Material's search (lunr, in a web worker) scores each word on its own, and a word in a heading
   weighs more than the same word in the text, so "critical path method" could put the section
   titled "Career path" above the one that names the method. lunr keeps no word order, so
   lazy-search.js re-ranks the results on their way back from the worker with rankByPhrase: the
   sections (and pages) whose heading or text holds the query's words next to each other, in order
   (the last word may still be being typed), come first, in their own order; the others follow, in
   theirs. A one-word query and a query that no section holds as a phrase keep Material's ranking.
   Pages that gather what the sections say (the home page, the comparison, the glossary...: a search
   boost below 1 in their front matter) are never moved up by a phrase, so a search still lands on
   the section itself.

   Written by hand: Material has no option for it. An ES module: lazy-search.js imports it into the
   bundle, and the Node tests (tests/js/search-phrase.test.mjs) import it. */
const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };

/** The words of a text or of HTML, lower-cased: letters and digits, everything else splits. */
export function words(text) {
  const plain = String(text || "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
  return plain.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A search document's words as one string with a space before each, to look phrases up in. */
export function wordLine(doc) {
  return " " + words(doc.title).join(" ") + " \u0000 " + words(doc.text).join(" ") + " ";
}

/** Whether a word line holds the phrase: its words in order, the last one possibly cut short. */
export function holds(line, phrase) {
  return line.includes(" " + phrase.join(" "));
}

/** Material's result groups (one per page, each a list of sections with scores), re-ranked so that
    the sections holding the whole phrase of a query of two or more words come first (each keeps its
    score plus the best score of the others: their order among themselves stays). A document with a
    search boost below 1 is not moved. `lineOf` gives a document's word line by its location.
    Returns new groups; the input is not changed. */
export function rankByPhrase(groups, query, lineOf) {
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
