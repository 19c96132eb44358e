"""Material's start-up does not restyle the whole page. An inline script in <head>
(overrides/main.html) does before the first paint two things that Material's script did after it,
each of which made the browser restyle every element inside Material's first task:
- it gives <html> the classes that Material's script and its focus-visible polyfill add ("js",
  "js-focus-visible" and the attribute data-js-focus-visible); without JavaScript, <html> keeps
  "no-js";
- it makes the stylesheets' addresses absolute, as Material's instant navigation does to every
  relative address of the page; a stylesheet whose address changes is taken in again. Each is still
  fetched once.
The light/dark toggle's part (no `<meta name="color-scheme">`) is in test_palette.py.

Material's script is compiled while it downloads, not function by function on the main thread as
each one first runs: its first line is V8's compile hint (roleguide/postbuild/hint.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from playwright.sync_api import Browser

from roleguide.browser import serving
from roleguide.postbuild.hint import HINT, bundles

from . import waits

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
            waits.started(page)
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


def _main_thread_compiles(browser: Browser, url: str) -> int:
    """How many functions V8 compiled on the page's main thread while the home page loaded (a trace)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        browser.start_tracing(page=page, categories=["devtools.timeline", "disabled-by-default-v8.compile"])
        page.goto(url + "/", wait_until="networkidle")
        events = json.loads(browser.stop_tracing())["traceEvents"]
    finally:
        context.close()
    (run,) = [
        e
        for e in events
        if e.get("name") == "EvaluateScript" and "/bundle." in e.get("args", {}).get("data", {}).get("url", "")
    ]
    main = (run["pid"], run["tid"])
    return sum(1 for e in events if e.get("name") == "V8.CompileCode" and (e["pid"], e["tid"]) == main)


def test_material_script_is_compiled_off_the_main_thread(browser: Browser, site: Path, tmp_path: Path) -> None:
    """The built site against a copy whose bundle lacks the hint: without it, several hundred of
    Material's functions are compiled on the main thread in the page's start-up."""
    plain = tmp_path / "plain"
    shutil.copytree(site, plain)
    (script,) = bundles(plain)
    script.write_text(script.read_text(encoding="utf-8").removeprefix(HINT), encoding="utf-8")
    with serving(site) as url:
        hinted = _main_thread_compiles(browser, url)
    with serving(plain) as url:
        unhinted = _main_thread_compiles(browser, url)
    assert unhinted > 300, f"without the hint only {unhinted} compiled on the main thread: the count proves nothing"
    assert hinted < unhinted / 3, f"{hinted} functions compiled on the main thread with the hint, {unhinted} without"
