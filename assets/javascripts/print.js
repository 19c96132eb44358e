/* Link addresses on paper. print.css writes out, after a link, the address in its data-rg-print-url;
   this marks the links that lead out of the document being printed. Written by hand: CSS cannot tell
   a link to another site from an in-page link, because Material's instant loading rewrites every
   internal link into an absolute URL. Links within the page (the one-page guide is all anchors) and
   links to files on disk (the offline copy) get no address. */
import { onEveryPage } from "./page.js";

function mark() {
  const here = location.href.split("#")[0];
  document.querySelectorAll(".md-content a[href]").forEach(function (link) {
    const url = new URL(link.getAttribute("href"), location.href);
    const away = /^https?:$/.test(url.protocol) && url.href.split("#")[0] !== here;
    if (away && !link.classList.contains("headerlink")) {
      link.setAttribute("data-rg-print-url", url.href);
    } else {
      link.removeAttribute("data-rg-print-url");
    }
  });
}

onEveryPage(mark);
window.addEventListener("beforeprint", mark);
