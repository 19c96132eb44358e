// Unit tests of the search's rules (assets/javascripts/search/rank.js and engine.js's merging), run
// with Node's own runner: `node --test tests/js/`. tests/browser/test_search.py types every query of
// tests/search.yml into the real search box of both builds.
import test from "node:test";
import assert from "node:assert/strict";
import { american, bestPart, holding, names, parse, rank, sameWord, terms, weight } from "../../assets/javascripts/search/rank.js";
import { merged, rarity } from "../../assets/javascripts/search/engine.js";

test("rule 1: words that carry no meaning go; a query of nothing else keeps them", () => {
  assert.deepEqual(terms("Who decides what gets built?"), ["decides", "built"]);
  assert.deepEqual(terms("Is Scrum for product or project managers"), ["scrum", "product", "project", "managers"]);
  assert.deepEqual(terms("how do I"), ["how", "do", "i"]);
  assert.deepEqual(parse("who owns the timeline"), [
    { word: "owns", dropped: 1 },
    { word: "timeline", dropped: 1 },
  ]);
});

test("rule 2: British spellings become American; words that only end alike stay", () => {
  assert.equal(american("prioritise"), "prioritize");
  assert.equal(american("organisations"), "organizations");
  assert.equal(american("analysed"), "analyzed");
  assert.equal(american("programme"), "program");
  for (const word of ["advertise", "expertise", "promise", "raise", "noise", "premises", "basis", "analysis"]) {
    assert.equal(american(word), word);
  }
  assert.deepEqual(terms("feature prioritisation"), ["feature", "prioritization"]);
});

test("forms of one word are the same word; other words made from it are not", () => {
  assert.ok(sameWord("manager", "managers"));
  assert.ok(sameWord("prioritize", "prioritized"));
  assert.ok(!sameWord("management", "manager"));
  assert.ok(!sameWord("product", "production"));
});


test("rule 3: pages that hold every word first; a partial page pays for the rare words it misses", () => {
  const page = (id, score) => ({ id, score });
  const pages = merged(
    [page("tools", 5)],
    [[page("tools", 3), page("glossary", 4)], [page("tools", 2), page("overview", 9)]],
    ["jira", "product"],
    { jira: 3, product: 0.1 },
  );
  assert.deepEqual(pages.map((p) => p.result.id), ["tools", "glossary", "overview"]);
  assert.ok(pages[2].score < 9 * 0.1, "missing the rare word costs most of the score");
  const found = rarity(["jira", "product"], [1, 20], 21);
  assert.ok(found.jira > 10 * found.product);
});

test("rule 4: a lower weight, unless the query names the page", () => {
  const meta = { title: "Job description starters", name: "Job descriptions", aliases: "job ad; job posting", weight: "0.5" };
  assert.equal(weight(meta, terms("product manager duties")), 0.5);
  assert.equal(weight(meta, terms("write a job ad for a product manager")), 1, "holds an alias");
  assert.equal(weight(meta, terms("job postings")), 1, "all its words stand in the aliases");
  assert.equal(weight({ title: "Tools" }, terms("tools")), 1, "no weight given: 1");
  assert.ok(names({ title: "Who owns what", aliases: "RACI" }, terms("raci")));
  assert.ok(names({ title: "Who owns what", aliases: "RACI" }, terms("a raci template")), "holds an alias");
  assert.ok(!names({ title: "Who owns what", aliases: "RACI" }, terms("budget template")));
});

// A page as Pagefind gives it: words of the content, and the places of the words that matched.
function page(url, title, parts) {
  const content = [];
  const subResults = parts.map(([anchor, heading, text, weights = {}]) => {
    const start = content.length;
    content.push(...`${heading}. ${text}`.split(/\s+/));
    const located = content
      .slice(start)
      .map((word, i) => ({ word: word.toLowerCase().replace(/[^a-z-]/g, ""), at: start + i }))
      .filter(({ word }) => weights[word] !== undefined)
      .map(({ word, at }) => ({ location: at, weight: weights[word], balanced_score: weights[word] }));
    return { url: `${url}#${anchor}`, title: heading, excerpt: text, weighted_locations: located };
  });
  return { url, content: content.join(" "), meta: { title }, sub_results: subResults, excerpt: "" };
}

test("rule 5: the words as a phrase, in order, with at most the dropped words between", () => {
  const tools = page("/tools/", "Tools", [["project", "Project", "uses the critical path method daily", { critical: 1, path: 1, method: 1 }]]);
  const [part] = tools.sub_results;
  assert.ok(holding(part, tools.content, terms("critical path method")).phrase);
  assert.ok(!holding(part, tools.content, terms("method path critical")).phrase, "order counts");
  const owns = page("/d/", "D", [["project", "Project", "owns the timeline", { owns: 1, timeline: 1 }]]);
  const query = parse("who owns the timeline");
  assert.ok(holding(owns.sub_results[0], owns.content, terms("who owns the timeline"), {}, query.map((t) => t.dropped)).phrase);
  assert.ok(!holding(owns.sub_results[0], owns.content, terms("owns timeline")).phrase, "no word was dropped between");
});

test("rule 5: a heading that holds the words counts above the text", () => {
  const a = page("/a/", "Skills", [["product", "Skills of a product manager", "budget budget budget", { budget: 3 }]]);
  const b = page("/b/", "Decisions", [["project", "What the project manager controls", "the budget", { budget: 1 }]]);
  const ranked = rank([{ score: 1, data: a }, { score: 0.9, data: b }], terms("who controls the budget"));
  assert.equal(ranked[0].url, "/b/#project");
});

test("rule 6: the part whose heading holds the query, then whose text holds most of it", () => {
  const lifecycle = page("/lifecycle/", "Role in the Product Development Lifecycle", [
    ["top", "Role in the Product Development Lifecycle", "", { development: 7 }],
    ["product", "The product manager across the lifecycle", "direction", {}],
    ["shared", "Phases the two roles share", "design development testing launch", { design: 1, development: 1, testing: 1, launch: 1 }],
  ]);
  assert.equal(bestPart(lifecycle, terms("design development testing launch")).part.url, "/lifecycle/#shared");
  assert.equal(bestPart(lifecycle, terms("product manager")).part.url, "/lifecycle/#product");
  const decisions = page("/decisions/", "Decision-Making Authority and Ownership", [
    ["top", "Decision-Making Authority and Ownership", "", { ownership: 7 }],
    ["project", "What the project manager controls", "timelines", {}],
  ]);
  const [result] = rank([{ score: 1, data: decisions }], terms("ownership"));
  assert.equal(result.url, "/decisions/", "only the page's own title holds the query: the page itself");
});
