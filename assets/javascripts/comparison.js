/*
 * comparison.js: the theme filter of the comparison table.
 *
 * Progressive enhancement. Without JavaScript the whole table shows and the filter, which would do
 * nothing, does not (data-rg-js, scripting.css). With it, the filter is in place from the first
 * paint, so nothing moves when this starts: one toggle button per theme (aria-pressed), a status
 * line read by screen readers, and each theme's rows (a <tbody data-rg-category>) hidden or shown.
 * A link to a row in a hidden theme shows all themes again, so a shared link always lands on its row.
 *
 * On paper, link addresses are written out by print.js and print.css, as on every page.
 *
 * Runs on every page Material's instant navigation shows (`document$`), and does nothing on pages
 * without these elements. Hand-written: Material has no table filter.
 */
import { onEveryPage } from "./page.js";

// The filter of the page on screen (instant navigation replaces it), for the hash listener.
let active = null;

function setupFilter(filter) {
  const table = document.querySelector("table.rg-compare");
  if (!table || filter.dataset.rgFilterReady) {
    return;
  }
  filter.dataset.rgFilterReady = "true";
  const buttons = Array.prototype.slice.call(filter.querySelectorAll("button[data-rg-category]"));
  const groups = Array.prototype.slice.call(table.querySelectorAll("tbody[data-rg-category]"));
  const status = filter.querySelector("[data-rg-filter-status]");
  const total = table.querySelectorAll("tr[id]").length;

  function show(category, announce) {
    let shown = 0;
    groups.forEach(function (group) {
      const visible = !category || group.getAttribute("data-rg-category") === category;
      group.hidden = !visible;
      if (visible) {
        shown += group.querySelectorAll("tr[id]").length;
      }
    });
    let current = null;
    buttons.forEach(function (button) {
      const pressed = button.getAttribute("data-rg-category") === category;
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
      if (pressed) {
        current = button;
      }
    });
    if (announce) {
      const name = current ? current.textContent.replace(/\s*\(\d+\)\s*$/, "") : "";
      status.textContent = category
        ? "Showing " + shown + " of " + total + " aspects: " + name + "."
        : "Showing all " + total + " aspects.";
    }
  }

  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      show(button.getAttribute("data-rg-category"), true);
    });
  });

  active = { table: table, show: show };
  show("", false);
}

function revealTarget() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id && document.getElementById(id);
  if (active && target && active.table.contains(target) && target.closest("tbody[hidden]")) {
    active.show("", true);
    target.scrollIntoView();
  }
}

function init() {
  document.querySelectorAll("[data-rg-filter]").forEach(setupFilter);
}

window.addEventListener("hashchange", revealTarget);
onEveryPage(init);
