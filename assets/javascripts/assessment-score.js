/* Scoring for "Which role fits you?": pure functions, no DOM, no framework.
 *
 * Written by hand because it is a few lines of arithmetic that no library covers. The data comes
 * from the JSON that the generator renders from content/assessment.yml into the page:
 *   { roles: [role ids], balanced: "balanced", balancedWithin: 0.5, scale: 5, resultParam: "result",
 *     statements: [{ id: statement id, weights: { role id: 0 to 3, ... } }, ...] }
 * No weight, id or threshold is written in this file.
 *
 * The score of a role is the reader's average answer (1 to scale) over the statements that point
 * to it, each answer counted as many times as the statement's weight for that role. When every
 * statement is answered, the leaning is the role with the higher average, or `balanced` when the
 * two averages are within `balancedWithin` points of each other.
 *
 * An ES module: assessment.js imports it into the bundle, and the Node tests (tests/js/) import it.
 */
/** An answer is a whole number from 1 to data.scale; anything else counts as no answer. */
function validAnswer(data, value) {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= data.scale ? number : null;
}

/** Weighted average answer per role id, over the answered statements; null if none counts. */
export function averages(data, answers) {
  const result = {};
  for (const role of data.roles) {
    let total = 0;
    let weight = 0;
    for (const statement of data.statements) {
      const answer = validAnswer(data, answers[statement.id]);
      const w = statement.weights[role] || 0;
      if (answer !== null && w > 0) {
        total += w * answer;
        weight += w;
      }
    }
    result[role] = weight > 0 ? total / weight : null;
  }
  return result;
}

/** The leaning for complete answers: a role id, or data.balanced when no role is clearly ahead. */
function leaning(data, means) {
  const ranked = data.roles.slice().sort((a, b) => means[b] - means[a]);
  const gap = means[ranked[0]] - means[ranked[1]];
  // The small tolerance keeps a gap of exactly balancedWithin "balanced" despite float rounding.
  return gap <= data.balancedWithin + 1e-9 ? data.balanced : ranked[0];
}

/** Up to `limit` statement ids rated above the middle of the scale, highest first, then in order. */
function topRated(data, answers, limit) {
  const middle = (data.scale + 1) / 2;
  return data.statements
    .map((statement, index) => ({ id: statement.id, index, answer: validAnswer(data, answers[statement.id]) }))
    .filter((item) => item.answer !== null && item.answer > middle)
    .sort((a, b) => b.answer - a.answer || a.index - b.index)
    .slice(0, limit)
    .map((item) => item.id);
}

/** Everything the page shows for a set of answers ({ statementId: 1..scale }). */
export function score(data, answers) {
  const answered = data.statements.filter((s) => validAnswer(data, answers[s.id]) !== null).length;
  const complete = answered === data.statements.length;
  const means = averages(data, answers);
  return {
    answered,
    total: data.statements.length,
    complete,
    averages: means,
    leaning: complete ? leaning(data, means) : null,
    top: topRated(data, answers, 3),
  };
}

/** Answers and the stated result from a query string: ?vision=5&schedule=2&result=product. */
export function readQuery(data, search) {
  const params = new URLSearchParams(search);
  const answers = {};
  for (const statement of data.statements) {
    const answer = validAnswer(data, params.get(statement.id));
    if (answer !== null) answers[statement.id] = answer;
  }
  return { answers, result: params.get(data.resultParam) };
}

/** The query string for a set of answers, keeping every other parameter of `search` (such as
 *  Material's ?h= search highlight) as it was. The result is added once every answer is in. */
export function writeQuery(data, search, answers) {
  const params = new URLSearchParams(search);
  params.delete(data.resultParam);
  for (const statement of data.statements) {
    params.delete(statement.id);
    const answer = validAnswer(data, answers[statement.id]);
    if (answer !== null) params.set(statement.id, String(answer));
  }
  const outcome = score(data, answers).leaning;
  if (outcome !== null) params.set(data.resultParam, outcome);
  const query = params.toString();
  return query ? "?" + query : "";
}
