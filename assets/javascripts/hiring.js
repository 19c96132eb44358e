/* hiring.js: the "Copy as Markdown" and "Copy as plain text" buttons of a job-description starter
 * (/hiring/<role id>/).
 *
 * Each button carries the whole ad in `data-rg-ad-text`, rendered at build time from content/
 * (scripts/roleguide/render/hiring.py, templates hiring-ad.md and hiring-ad.txt): this script adds
 * no word of its own to what is copied, only the short status messages. It copies with the
 * Clipboard API and says so in the box's polite live region. Where the API is missing or refused
 * (a page opened from disk in some browsers, plain http on a public host), it shows the text in a
 * read-only field, focused and selected, and says how to copy it.
 *
 * It starts only on a page with the buttons ([data-rg-ad-copy]), on the first page and after every
 * instant page change (page.js), once per box; not on the one-page guide (/print/), where the
 * buttons are hidden (scripting.css). Hand-written: Material's copy button is for code blocks only.
 */
import { onEveryPage } from "./page.js";

const FORMATS = { markdown: "Markdown", text: "plain text" };

function say(status, message) {
  status.textContent = "";
  // A fresh text node after a tick, so that the same message twice is read twice.
  window.setTimeout(() => {
    status.textContent = message;
  }, 50);
}

function showField(box, status, text, format) {
  let field = box.querySelector(".rg-ad-copy__field");
  if (!field) {
    field = document.createElement("textarea");
    field.className = "rg-ad-copy__field";
    field.readOnly = true;
    field.rows = 10;
    box.appendChild(field);
  }
  field.setAttribute("aria-label", `The job description as ${format}`);
  field.value = text;
  field.focus();
  field.select();
  say(status, `The job description as ${format} is selected: press Ctrl+C, or Command+C on a Mac, to copy it.`);
}

function copy(box, status, button) {
  const text = button.dataset.rgAdText;
  const format = FORMATS[button.dataset.rgAdFormat] || "text";
  const fallback = () => showField(box, status, text, format);
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(() => say(status, `Copied the job description as ${format}.`), fallback);
  } else {
    fallback();
  }
}

function start() {
  for (const box of document.querySelectorAll("[data-rg-ad-copy]")) {
    if (box.dataset.rgReady || box.closest("#print-site-page")) continue;
    box.dataset.rgReady = "true";
    const status = box.querySelector("[data-rg-ad-status]");
    for (const button of box.querySelectorAll("button[data-rg-ad-text]")) {
      button.addEventListener("click", () => copy(box, status, button));
    }
  }
}

onEveryPage(start);
