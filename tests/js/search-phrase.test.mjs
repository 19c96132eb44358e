// Unit tests of the phrase ranking (assets/javascripts/search-phrase.js, used by lazy-search.js), run with Node's own runner: `node --test tests/js/`.
// tests/browser/test_search.py types every query of tests/search.yml into the real search of the site.
import test from "node:test";
import assert from "node:assert/strict";
import { words, wordLine, holds, rankByPhrase } from "../../assets/javascripts/search-phrase.js";

const DOCS = [
  { location: "career/", title: "Typical Career Paths and Advancement", text: "" },
  { location: "career/#project", title: "Career path of a project manager", text: "<p>Program Manager</p>" },
  { location: "tools/#project", title: "Tools", text: "<li>Waterfall, <mark>Critical</mark> Path Method (CPM)</li>" },
  { location: "#sections", title: "The guide", text: "Critical path method, in short", boost: 0.25 },
];
const LINES = new Map(DOCS.map((doc) => [doc.location, wordLine(doc)]));
const lineOf = (location) => LINES.get(location);
const item = (location, score) => ({ ...DOCS.find((doc) => doc.location === location), score });
const order = (groups) => groups.flat().sort((a, b) => b.score - a.score).map((doc) => doc.location);

test("words: lower case, letters and digits, markup and entities gone", () => {
  assert.deepEqual(words("Cross-functional <mark>team</mark> Q&amp;A, Münster 2025"), [
    "cross", "functional", "team", "q", "a", "münster", "2025",
  ]);
});

test("holds: the words next to each other and in order; the last may be cut short", () => {
  const line = wordLine(DOCS[2]);
  assert.ok(holds(line, words("critical path method")));
  assert.ok(holds(line, words("Critical Path Met")), "a word still being typed");
  assert.ok(!holds(line, words("path critical")), "order counts");
  assert.ok(!holds(line, words("ritical path")), "a phrase starts at the start of a word");
  assert.ok(!holds(wordLine({ title: "Tools critical", text: "path method" }), words("critical path")),
    "a phrase does not run from the heading into the text");
});

test("a section holding the whole phrase comes before sections that only share a word", () => {
  const groups = [
    [item("career/", 14.4), item("career/#project", 3)],
    [item("tools/#project", 9.1)],
  ];
  const ranked = rankByPhrase(groups, "critical path method", lineOf);
  assert.deepEqual(order(ranked), ["tools/#project", "career/", "career/#project"]);
  assert.equal(ranked[0][0].location, "tools/#project", "its page's group comes first too");
  assert.equal(groups[0][0].score, 14.4, "the input is not changed");
});

test("holders keep their order among themselves, and the others theirs", () => {
  // "career path": career/ ("Career Paths", the last word cut short) and career/#project hold it.
  const groups = [[item("tools/#project", 30)], [item("career/", 20), item("career/#project", 10)]];
  const ranked = rankByPhrase(groups, "career path", lineOf);
  assert.deepEqual(order(ranked), ["career/", "career/#project", "tools/#project"]);
  assert.deepEqual(ranked.map((group) => group.length), [2, 1], "the groups stay whole");
});

test("one word, no holder, or a page that gathers others' text: Material's ranking stays", () => {
  const groups = [[item("career/", 14.4)], [item("tools/#project", 9.1)], [item("#sections", 2)]];
  assert.equal(rankByPhrase(groups, "path", lineOf), groups);
  assert.equal(rankByPhrase(groups, "critical advancement", lineOf), groups);
  const gathered = [[item("career/", 14.4)], [item("#sections", 2)]];
  assert.equal(rankByPhrase(gathered, "critical path method", lineOf), gathered, "boost below 1: not moved");
});

test("a result without a known location is read from its own heading and text", () => {
  const stray = { location: "new/", title: "Critical path method", text: "", score: 1 };
  const ranked = rankByPhrase([[item("career/", 14.4)], [stray]], "critical path method", () => undefined);
  assert.equal(order(ranked)[0], "new/");
});
