// Unit tests of the scoring functions, run with Node's own runner: `node --test tests/js/`.
// The data has the shape the generator renders from content/assessment.yml; tests/test_assessment.py
// runs the same functions on the data rendered from the real content.
import test from "node:test";
import assert from "node:assert/strict";
import { score, averages, readQuery, writeQuery } from "../../assets/javascripts/assessment-score.js";

const DATA = {
  roles: ["product", "project"],
  balanced: "balanced",
  balancedWithin: 0.5,
  resultParam: "result",
  scale: 5,
  statements: [
    { id: "vision", weights: { product: 3, project: 0 } },
    { id: "market", weights: { product: 2, project: 0 } },
    { id: "schedule", weights: { product: 0, project: 3 } },
    { id: "risks", weights: { product: 0, project: 2 } },
    { id: "teams", weights: { product: 1, project: 1 } },
  ],
};

/** Answers that give `high` to statements leaning to `role`, `low` to the others, 3 to shared ones. */
function leaningTo(role, high = 5, low = 1) {
  const answers = {};
  for (const s of DATA.statements) {
    const other = DATA.roles.find((r) => r !== role);
    answers[s.id] = s.weights[role] > s.weights[other] ? high : s.weights[role] < s.weights[other] ? low : 3;
  }
  return answers;
}

test("all product-leaning answers give product", () => {
  const result = score(DATA, leaningTo("product"));
  assert.equal(result.complete, true);
  assert.equal(result.leaning, "product");
  assert.ok(result.averages.product > result.averages.project);
});

test("all project-leaning answers give project", () => {
  assert.equal(score(DATA, leaningTo("project")).leaning, "project");
});

test("a mixed set of answers gives balanced", () => {
  const mixed = { vision: 5, market: 1, schedule: 5, risks: 1, teams: 3 };
  const result = score(DATA, mixed);
  assert.equal(result.leaning, "balanced");
  assert.equal(result.averages.product, result.averages.project);
});

test("the same answer to everything gives balanced", () => {
  for (const answer of [1, 3, 5]) {
    const all = Object.fromEntries(DATA.statements.map((s) => [s.id, answer]));
    assert.equal(score(DATA, all).leaning, "balanced", `all ${answer}`);
  }
});

test("averages weight each answer by the statement's weight", () => {
  const answers = { vision: 5, market: 2, schedule: 4, risks: 4, teams: 1 };
  const means = averages(DATA, answers);
  assert.equal(means.product, (3 * 5 + 2 * 2 + 1 * 1) / 6);
  assert.equal(means.project, (3 * 4 + 2 * 4 + 1 * 1) / 6);
});

test("a gap of exactly balancedWithin is still balanced; a wider one is not", () => {
  // product: (3*4 + 2*4 + 3)/6 = 23/6; project: (3*3 + 2*4 + 3)/6 = 20/6; the gap is exactly 0.5.
  const edge = { vision: 4, market: 4, schedule: 3, risks: 4, teams: 3 };
  assert.equal(score(DATA, edge).leaning, "balanced");
  assert.equal(score({ ...DATA, balancedWithin: 0.49 }, edge).leaning, "product");
});

test("changing one weight changes the result", () => {
  const answers = { vision: 5, market: 3, schedule: 3, risks: 3, teams: 3 };
  assert.equal(score(DATA, answers).leaning, "product");
  const lighter = structuredClone(DATA);
  lighter.statements[0].weights.product = 1;
  assert.equal(score(lighter, answers).leaning, "balanced");
});

test("incomplete answers give no leaning yet", () => {
  const result = score(DATA, { vision: 5, schedule: 1 });
  assert.equal(result.complete, false);
  assert.equal(result.answered, 2);
  assert.equal(result.total, 5);
  assert.equal(result.leaning, null);
});

test("answers outside the scale do not count", () => {
  const result = score(DATA, { vision: 6, market: 0, schedule: 2.5, risks: "x", teams: "4" });
  assert.equal(result.answered, 1);
});

test("the explanation lists the highest-rated statements above the middle, highest first", () => {
  const answers = { vision: 4, market: 5, schedule: 3, risks: 5, teams: 4 };
  assert.deepEqual(score(DATA, answers).top, ["market", "risks", "vision"]);
  assert.deepEqual(score(DATA, { vision: 3, market: 2, schedule: 1, risks: 3, teams: 3 }).top, []);
});

test("the query string holds every answer and the result", () => {
  const answers = leaningTo("project");
  const query = writeQuery(DATA, "", answers);
  assert.equal(query, "?vision=1&market=1&schedule=5&risks=5&teams=3&result=project");
  assert.deepEqual(readQuery(DATA, query), { answers, result: "project" });
});

test("the query string keeps other parameters and has no result while answers are missing", () => {
  assert.equal(writeQuery(DATA, "?h=roadmap&vision=2", { vision: 4 }), "?h=roadmap&vision=4");
  assert.equal(writeQuery(DATA, "?vision=2&result=product", {}), "");
});

test("reading a query string ignores unknown names and values off the scale", () => {
  const { answers, result } = readQuery(DATA, "?vision=9&market=2&other=5&risks=&h=x");
  assert.deepEqual(answers, { market: 2 });
  assert.equal(result, null);
});
