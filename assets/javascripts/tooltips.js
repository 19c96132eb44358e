/* Tooltips for titles in the content: an abbreviation's explanation (and any other element of the
 * article with a `title`) shows in Material's tooltip, the same box and the same animation as
 * Material's `content.tooltips` feature, which this replaces.
 *
 * Why by hand: Material sets up every titled element of a page when the page loads (several
 * observables and listeners each, and a measure of the layout), although a reader opens one or two.
 * A page of the guide has 10 to 34 of them; that set-up was the largest part of Material's work at
 * DOMContentLoaded, which the reader waits through before a tap is answered
 * (notes/2026-12-07-theme-patches.md). Here the document has a handful of listeners, and a tooltip is built when it opens.
 *
 * What the reader gets, as with Material's:
 * - it opens while the mouse is over the element or the tooltip, while the element has the keyboard
 *   focus (markdown_abbr.py puts the first abbreviation under each heading in the tab order), and on
 *   a tap on a touch screen; Escape closes it, and so does a tap elsewhere;
 * - it sits below the element, inside the screen, and follows it when the page or a table scrolls;
 * - while it is open, the element is described by it (aria-describedby) and has no `title`, so the
 *   browser's own tooltip does not show on top; the `title` comes back when it closes.
 * Without JavaScript, the `title` stays and the browser shows it. Styles: Material's `.md-tooltip2`
 * (kept by the build's purge because this file names its classes), font size in findability.css. */
import { onEveryPage } from "./page.js";

const HOSTS = '[data-md-component="content"] [title]';
const ID = "rg-tooltip";
const LINGER = 250; // ms the tooltip stays after the mouse leaves, to let it move onto the tooltip

let open = null; // { host, node, title }
let closing = 0;

function place() {
  const host = open.host.getBoundingClientRect();
  const style = open.node.style;
  style.setProperty("--md-tooltip-host-x", host.left + window.scrollX + "px");
  style.setProperty("--md-tooltip-host-y", host.top + window.scrollY + "px");
  style.setProperty("--md-tooltip-x", host.width / 2 + "px");
  style.setProperty("--md-tooltip-y", host.height + 8 + "px");
}

function show(host) {
  window.clearTimeout(closing);
  if (open && open.host === host) return;
  hide(true);
  const title = host.getAttribute("title");
  if (!title) return;
  const node = document.createElement("div");
  node.className = "md-tooltip2 md-tooltip2--bottom";
  node.id = ID;
  node.setAttribute("role", "tooltip");
  const inner = document.createElement("div");
  inner.className = "md-tooltip2__inner md-typeset";
  inner.textContent = title;
  node.appendChild(inner);
  // Inside the main landmark, where axe expects all content (rule "region"); <main> and its
  // ancestors are not positioned, so the tooltip is placed from the top of the page all the same.
  (document.querySelector("main") || document.body).appendChild(node);
  host.removeAttribute("title");
  host.setAttribute("aria-describedby", ID);
  open = { host: host, node: node, title: title };
  node.style.setProperty("--md-tooltip-tail", "0px");
  node.style.setProperty("--md-tooltip-width", inner.getBoundingClientRect().width + "px");
  place();
  window.addEventListener("scroll", place, { capture: true, passive: true });
  window.addEventListener("resize", place, { passive: true });
  // Drawn once without the active class, so that it fades and slides in as Material's does.
  window.requestAnimationFrame(function () {
    window.requestAnimationFrame(function () {
      if (open && open.node === node) node.classList.add("md-tooltip2--active");
    });
  });
}

function hide(now) {
  window.clearTimeout(closing);
  if (!open) return;
  if (!now) {
    closing = window.setTimeout(function () { hide(true); }, LINGER);
    return;
  }
  const node = open.node;
  open.host.setAttribute("title", open.title);
  open.host.removeAttribute("aria-describedby");
  open = null;
  window.removeEventListener("scroll", place, { capture: true });
  window.removeEventListener("resize", place);
  node.removeAttribute("id");
  node.classList.remove("md-tooltip2--active");
  window.setTimeout(function () { node.remove(); }, LINGER);
}

function hostOf(target) {
  const host = target instanceof Element ? target.closest(HOSTS) : null;
  return host || (open && target instanceof Node && open.host.contains(target) ? open.host : null);
}

function inTooltip(target) {
  return open && target instanceof Node && open.node.contains(target);
}

document.addEventListener("pointerover", function (event) {
  if (event.pointerType === "touch") return;
  const host = hostOf(event.target);
  if (host) show(host);
  else if (inTooltip(event.target)) window.clearTimeout(closing);
});
document.addEventListener("pointerout", function (event) {
  if (event.pointerType === "touch" || !open) return;
  const to = event.relatedTarget;
  if (open.host.contains(to) || inTooltip(to)) return;
  if (hostOf(event.target) === open.host || inTooltip(event.target)) {
    if (open.host !== document.activeElement) hide(false);
  }
});
document.addEventListener("focusin", function (event) {
  const host = hostOf(event.target);
  if (host) show(host);
  else hide(true);
});
document.addEventListener("focusout", function (event) {
  if (open && event.target === open.host) hide(true);
});
// A tap (the pointer says "touch") on the element opens the tooltip; a tap anywhere else closes it.
let touched = false;
document.addEventListener("pointerdown", function (event) { touched = event.pointerType === "touch"; }, true);
document.addEventListener("click", function (event) {
  if (!touched) return;
  const host = hostOf(event.target);
  if (host) show(host);
  else if (!inTooltip(event.target)) hide(true);
});
document.addEventListener("keydown", function (event) {
  if (event.key === "Escape") hide(true);
});

// A page that instant navigation brings in starts without one.
onEveryPage(function () {
  if (open && !document.body.contains(open.host)) hide(true);
});
