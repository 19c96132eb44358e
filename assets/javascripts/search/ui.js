/* The search dialog: a modal <dialog> (the browser keeps the focus in it and closes it on Escape) with
 * a search field and a list of results that the arrow keys move through.
 *
 * - Results come as the reader types (engine.js, rank.js): the page, the heading that matched and a
 *   few words around the match, the reader's words marked. A result opens that heading's spot, with
 *   the words marked there (javascripts/search-highlight.js), through Material's instant navigation
 *   like any link of the site.
 * - The field is an ARIA combobox: the list is a listbox whose options are the result links, the
 *   active one named by aria-activedescendant; a polite status line says how many were found.
 * - While it is open, the address carries the query (`?q=`), so that the address bar shares the
 *   search; closing takes it out again.
 */
import { pagefind, search } from "./engine.js";
import { terms } from "./rank.js";

const QUERY = "q";
const PAUSE = 60;
const ID = "rg-search";
let dialog = null;
let root = "";
let asked = 0; // the number of the latest query, so that an older answer never replaces a newer one

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt holds the reader's words in <mark>; everything else of it is text. */
function excerpt(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body.firstChild;
  return [...parsed.childNodes].map((node) =>
    node.nodeName === "MARK" ? element("mark", {}, [node.textContent]) : document.createTextNode(node.textContent),
  );
}

function parts() {
  return {
    field: dialog.querySelector("input"),
    list: dialog.querySelector("[role=listbox]"),
    status: dialog.querySelector("[role=status]"),
  };
}

function setAddress(query) {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set(QUERY, query);
  else url.searchParams.delete(QUERY);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
}

function activate(option) {
  const { field, list } = parts();
  for (const each of list.querySelectorAll("[role=option]")) each.setAttribute("aria-selected", String(each === option));
  if (option) {
    field.setAttribute("aria-activedescendant", option.id);
    option.scrollIntoView({ block: "nearest" });
  } else {
    field.removeAttribute("aria-activedescendant");
  }
}

function target(result, query) {
  const url = new URL(result.url, root);
  url.searchParams.set("h", terms(query).join(" "));
  return url.href;
}

function show(results, query) {
  const { field, list, status } = parts();
  list.replaceChildren(
    ...results.map((result, i) =>
      element("a", { role: "option", id: `${ID}-${i}`, href: target(result, query), "aria-selected": "false", tabindex: "-1" }, [
        element("span", { class: "rg-search__page" }, [result.page]),
        ...(result.heading ? [element("span", { class: "rg-search__heading" }, [result.heading])] : []),
        element("span", { class: "rg-search__excerpt" }, excerpt(result.excerpt)),
      ]),
    ),
  );
  field.setAttribute("aria-expanded", String(results.length > 0));
  field.removeAttribute("aria-activedescendant");
  dialog.dataset.rgQuery = query;
  status.textContent = !query.trim()
    ? "Type a word or a question: results come as you type."
    : results.length
      ? `${results.length === 1 ? "1 result" : `${results.length} results`}. Use the arrow keys to choose, Enter to open.`
      : `Nothing in the guide matches “${query.trim()}”. Try other words.`;
}

async function run(query) {
  const number = ++asked;
  setAddress(query.trim());
  if (!query.trim()) {
    show([], query);
    return;
  }
  try {
    const results = await search(root, query);
    if (number === asked) show(results, query);
  } catch (error) {
    if (number === asked) parts().status.textContent = "The search could not load. Reload the page to try again.";
    throw error;
  }
}

function move(step) {
  const { list, field } = parts();
  const options = [...list.querySelectorAll("[role=option]")];
  if (!options.length) return;
  const current = options.findIndex((option) => option.id === field.getAttribute("aria-activedescendant"));
  const next = current < 0 ? (step > 0 ? 0 : options.length - 1) : (current + step + options.length) % options.length;
  activate(options[next]);
}

function build() {
  dialog = element("dialog", { class: "rg-search", id: ID, "aria-label": "Search the guide" }, [
    element("div", { class: "rg-search__bar" }, [
      element("input", {
        type: "search",
        role: "combobox",
        "aria-label": "Search the guide",
        "aria-expanded": "false",
        "aria-controls": `${ID}-results`,
        "aria-autocomplete": "list",
        autocomplete: "off",
        autocapitalize: "off",
        spellcheck: "false",
        enterkeyhint: "go",
        placeholder: "Search the guide",
      }),
      element("button", { type: "button", class: "rg-search__close", "aria-label": "Close the search" }, ["Esc"]),
    ]),
    element("p", { class: "rg-search__status", role: "status" }),
    element("div", { class: "rg-search__results", id: `${ID}-results`, role: "listbox", "aria-label": "Results" }),
  ]);
  const { field, list } = parts();
  // Results as the reader types: a query runs once typing pauses for PAUSE ms, not on every key.
  let typing = 0;
  field.addEventListener("input", () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => run(field.value), PAUSE);
  });
  field.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Escape") {
      // A search field's own Escape would empty it; here, as in the theme's search, it closes.
      event.preventDefault();
      dialog.close();
    } else if (event.key === "Enter") {
      event.preventDefault();
      const active = document.getElementById(field.getAttribute("aria-activedescendant") || "");
      const chosen = active || list.querySelector("[role=option]");
      if (chosen) chosen.click();
    }
  });
  list.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest("[role=option]")) dialog.close();
  });
  list.addEventListener("pointermove", (event) => {
    const option = event.target instanceof Element && event.target.closest("[role=option]");
    if (option) activate(option);
  });
  dialog.querySelector(".rg-search__close").addEventListener("click", () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it, as with Material's search.
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener("close", () => setAddress(""));
  document.body.append(dialog);
}

/** Start loading Pagefind and its index, so that the first query is answered at once; `siteRoot` is
 * the site's root URL. */
export function prepare(siteRoot) {
  root = siteRoot;
  pagefind(root).catch(() => {}); // a failure shows when the reader searches (run)
}

/** Open the dialog with `query` in its field. */
export function open(query, siteRoot) {
  prepare(siteRoot);
  if (!dialog || !dialog.isConnected) build();
  const { field } = parts();
  if (!dialog.open) dialog.showModal();
  field.value = query;
  field.focus();
  return run(query);
}
