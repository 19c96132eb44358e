// Unit tests of the team charter's state, link and exports, run with Node's own runner:
// `node --test tests/js/`. The data has the shape scripts/roleguide/render/charter.py renders from
// content/ownership.yml (here from a small matrix, with characters that need escaping);
// tests/browser/test_charter.py runs the same code on the real page.
// The Markdown export is pinned by tests/js/golden/charter.md: run with UPDATE_GOLDENS=1 to rewrite it.
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import * as C from "../../assets/javascripts/charter-state.js";
import * as X from "../../assets/javascripts/charter-export.js";

const DATA = {
  version: 1,
  title: "Who owns what",
  ownRows: "Our own rows",
  limits: { own: 10, team: 80, title: 120, note: 280 },
  roles: [
    { id: "product", name: "Technical Product Manager", short: "TPdM" },
    { id: "project", name: "Technical Project Manager", short: "TPjM" },
  ],
  levels: [
    { id: "decides", label: "Decides" },
    { id: "contributes", label: "Contributes" },
    { id: "informed", label: "Kept informed" },
  ],
  groups: [
    {
      id: "direction",
      title: "Product direction",
      rows: [
        { id: "vision", title: "Product vision", levels: { product: "decides", project: "informed" } },
        { id: "roadmap", title: "Roadmap | plan", levels: { product: "decides", project: "informed" } },
      ],
    },
    {
      id: "delivery",
      title: "Delivery",
      rows: [
        { id: "schedule", title: "Schedule", levels: { product: "informed", project: "decides" } },
        { id: "launch", title: "Launch", levels: { product: "contributes", project: "contributes" } },
      ],
    },
  ],
};

/** A charter with every kind of change: levels, hidden, notes, own rows, a team name. */
function edited() {
  const state = C.defaultState(DATA);
  state.team = "Payments & *core* | squad";
  state.rows.vision.levels.project = "contributes";
  state.rows.roadmap.levels.project = "decides"; // two roles decide: a breach
  state.rows.roadmap.note = "Agreed in Q3 — see <wiki>";
  state.rows.schedule.hidden = true;
  state.rows.launch.levels = { product: "informed", project: "informed" }; // nobody acts: a breach
  state.own.push({ title: "On-call rota", levels: { product: "informed", project: "decides" }, hidden: false, note: "=SUM(A1)" });
  state.own.push({ title: "", levels: { product: "contributes", project: "contributes" }, hidden: true, note: "" });
  return state;
}

test("the guide's matrix round-trips, and so does every kind of change", () => {
  for (const state of [C.defaultState(DATA), edited()]) {
    const value = C.encode(DATA, state);
    assert.match(value, /^1\.[A-Za-z0-9_-]+$/);
    const back = C.decode(DATA, value);
    assert.deepEqual(back.state, state);
    assert.deepEqual(back.problems, []);
    assert.deepEqual(back.fresh, []);
  }
});

test("the link is compact: the guide's matrix of 18 rows fits in a short address", () => {
  const value = C.encode(DATA, edited());
  assert.ok(value.length < 400, `${value.length} characters`);
});

test("the link lives in its own query parameter, next to Material's ?h= and ?q=", () => {
  const value = C.encode(DATA, edited());
  const query = C.writeParam("?h=roadmap", value);
  assert.equal(new URLSearchParams(query).get("h"), "roadmap");
  assert.equal(C.readParam(query), value);
  assert.equal(C.writeParam(query, ""), "?h=roadmap");
  assert.equal(C.writeParam("?c=1.abc", ""), "");
});

test("an outdated link: rows the guide dropped are listed, rows it added take the guide's levels", () => {
  const old = {
    ...DATA,
    groups: [
      { id: "direction", title: "Product direction", rows: [
        ...DATA.groups[0].rows,
        { id: "budget-planning", title: "Budget planning", levels: { product: "informed", project: "contributes" } },
      ] },
    ],
  };
  const state = C.defaultState(old);
  state.rows["budget-planning"] = { levels: { product: "decides", project: "contributes" }, hidden: false, note: "CFO signs" };
  state.rows.vision.levels.product = "contributes";
  const opened = C.decode(DATA, C.encode(old, state));
  assert.deepEqual(opened.state.dropped, [
    { id: "budget-planning", levels: { product: "decides", project: "contributes" }, hidden: false, note: "CFO signs" },
  ]);
  assert.deepEqual(opened.fresh, ["schedule", "launch"]);
  assert.deepEqual(opened.state.rows.schedule.levels, { product: "informed", project: "decides" });
  assert.equal(opened.state.rows.vision.levels.product, "contributes");
  // The dropped row stays in the link the page writes next, until the team lets it go.
  const again = C.decode(DATA, C.encode(DATA, opened.state));
  assert.equal(again.state.dropped.length, 1);
  assert.equal(C.idAsTitle("budget-planning"), "Budget planning");
});

test("a link from before a role was added or reordered still reads each role's level", () => {
  const swapped = { ...DATA, roles: [DATA.roles[1], DATA.roles[0]] };
  const state = edited();
  const opened = C.decode(DATA, C.encode(swapped, state));
  assert.deepEqual(opened.state.rows, state.rows);
});

