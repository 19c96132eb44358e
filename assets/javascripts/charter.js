/* The team charter on /team-charter/: connects the form the generator renders (every row of the
 * guide's matrix, the guide's levels already chosen) to the state and link of charter-state.js and the
 * exports of charter-export.js. The whole charter lives in the page address (?c=...), rewritten with
 * replaceState after every change, so the link a team copies opens the same charter.
 *
 * Hand-written: plain DOM code, no framework. Row titles, role names and level labels come from the
 * page (rendered from content/); the only strings here are the short messages the page announces.
 * Markup for a row of the team's own comes from the <template> in the page. It starts on every page
 * Material shows, including pages reached through instant navigation (page.js), and does nothing
 * where there is no charter, nor on the one-page guide (/print/).
 */
import * as C from "./charter-state.js";
import * as X from "./charter-export.js";
import { renderDropped, renderPrintView, summaryText } from "./charter-view.js";
import { onEveryPage } from "./page.js";

function start() {
  const form = document.querySelector("[data-rg-charter]");
  if (!form || form.closest("#print-site-page") || form.dataset.rgReady) return;
  form.dataset.rgReady = "true";
  const data = JSON.parse(form.dataset.rgCharter);
  const find = (selector) => form.querySelector(selector);
  const status = find("[data-rg-status]");
  const ownList = find("[data-rg-own-list]");
  const template = find("[data-rg-own-template]");
  const addButton = find("[data-rg-add]");
  const printView = document.querySelector("[data-rg-print-view]");
  const guide = new Map(C.guideRows(data).map((row) => [row.id, row]));
  const roleName = (id) => data.roles.find((role) => role.id === id).name;

  const opened = C.decode(data, C.readParam(location.search));
  const state = opened.state;
  const fresh = new Set(opened.fresh);
  let saveTimer = 0;

  function announce(message) {
    status.textContent = "";
    window.setTimeout(() => (status.textContent = message), 50);
  }

  function save() {
    window.clearTimeout(saveTimer);
    const query = C.writeParam(location.search, C.encode(data, state));
    // replaceState keeps Material's own history state (scroll positions for instant navigation).
    history.replaceState(history.state, "", location.pathname + query + location.hash);
  }

  /** Typing saves a moment after the last key: browsers limit how often a page may rewrite its address. */
  function saveSoon() {
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(save, 300);
  }

  function ownName(index) {
    const title = state.own[index].title.trim();
    return title || `Your row ${index + 1}`;
  }

  function showBreaches(item, levels) {
    const breach = item.querySelector("[data-rg-breach]");
    const texts = C.breaches(data, levels).map((b) => C.breachText(data, b));
    breach.textContent = texts.join(" ");
    breach.hidden = texts.length === 0;
    item.classList.toggle("rg-crow--breach", texts.length > 0);
  }

  function setFlags(item, flags) {
    const box = item.querySelector("[data-rg-flags]");
    box.replaceChildren(
      ...flags.map(([kind, label]) => {
        const flag = document.createElement("span");
        flag.className = `rg-flag rg-flag--${kind}`;
        flag.textContent = label;
        return flag;
      }),
    );
  }

  function fillEntry(item, entry) {
    item.querySelectorAll("select[data-rg-role]").forEach((select) => (select.value = entry.levels[select.dataset.rgRole]));
    const note = item.querySelector("[data-rg-note]");
    if (note.value !== entry.note) note.value = entry.note;
    item.querySelector("[data-rg-hide]").checked = entry.hidden;
    item.classList.toggle("rg-crow--hidden", entry.hidden);
    showBreaches(item, entry.levels);
  }

  function renderGuideRow(item) {
    const row = guide.get(item.dataset.rgRow);
    const entry = state.rows[row.id];
    fillEntry(item, entry);
    const changed = C.levelsDiffer(data, row.levels, entry.levels);
    const flags = [];
    if (changed) flags.push(["changed", "Changed from the guide"]);
    if (entry.hidden) flags.push(["hidden", "Hidden: left out of the exports"]);
    if (fresh.has(row.id)) flags.push(["fresh", "New in the guide since this link"]);
    setFlags(item, flags);
    item.classList.toggle("rg-crow--changed", changed);
    item.querySelector("[data-rg-default]").hidden = !C.differs(data, row, entry);
    const guideLine = item.querySelector("[data-rg-guide]");
    guideLine.textContent = changed ? `The guide: ${C.levelsText(data, row.levels)}.` : "";
    guideLine.hidden = !changed;
  }

  function renderOwnRow(item, index) {
    const entry = state.own[index];
    const title = item.querySelector("[data-rg-title]");
    if (title.value !== entry.title) title.value = entry.title;
    item.querySelectorAll("[data-rg-own-name]").forEach((span) => (span.textContent = ownName(index)));
    fillEntry(item, entry);
    setFlags(item, entry.hidden ? [["hidden", "Hidden: left out of the exports"]] : []);
  }

  function buildOwnRows() {
    ownList.replaceChildren(
      ...state.own.map((_, index) => {
        const item = template.content.firstElementChild.cloneNode(true);
        item.dataset.rgOwn = String(index);
        renderOwnRow(item, index);
        return item;
      }),
    );
    const left = data.limits.own - state.own.length;
    addButton.disabled = left === 0;
    find("[data-rg-own-count]").textContent =
      left === 0 ? `That makes ${data.limits.own} rows of your own, the most a charter keeps.` : `You can add ${left} more.`;
  }

  function renderSummary() {
    find("[data-rg-summary]").textContent = summaryText(data, state);
    renderPrintView(printView, data, state);
  }

  function renderAll() {
    find("[data-rg-team]").value = state.team;
    form.querySelectorAll("[data-rg-row]").forEach(renderGuideRow);
    buildOwnRows();
    renderDropped(find("[data-rg-dropped]"), data, state);
    renderSummary();
  }

  /** The row an event happened in: its list item and its entry in the state. */
  function rowOf(target) {
    const item = target.closest("[data-rg-row], [data-rg-own]");
    if (!item) return null;
    if (item.dataset.rgRow) return { item, entry: state.rows[item.dataset.rgRow], name: guide.get(item.dataset.rgRow).title };
    const index = Number(item.dataset.rgOwn);
    return { item, index, entry: state.own[index], name: ownName(index) };
  }

  function refresh(row) {
    if (row.index === undefined) renderGuideRow(row.item);
    else renderOwnRow(row.item, row.index);
    renderSummary();
  }

  // What a new level says to a screen reader: the row, the role, the level, and any rule it breaks.
  function levelChange(row, select) {
    const label = C.levelLabel(data, select.value).toLowerCase();
    const breach = C.breaches(data, row.entry.levels).map((b) => C.breachText(data, b));
    return [`${row.name}: the ${roleName(select.dataset.rgRole)} now ${label}.`, ...breach].join(" ");
  }

  form.addEventListener("change", (event) => {
    const target = event.target;
    const row = rowOf(target);
    if (!row) return;
    if (target.matches("select[data-rg-role]")) {
      row.entry.levels[target.dataset.rgRole] = target.value;
      refresh(row);
      save();
      announce(levelChange(row, target));
    } else if (target.matches("[data-rg-hide]")) {
      row.entry.hidden = target.checked;
      refresh(row);
      save();
      announce(target.checked ? `${row.name} is hidden: it stays here, and leaves the exports.` : `${row.name} is shown again.`);
    } else if (target.matches("[data-rg-note], [data-rg-title]")) {
      save();
    }
  });

  form.addEventListener("input", (event) => {
    const target = event.target;
    if (target.matches("[data-rg-team]")) {
      state.team = target.value;
    } else if (target.matches("[data-rg-note], [data-rg-title]")) {
      const row = rowOf(target);
      if (target.matches("[data-rg-note]")) row.entry.note = target.value;
      else row.entry.title = target.value;
      refresh(row);
    } else {
      return;
    }
    renderSummary();
    saveSoon();
  });

  form.addEventListener("focusout", (event) => {
    if (event.target.matches("input[type=text]")) save();
  });

  form.addEventListener("submit", (event) => event.preventDefault());

  // Material binds single keys (n, p, s, f...) to page-wide shortcuts: a key pressed on a menu or a
  // box of the form stays in the form.
  form.addEventListener("keydown", (event) => {
    if (event.target.matches("select, input[type=checkbox]") && event.key.length === 1) event.stopPropagation();
  });

  form.addEventListener("click", async (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    const row = rowOf(button);
    if (button.matches("[data-rg-default]")) {
      const guideRow = guide.get(row.item.dataset.rgRow);
      row.entry.levels = { ...guideRow.levels };
      row.entry.hidden = false;
      refresh(row);
      save();
      row.item.querySelector("select").focus();
      announce(`${row.name} is back to the guide's levels: ${C.levelsText(data, guideRow.levels)}.`);
    } else if (button.matches("[data-rg-remove]")) {
      state.own.splice(row.index, 1);
      buildOwnRows();
      renderSummary();
      save();
      const items = ownList.querySelectorAll("[data-rg-own]");
      (items[Math.min(row.index, items.length - 1)]?.querySelector("[data-rg-title]") || addButton).focus();
      announce(`${row.name} is removed.`);
    } else if (button.matches("[data-rg-add]")) {
      if (state.own.length >= data.limits.own) return;
      state.own.push(C.newOwnRow(data));
      buildOwnRows();
      renderSummary();
      save();
      ownList.lastElementChild.querySelector("[data-rg-title]").focus();
      announce(`Your row ${state.own.length} is added, with every role contributing. Give it a title.`);
    } else if (button.matches("[data-rg-reset-all]")) {
      for (const [id, guideRow] of guide) {
        state.rows[id].levels = { ...guideRow.levels };
        state.rows[id].hidden = false;
      }
      renderAll();
      save();
      announce("Every row of the guide is back to the guide's levels and shown. Your notes and your own rows are kept.");
    } else if (button.matches("[data-rg-keep]")) {
      const index = Number(button.dataset.rgKeep);
      const [entry] = state.dropped.splice(index, 1);
      state.own.push({ title: C.idAsTitle(entry.id), levels: entry.levels, hidden: entry.hidden, note: entry.note });
      renderAll();
      save();
      find("[data-rg-add]").focus();
      announce(`${C.idAsTitle(entry.id)} is now one of your own rows.`);
    } else if (button.matches("[data-rg-forget]")) {
      const [entry] = state.dropped.splice(Number(button.dataset.rgForget), 1);
      renderAll();
      save();
      (find("[data-rg-dropped] button") || find("[data-rg-team]")).focus();
      announce(`${C.idAsTitle(entry.id)} is let go; the link no longer holds it.`);
    } else if (button.matches("[data-rg-copy-link]")) {
      save();
      await copy(location.href, "The link to this charter is copied.");
    } else if (button.matches("[data-rg-copy-md]")) {
      save();
      await copy(X.toMarkdown(data, state, location.href), "The charter is copied as a Markdown table.");
    } else if (button.matches("[data-rg-download]")) {
      save();
      const kind = button.dataset.rgDownload;
      const text = kind === "md" ? X.toMarkdown(data, state, location.href) : `\ufeff${X.toCsv(data, state)}`;
      download(text, X.fileName(state, kind), kind === "md" ? "text/markdown" : "text/csv");
      announce(`The charter is downloaded as ${X.fileName(state, kind)}.`);
    } else if (button.matches("[data-rg-print]")) {
      save();
      window.print();
    }
  });

  async function copy(text, done) {
    try {
      await navigator.clipboard.writeText(text);
      announce(done);
    } catch {
      announce("Copying is not allowed here; use the downloads, or copy the page address.");
    }
  }

  function download(text, name, type) {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // This script comes in after the page (javascripts/features.js), so on a slow connection a reader
  // can pick a level first: a pick that differs from the page's own keeps its place in the charter,
  // and is announced as a change would have been. Whether the charter came from a link is read
  // before saving such a pick writes one into the address.
  const fromLink = Boolean(C.readParam(location.search));
  const early = [...form.querySelectorAll("[data-rg-row] select[data-rg-role]")].filter(
    (select) => select.value !== [...select.options].find((option) => option.defaultSelected)?.value,
  );
  for (const select of early) state.rows[rowOf(select).item.dataset.rgRow].levels[select.dataset.rgRole] = select.value;
  renderAll();
  if (early.length) save();
  const notice = find("[data-rg-notice]");
  notice.textContent = opened.problems.join(" ");
  notice.hidden = opened.problems.length === 0;
  const said = early.map((select) => levelChange(rowOf(select), select));
  if (fromLink) {
    const dropped = state.dropped.length ? ` ${state.dropped.length} of its rows are no longer in the guide; they are listed above the rows.` : "";
    said.unshift(`The charter from the link is open.${dropped}`);
  }
  if (said.length) announce(said.join(" "));
}

onEveryPage(start);
