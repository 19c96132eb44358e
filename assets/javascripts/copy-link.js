/*
 * copy-link.js: a "Copy link" button for any spot on a page that has an id.
 *
 * API, the whole of it: give an element an `id` and the attribute `data-copy-link`.
 *
 *     <h2 id="success-metrics" data-copy-link>Success metrics</h2>
 *     <tr id="success-metrics" data-copy-link="Success Metrics">...</tr>
 *
 * - The value of `data-copy-link`, when there is one, names the spot for screen readers: the button
 *   is called "Copy link to Success Metrics". Without a value, the element's own text is used.
 * - The button is added at the end of the element, or of its first cell when the element is a
 *   table row. It is a real <button>: visible, in the tab order, with a visible focus ring.
 * - Headings need no attribute: every heading with Material's permalink (the "¶" link that
 *   `toc: permalink` adds) gets the button in the permalink's place, so each heading has one
 *   control. On a screen with a mouse it shows while the heading is hovered or has focus, like
 *   the permalink did; on a touch screen it always shows. Without JavaScript the permalink stays.
 * - It copies the clean address of the spot: the page URL without its query string (so never
 *   Material's `?h=` search highlight) and with `#id`.
 * - On success it says "Link copied" on the button and in a polite live region (screen readers).
 * - Where the Clipboard API is missing or refused (pages opened from file://, plain http on a
 *   public host, old browsers), it shows the URL in a read-only text field next to the button,
 *   focused and selected, and says how to copy it.
 * - It works with Material's instant navigation: it subscribes to Material's `document$` and
 *   enhances each page it shows; without Material it runs once the page has loaded. Running twice
 *   never adds a second button.
 *
 * Styles: assets/stylesheets/copy-link.css. Hand-written because neither Material nor
 * pymdown-extensions offers a copy button for arbitrary anchors (Material's is for code blocks).
 */
import { onEveryPage } from "./page.js";

const STATUS_ID = "rg-copy-link-status";
const DONE = "rgCopyLinkReady";
const ICON =
  '<svg class="rg-copy-link__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
  '<path d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7a5 5 0 0 0 0 10h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1M8 ' +
  '13h8v-2H8v2m9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4a5 5 0 0 0 0-10"/></svg>';

function cleanUrl(id) {
  const url = new URL(window.location.href);
  url.search = "";
  url.hash = id;
  return url.href;
}

function statusRegion() {
  let region = document.getElementById(STATUS_ID);
  if (!region) {
    region = document.createElement("div");
    region.id = STATUS_ID;
    region.className = "rg-copy-link__status";
    region.setAttribute("role", "status");
    region.setAttribute("aria-live", "polite");
    document.body.appendChild(region);
  }
  return region;
}

function announce(message) {
  const region = statusRegion();
  region.textContent = "";
  // A fresh text node after a tick, so that the same message twice is read twice.
  window.setTimeout(function () {
    region.textContent = message;
  }, 50);
}

function label(element) {
  const value = element.getAttribute("data-copy-link");
  if (value && value !== "data-copy-link" && value !== "true") {
    return value.trim();
  }
  const source = element.tagName === "TR" && element.cells.length ? element.cells[0] : element;
  const clone = source.cloneNode(true);
  clone.querySelectorAll(".rg-copy-link, .rg-copy-link__field, .headerlink").forEach(function (node) {
    node.remove();
  });
  return clone.textContent.replace(/\s+/g, " ").trim().slice(0, 80);
}

function showField(button, element, url, name) {
  // Next to the button; after the heading itself for a heading's button, so that the field is
  // not part of the heading.
  const after = button.classList.contains("rg-copy-link--heading") ? element : button;
  let field = after.nextElementSibling;
  if (!field || !field.classList.contains("rg-copy-link__field")) {
    field = document.createElement("input");
    field.type = "text";
    field.readOnly = true;
    field.className = "rg-copy-link__field";
    field.setAttribute("aria-label", "Link to " + name);
    after.insertAdjacentElement("afterend", field);
  }
  field.value = url;
  field.focus();
  field.select();
  announce("The link is selected: press Ctrl+C, or Command+C on a Mac, to copy it.");
}

function confirmCopied(button) {
  const text = button.querySelector(".rg-copy-link__text");
  button.classList.add("rg-copy-link--done");
  text.textContent = "Link copied";
  announce("Link copied");
  window.clearTimeout(button._rgCopyLinkTimer);
  button._rgCopyLinkTimer = window.setTimeout(function () {
    button.classList.remove("rg-copy-link--done");
    text.textContent = "Copy link";
  }, 2000);
}

function copy(button, element) {
  const url = cleanUrl(element.id);
  const name = label(element);
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(url).then(
      function () {
        confirmCopied(button);
      },
      function () {
        showField(button, element, url, name);
      }
    );
  } else {
    showField(button, element, url, name);
  }
}

function enhance(element) {
  // Not on a page that gathers the whole guide for print (mkdocs-print-site-plugin): a link to
  // share points at the page a spot lives on, and the printed copy needs no buttons.
  if (!element.id || element.dataset[DONE] || element.closest("#print-site-page")) {
    return;
  }
  element.dataset[DONE] = "true";
  const permalink = element.querySelector(":scope > .headerlink");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "rg-copy-link" + (permalink ? " rg-copy-link--heading" : "");
  button.setAttribute("aria-label", "Copy link to " + label(element));
  button.innerHTML = ICON + '<span class="rg-copy-link__text">Copy link</span>';
  button.addEventListener("click", function () {
    copy(button, element);
  });
  if (permalink) {
    permalink.replaceWith(button);
    return;
  }
  const host = element.tagName === "TR" && element.cells.length ? element.cells[0] : element;
  host.appendChild(button);
}

function init() {
  statusRegion();
  document.querySelectorAll("[id][data-copy-link]").forEach(enhance);
  document.querySelectorAll(".md-content :is(h1, h2, h3, h4, h5, h6)[id] > .headerlink").forEach(function (link) {
    enhance(link.parentElement);
  });
}

onEveryPage(init);
