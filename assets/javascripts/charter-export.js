/* The team charter's exports: the rows a charter shows, as a Markdown table (for a wiki or a README)
 * and as CSV (for a spreadsheet). Pure functions, no DOM; the print layout is made from the same
 * rows (charter.js). Hand-written: two small text formats, with the escaping each one needs.
 *
 * Hidden rows stay out of the table (they do not apply to the team); the Markdown lists them by name
 * under it, with every row that breaks one of the guide's rules, so nothing is lost on the way.
 */
import { breachText, breaches, differs, guideRows, levelLabel } from "./charter-state.js";

// Line ends made at run time: esbuild prints a line end it can compute (a "\n" string, even
// String.fromCharCode(10)) as a real line break in a template literal, and the bundle must stay one
// line (tests/test_bundle.py). It does not look into a function's arguments.
function chars(...codes) {
  return String.fromCharCode(...codes);
}
const LF = chars(10);
const CRLF = chars(13, 10);

export const SAME = "as in the guide";
export const CHANGED = "changed";
export const OWN = "own row";

/** The rows of a charter in order, as the exports and the print view show them. */
export function charterRows(data, state) {
  const rows = guideRows(data).map((row) => {
    const entry = state.rows[row.id];
    return {
      group: row.group,
      title: row.title,
      levels: entry.levels,
      note: entry.note,
      hidden: entry.hidden,
      compared: differs(data, row, { ...entry, hidden: false }) ? CHANGED : SAME,
    };
  });
  state.own.forEach((entry, index) => {
    rows.push({
      group: data.ownRows,
      title: entry.title.trim() || `Untitled row ${index + 1}`,
      levels: entry.levels,
      note: entry.note,
      hidden: entry.hidden,
      compared: OWN,
    });
  });
  return rows.map((row) => ({ ...row, breaches: breaches(data, row.levels).map((b) => breachText(data, b)) }));
}

/** The heading of an export: the guide's title for the matrix, and the team's name. */
export function heading(data, state) {
  return state.team.trim() ? `${data.title}: ${state.team.trim()}` : data.title;
}

export function roleHeading(role) {
  return `${role.name} (${role.short})`;
}

/** Text safe inside a Markdown table cell: one line, no pipe or markup read as syntax. */
export function markdownCell(value) {
  return String(value)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>|#~]/g, (char) => `\\${char}`);
}

/** The charter as a Markdown document: a heading, one table, then hidden rows, breaches and the link. */
export function toMarkdown(data, state, link) {
  const shown = charterRows(data, state);
  const header = ["Area", "Decision or activity", ...data.roles.map(roleHeading), "Note", "Compared with the guide"];
  const line = (cells) => `| ${cells.map(markdownCell).join(" | ")} |`;
  const out = [`# ${markdownCell(heading(data, state))}`, "", line(header), `|${header.map(() => " --- |").join("")}`];
  for (const row of shown.filter((r) => !r.hidden)) {
    const levels = data.roles.map((role) => levelLabel(data, row.levels[role.id]));
    out.push(line([row.group, row.title, ...levels, row.note, row.compared]));
  }
  const hidden = shown.filter((r) => r.hidden);
  if (hidden.length) {
    out.push("", "Rows left out as they do not apply to this team:", "");
    for (const row of hidden) out.push(`- ${markdownCell(row.title)}`);
  }
  const broken = shown.filter((r) => r.breaches.length);
  if (broken.length) {
    out.push("", "Rows that break one of the guide's rules:", "");
    for (const row of broken) out.push(`- ${markdownCell(row.title)}: ${row.breaches.map(markdownCell).join(" ")}`);
  }
  if (state.dropped.length) {
    out.push("", "Rows the guide no longer has, kept in the link:", "");
    for (const entry of state.dropped) out.push(`- ${markdownCell(entry.id)}`);
  }
  if (link) out.push("", `Open or change this charter: <${link}>`);
  return out.join(LF) + LF;
}

/** One CSV field: quoted when needed; a leading = + - @ is neutralised so no spreadsheet runs it. */
export function csvField(value) {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The charter as CSV (RFC 4180, CRLF): every row the charter shows, with its note and any breach. */
export function toCsv(data, state) {
  const header = ["Area", "Decision or activity", ...data.roles.map(roleHeading), "Note", "Compared with the guide", "Breaks a rule"];
  const lines = [header];
  for (const row of charterRows(data, state).filter((r) => !r.hidden)) {
    const levels = data.roles.map((role) => levelLabel(data, row.levels[role.id]));
    lines.push([row.group, row.title, ...levels, row.note, row.compared, row.breaches.join(" ")]);
  }
  return lines.map((cells) => cells.map(csvField).join(",")).join(CRLF) + CRLF;
}

/** A file name for the exports: the team's name in lowercase words, or "team-charter". */
export function fileName(state, extension) {
  const slug = state.team
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug ? `${slug}-charter` : "team-charter"}.${extension}`;
}
