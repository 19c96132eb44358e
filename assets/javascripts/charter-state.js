/* The team charter's state and its link: pure functions, no DOM, no framework.
 *
 * Written by hand: a small state, a link format of our own and two rules, which no library covers.
 * The data comes from the JSON the generator renders from content/ownership.yml into the page
 * (scripts/roleguide/render/charter.py):
 *   { version, title, ownRows, limits: { own, team, title, note },
 *     roles: [{ id, name, short }], levels: [{ id, label }],
 *     groups: [{ id, title, rows: [{ id, title, levels: { role id: level id } }] }] }
 * No row, role or level is written in this file.
 *
 * A charter is { team, rows: { row id: entry }, own: [entry with a title], dropped: [entry with an id] },
 * an entry being { levels: { role id: level id }, hidden, note }. `rows` holds every row of the guide.
 *
 * The link: ?c=<version>.<base64url of UTF-8 JSON>. The JSON holds the team name (t), the role ids in
 * the order the level codes follow (k), every row by its stable id from ownership.yml (r) and the
 * team's own rows (o). A level is written as the first letter of its id (d, c, i); a row is its
 * codes ("di"), or [codes, hidden 0/1, note] when it is hidden or has a note. Every row of the guide
 * is written, not only the changed ones, so a link shows the team's charter even after the guide's
 * own levels change. A row the guide no longer has comes back as dropped, never silently lost.
 *
 * An ES module: charter.js and charter-export.js import it into the bundle, and the Node tests
 * (tests/js/) import it.
 */
export const PARAM = "c";
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Every row of the guide in order, with its group: [{ id, title, group, levels }]. */
export function guideRows(data) {
  return data.groups.flatMap((group) => group.rows.map((row) => ({ ...row, group: group.title })));
}

function copyLevels(levels) {
  return { ...levels };
}

/** The guide's own matrix as a charter: nothing hidden, no notes, no rows of the team's own. */
export function defaultState(data) {
  const rows = {};
  for (const row of guideRows(data)) rows[row.id] = { levels: copyLevels(row.levels), hidden: false, note: "" };
  return { team: "", rows, own: [], dropped: [] };
}

/** A new row of the team's own: every role contributes, which keeps both rules. */
export function newOwnRow(data) {
  const levels = {};
  for (const role of data.roles) levels[role.id] = "contributes";
  return { title: "", levels, hidden: false, note: "" };
}

/** True when the row's levels are not the guide's. */
export function levelsDiffer(data, guideLevels, levels) {
  return data.roles.some((role) => guideLevels[role.id] !== levels[role.id]);
}

/** True when a row of the guide is changed: other levels, or hidden. A note is the team's own words. */
export function differs(data, row, entry) {
  return entry.hidden || levelsDiffer(data, row.levels, entry.levels);
}

/** The rule breaches of one row: [{ rule: "one-decides", roles: [role ids] } | { rule: "someone-acts" }]. */
export function breaches(data, levels) {
  const found = [];
  const deciding = data.roles.filter((role) => levels[role.id] === "decides").map((role) => role.id);
  if (deciding.length > 1) found.push({ rule: "one-decides", roles: deciding });
  if (!data.roles.some((role) => levels[role.id] === "decides" || levels[role.id] === "contributes")) {
    found.push({ rule: "someone-acts", roles: [] });
  }
  return found;
}

