"""Material's start-up does not restyle the whole page for <html>'s classes: overrides/main.html gives
<html> the classes that Material's script and its focus-visible polyfill add ("js",
"js-focus-visible" and the attribute data-js-focus-visible) from an inline script in <head>, before
the first paint. Each change of <html>'s classes after the paint made the browser restyle every
element inside Material's first task. Without JavaScript, <html> keeps "no-js"."""

from __future__ import annotations

from playwright.sync_api import Browser

# Installed before any script of the page: every change of <html>'s class or focus-visible attribute,
# and whether <body> existed yet (that is, whether the page could have been painted).
WATCH = """
window.__rgHtmlChanges = [];
new MutationObserver((records) => {
  for (const r of records) {
    if (r.target !== document.documentElement) continue;
    const now = r.target.getAttribute(r.attributeName);
    if (now === r.oldValue) continue;
    window.__rgHtmlChanges.push({attr: r.attributeName, from: r.oldValue, to: now, body: !!document.body});
  }
}).observe(document, {subtree: true, attributes: true, attributeOldValue: true,
                      attributeFilter: ["class", "data-js-focus-visible"]});
"""


def test_html_has_its_script_classes_before_the_page_is_drawn(browser: Browser, site_url: str) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(WATCH)
        for path in ("/", "/overview/"):
            page.goto(site_url + path, wait_until="networkidle")
            classes = page.evaluate("document.documentElement.className").split()
            assert {"js", "js-focus-visible"} <= set(classes) and "no-js" not in classes, classes
            assert page.evaluate("document.documentElement.hasAttribute('data-js-focus-visible')")
            changes = page.evaluate("window.__rgHtmlChanges")
            assert changes, "the watch saw no change at all: it proves nothing"
            late = [c for c in changes if c["body"]]
            assert late == [], f"<html> changed after <body> began, a restyle of the whole page: {late}"
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
