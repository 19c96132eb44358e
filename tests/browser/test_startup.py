"""Material's start-up does not restyle the whole page. An inline script in <head>
(overrides/main.html) does before the first paint two things that Material's script did after it,
each of which made the browser restyle every element inside Material's first task:
- it gives <html> the classes that Material's script and its focus-visible polyfill add ("js",
  "js-focus-visible" and the attribute data-js-focus-visible); without JavaScript, <html> keeps
  "no-js";
- it makes the stylesheets' addresses absolute, as Material's instant navigation does to every
  relative address of the page; a stylesheet whose address changes is taken in again. Each is still
  fetched once.
The light/dark toggle's part (no `<meta name="color-scheme">`) is in test_palette.py."""

from __future__ import annotations

from playwright.sync_api import Browser

# Installed before any script of the page: every change of <html>'s class or focus-visible attribute,
# or of a stylesheet's address, and whether <body> existed yet (whether the page could have been
# painted).
WATCH = """
window.__rgHtmlChanges = [];
new MutationObserver((records) => {
  for (const r of records) {
    const sheet = r.target.matches && r.target.matches("link[rel=stylesheet]");
    if (r.target !== document.documentElement && !sheet) continue;
    const now = r.target.getAttribute(r.attributeName);
    if (now === r.oldValue) continue;
    window.__rgHtmlChanges.push({attr: r.attributeName, from: r.oldValue, to: now, body: !!document.body});
  }
}).observe(document, {subtree: true, attributes: true, attributeOldValue: true,
                      attributeFilter: ["class", "data-js-focus-visible", "href"]});
"""


def test_html_has_its_script_classes_before_the_page_is_drawn(browser: Browser, site_url: str) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(WATCH)
        sheets: list[str] = []
        page.on("request", lambda req: sheets.append(req.url) if req.resource_type == "stylesheet" else None)
        for path in ("/", "/overview/"):
            sheets.clear()
            page.goto(site_url + path, wait_until="networkidle")
            page.wait_for_timeout(300)
            assert sheets and len(sheets) == len(set(sheets)), f"a stylesheet was fetched twice: {sheets}"
            classes = page.evaluate("document.documentElement.className").split()
            assert {"js", "js-focus-visible"} <= set(classes) and "no-js" not in classes, classes
            assert page.evaluate("document.documentElement.hasAttribute('data-js-focus-visible')")
            changes = page.evaluate("window.__rgHtmlChanges")
            assert {c["attr"] for c in changes} == {"class", "data-js-focus-visible", "href"}, (
                f"the watch missed a change that the head script makes: it proves nothing ({changes})"
            )
            late = [c for c in changes if c["body"]]
            assert late == [], f"<html> or a stylesheet changed after <body> began, a restyle of the whole page: {late}"
    finally:
        context.close()


def test_without_javascript_html_keeps_no_js(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "/")
        assert page.locator("html").get_attribute("class") == "no-js"
    finally:
        context.close()