function namesOf(data, roleIds) {
  const names = roleIds.map((id) => `the ${data.roles.find((role) => role.id === id).name}`);
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** A breach in words, for the page, the announcements and the exports. */
export function breachText(data, breach) {
  if (breach.rule === "one-decides") {
    const all = breach.roles.length === 2 ? "both" : "all";
    return `Breaks the rule that at most one role decides: ${namesOf(data, breach.roles)} ${all} decide here.`;
  }
  return "Breaks the rule that at least one role decides or contributes: every role is only kept informed here.";
}

/** The level label of a level id ("Decides"). */
export function levelLabel(data, level) {
  return data.levels.find((item) => item.id === level).label;
}

/** "TPdM decides, TPjM kept informed": a row's levels in a few words. */
export function levelsText(data, levels) {
  return data.roles.map((role) => `${role.short} ${levelLabel(data, levels[role.id]).toLowerCase()}`).join(", ");
}

/* ---- the link ---- */

function toBase64url(text) {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("not base64url");
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

function codes(data, levels, roleIds) {
  return roleIds.map((id) => levels[id][0]).join("");
}

function packEntry(data, entry, roleIds) {
  const levels = codes(data, entry.levels, roleIds);
  return entry.hidden || entry.note ? [levels, entry.hidden ? 1 : 0, entry.note] : levels;
}

/** The link value of a charter: "1.<base64url>". */
export function encode(data, state) {
  const roleIds = data.roles.map((role) => role.id);
  const rows = {};
  for (const row of guideRows(data)) rows[row.id] = packEntry(data, state.rows[row.id], roleIds);
  for (const entry of state.dropped) rows[entry.id] = packEntry(data, entry, roleIds);
  const payload = { k: roleIds, r: rows };
  if (state.team) payload.t = state.team;
  if (state.own.length) payload.o = state.own.map((entry) => [entry.title, ...[packEntry(data, entry, roleIds)].flat()]);
  return `${data.version}.${toBase64url(JSON.stringify(payload))}`;
}

function text(value, limit) {
  return typeof value === "string" ? value.slice(0, limit) : "";
}

/** An entry from its packed form; levels the link lacks or garbles fall back to `fallback`. */
function unpackEntry(data, packed, roleIds, fallback, problems, where) {
  const [levelCodes, hidden, note] = Array.isArray(packed) ? packed : [packed, 0, ""];
  const levels = copyLevels(fallback);
  const byCode = Object.fromEntries(data.levels.map((level) => [level.id[0], level.id]));
  const known = new Set(data.roles.map((role) => role.id));
  let garbled = typeof levelCodes !== "string" || levelCodes.length !== roleIds.length;
  roleIds.forEach((roleId, index) => {
    const level = typeof levelCodes === "string" ? byCode[levelCodes[index]] : undefined;
    if (level === undefined) garbled = true;
    else if (known.has(roleId)) levels[roleId] = level;
  });
  if (garbled) problems.push(`${where}: some levels could not be read, so the guide's levels stand there.`);
  return { levels, hidden: hidden === 1 || hidden === true, note: text(note, data.limits.note) };
}

/**
 * The charter a link value describes, never throwing: { state, fresh, problems }.
 * `fresh` lists the guide's rows the link does not name (added to the guide since), at the guide's
 * levels; rows the link names that the guide no longer has are in state.dropped. `problems` says, in
 * words, what could not be read.
 */
export function decode(data, value) {
  const state = defaultState(data);
  const result = { state, fresh: [], problems: [] };
  if (!value) return result;
  const dot = value.indexOf(".");
  const version = dot > 0 ? value.slice(0, dot) : "";
  if (version !== String(data.version)) {
    result.problems.push(
      /^\d+$/.test(version) && Number(version) > data.version
        ? "This link was made by a newer version of this page; it shows the guide's matrix instead."
        : "This link could not be read (it may have been cut short); the page shows the guide's matrix.",
    );
    return result;
  }
  let payload;
  try {
    payload = JSON.parse(fromBase64url(value.slice(dot + 1)));
  } catch {
    result.problems.push("This link could not be read (it may have been cut short); the page shows the guide's matrix.");
    return result;
  }
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) payload = {};
  const roleIds = Array.isArray(payload.k) && payload.k.every((id) => typeof id === "string") ? payload.k : [];
  const rows = payload.r && typeof payload.r === "object" && !Array.isArray(payload.r) ? payload.r : {};
  state.team = text(payload.t, data.limits.team);
  const byId = new Map(guideRows(data).map((row) => [row.id, row]));
  for (const row of byId.values()) {
    if (Object.hasOwn(rows, row.id)) {
      state.rows[row.id] = unpackEntry(data, rows[row.id], roleIds, row.levels, result.problems, row.title);
    } else {
      result.fresh.push(row.id);
    }
  }
  for (const [id, packed] of Object.entries(rows)) {
    if (byId.has(id) || !ID.test(id)) continue;
    const fallback = newOwnRow(data).levels;
    state.dropped.push({ id, ...unpackEntry(data, packed, roleIds, fallback, result.problems, id) });
  }
  const own = Array.isArray(payload.o) ? payload.o : [];
  if (own.length > data.limits.own) {
    result.problems.push(`This link has ${own.length} rows of its own; a charter keeps ${data.limits.own}, so the last ones are left out.`);
  }
  own.slice(0, data.limits.own).forEach((packed, index) => {
    if (!Array.isArray(packed)) return;
    const [title, ...rest] = packed;
    const entry = unpackEntry(data, rest.length > 1 ? rest : rest[0], roleIds, newOwnRow(data).levels, result.problems, `Your row ${index + 1}`);
    state.own.push({ title: text(title, data.limits.title), ...entry });
  });
  return result;
}

/** The link value in a query string, or "" (the page's own parameter; others are Material's). */
export function readParam(search) {
  return new URLSearchParams(search).get(PARAM) || "";
}

/** The query string with the charter's parameter set (or removed when `value` is ""), others kept. */
export function writeParam(search, value) {
  const params = new URLSearchParams(search);
  if (value) params.set(PARAM, value);
  else params.delete(PARAM);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** A row id the guide no longer has, as words: "budget-planning" -> "Budget planning". */
export function idAsTitle(id) {
  const words = id.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
