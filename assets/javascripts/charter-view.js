/* The parts of the team charter page that are drawn from the whole charter at once: the one-line
 * summary, the list of rows a link names that the guide no longer has, and the print view (the
 * charter as a plain table, which assets/stylesheets/charter.css shows on paper instead of the form).
 * Text goes in with textContent only: a team's words are never read as markup.
 */
import { breaches, differs, guideRows, idAsTitle, levelLabel, levelsText } from "./charter-state.js";
import { charterRows, heading, roleHeading } from "./charter-export.js";

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 rows differ from the guide, 1 is hidden, 1 row of your own. 1 row breaks a rule." */
export function summaryText(data, state) {
  const rows = guideRows(data);
  const changed = rows.filter((row) => differs(data, row, { ...state.rows[row.id], hidden: false })).length;
  const hidden = rows.filter((row) => state.rows[row.id].hidden).length + state.own.filter((e) => e.hidden).length;
  const entries = [...rows.map((row) => state.rows[row.id]), ...state.own];
  const broken = entries.filter((entry) => breaches(data, entry.levels).length > 0).length;
  const parts = [];
  if (changed) parts.push(`${plural(changed, "row differs", "rows differ")} from the guide`);
  if (hidden) parts.push(`${hidden} hidden`);
  if (state.own.length) parts.push(plural(state.own.length, "row of your own", "rows of your own"));
  let text = parts.length ? `${parts.join(", ")}.` : "Every row as in the guide.";
  if (broken) text += ` ${plural(broken, "row breaks", "rows break")} a rule.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The list of dropped rows, each with "Keep as my own row" and "Let it go". */
export function renderDropped(section, data, state) {
  const list = section.querySelector("[data-rg-dropped-list]");
  const room = data.limits.own - state.own.length;
  list.replaceChildren(
    ...state.dropped.map((entry, index) => {
      const item = element("li");
      const name = idAsTitle(entry.id);
      item.append(element("strong", name), ` (${entry.id}): ${levelsText(data, entry.levels)}.`);
      if (entry.note) item.append(` Note: ${entry.note}`);
      if (entry.hidden) item.append(" Hidden.");
      const keep = element("button", "Keep as my own row", "rg-crow__button");
      keep.type = "button";
      keep.dataset.rgKeep = String(index);
      keep.disabled = room <= 0;
      keep.setAttribute("aria-label", `Keep ${name} as my own row`);
      const forget = element("button", "Let it go", "rg-crow__button");
      forget.type = "button";
      forget.dataset.rgForget = String(index);
      forget.setAttribute("aria-label", `Let ${name} go`);
      item.append(" ", keep, " ", forget);
      return item;
    }),
  );
  section.hidden = state.dropped.length === 0;
}

/** The print view: the heading and one table of the rows the charter shows, notes and breaches. */
export function renderPrintView(view, data, state) {
  if (!view) return;
  const rows = charterRows(data, state).filter((row) => !row.hidden);
  const table = element("table", undefined, "rg-charter-print__table");
  const head = element("tr");
  for (const text of ["Area", "Decision or activity", ...data.roles.map(roleHeading), "Note"]) {
    const cell = element("th", text);
    cell.scope = "col";
    head.append(cell);
  }
  table.append(element("thead"));
  table.tHead.append(head);
  const body = element("tbody");
  for (const row of rows) {
    const line = element("tr");
    line.append(element("td", row.group));
    const title = element("th", row.compared === "as in the guide" ? row.title : `${row.title} (${row.compared})`);
    title.scope = "row";
    line.append(title);
    for (const role of data.roles) line.append(element("td", levelLabel(data, row.levels[role.id])));
    line.append(element("td", [row.note, ...row.breaches].filter(Boolean).join(" ")));
    body.append(line);
  }
  table.append(body);
  view.replaceChildren(element("p", heading(data, state), "rg-charter-print__title"), table);
}