test("a broken, cut or newer link opens the guide's matrix and says why", () => {
  const value = C.encode(DATA, edited());
  for (const [bad, words] of [
    [value.slice(0, 30), "could not be read"],
    ["1.!!!", "could not be read"],
    ["nonsense", "could not be read"],
    ["7.e30", "newer version"],
  ]) {
    const opened = C.decode(DATA, bad);
    assert.deepEqual(opened.state, C.defaultState(DATA), bad);
    assert.equal(opened.problems.length, 1);
    assert.match(opened.problems[0], new RegExp(words));
  }
  assert.deepEqual(C.decode(DATA, "").problems, []);
});

test("garbled levels keep the guide's level for that row and say where", () => {
  const payload = Buffer.from(JSON.stringify({ k: ["product", "project"], r: { vision: "dz", roadmap: 5 } })).toString("base64url");
  const opened = C.decode(DATA, `1.${payload}`);
  assert.deepEqual(opened.state.rows.vision.levels, { product: "decides", project: "informed" });
  assert.deepEqual(opened.state.rows.roadmap.levels, { product: "decides", project: "informed" });
  assert.equal(opened.problems.length, 2);
  assert.match(opened.problems[0], /^Product vision: /);
});

test("a link with more than 10 own rows keeps 10 and says so; long texts are cut to the limits", () => {
  const state = C.defaultState(DATA);
  state.team = "x".repeat(500);
  for (let i = 0; i < 12; i += 1) state.own.push({ ...C.newOwnRow(DATA), title: `Row ${i}` });
  const opened = C.decode(DATA, C.encode(DATA, state));
  assert.equal(opened.state.own.length, 10);
  assert.equal(opened.state.team.length, 80);
  assert.match(opened.problems[0], /12 rows of its own/);
});

test("rule: at most one role decides a row", () => {
  assert.deepEqual(C.breaches(DATA, { product: "decides", project: "informed" }), []);
  const two = C.breaches(DATA, { product: "decides", project: "decides" });
  assert.deepEqual(two, [{ rule: "one-decides", roles: ["product", "project"] }]);
  assert.equal(
    C.breachText(DATA, two[0]),
    "Breaks the rule that at most one role decides: the Technical Product Manager and the Technical Project Manager both decide here.",
  );
});

test("rule: at least one role decides or contributes", () => {
  assert.deepEqual(C.breaches(DATA, { product: "contributes", project: "informed" }), []);
  const none = C.breaches(DATA, { product: "informed", project: "informed" });
  assert.deepEqual(none, [{ rule: "someone-acts", roles: [] }]);
  assert.match(C.breachText(DATA, none[0]), /at least one role decides or contributes/);
  // A new row of the team's own keeps both rules.
  assert.deepEqual(C.breaches(DATA, C.newOwnRow(DATA).levels), []);
});

test("a changed row is marked; hiding counts as a change, a note does not", () => {
  const [vision] = C.guideRows(DATA);
  const entry = { levels: { ...vision.levels }, hidden: false, note: "ours" };
  assert.equal(C.differs(DATA, vision, entry), false);
  assert.equal(C.differs(DATA, vision, { ...entry, hidden: true }), true);
  assert.equal(C.differs(DATA, vision, { ...entry, levels: { product: "decides", project: "contributes" } }), true);
});

test("the Markdown export matches the golden file", () => {
  const markdown = X.toMarkdown(DATA, edited(), "https://example.org/team-charter/?c=1.abc");
  const golden = new URL("./golden/charter.md", import.meta.url);
  if (process.env.UPDATE_GOLDENS) writeFileSync(golden, markdown);
  assert.equal(markdown, readFileSync(golden, "utf-8"));
});

test("Markdown cells escape what a table or Markdown would read as syntax", () => {
  assert.equal(X.markdownCell("a | b\nc *d* <e> [f]"), "a \\| b c \\*d\\* \\<e\\> \\[f\\]");
  const markdown = X.toMarkdown(DATA, edited());
  for (const line of markdown.split("\n").filter((l) => l.startsWith("|"))) {
    assert.equal(line.split(/(?<!\\)\|/).length, 8, line); // 6 columns, every row
  }
  assert.doesNotMatch(markdown, /Schedule \|/); // hidden: left out of the table, listed under it
  assert.match(markdown, /- Schedule\n/);
});

test("the CSV export quotes, neutralises formulas and ends lines with CRLF", () => {
  const csv = X.toCsv(DATA, edited());
  const lines = csv.split("\r\n");
  assert.equal(lines[0], "Area,Decision or activity,Technical Product Manager (TPdM),Technical Project Manager (TPjM),Note,Compared with the guide,Breaks a rule");
  assert.equal(lines.at(-1), "");
  assert.ok(lines.includes("Our own rows,On-call rota,Kept informed,Decides,'=SUM(A1),own row,"));
  assert.ok(lines.some((l) => l.startsWith('Product direction,Roadmap | plan,Decides,Decides,Agreed in Q3 — see <wiki>,changed,Breaks the rule')));
  assert.equal(lines.filter((l) => l.includes("Schedule")).length, 0);
  assert.equal(X.csvField('say "hi", ok'), '"say ""hi"", ok"');
  assert.equal(X.csvField("-1"), "'-1");
});

test("export file names come from the team name", () => {
  assert.equal(X.fileName({ team: "Équipe Paiements / Core" }, "csv"), "equipe-paiements-core-charter.csv");
  assert.equal(X.fileName({ team: "  " }, "md"), "team-charter.md");
});
