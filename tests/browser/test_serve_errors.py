"""The author sees content errors in the browser: `mkdocs serve`, as `make serve` runs it, on a copy of
the project, with a page open in Chromium. Breaking files under content/ puts a panel with every
problem (file:line: field: what to do) on top of the open page by live reload alone, over the last
good pages; each fix reloads the tab again, and the last one takes the panel away.
"""

from __future__ import annotations

import html
import re
import time
import urllib.error
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

import htmlcheck
from conftest import copy_project, fetch, mkdocs_serve

from . import gates

PANEL = "#rg-problems"
# The reload follows the rebuild; a busy shared machine may take a while for both.
WITHIN_MS = 30_000


def line_of(path: Path, text: str) -> int:
    """The line number (from 1) of the first line of `path` that holds `text`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def served_html(url: str) -> str:
    """The page at url, also when the server answers with an error status (the 404 page)."""
    try:
        return fetch(url)
    except urllib.error.HTTPError as error:
        return error.read().decode("utf-8")


def panel_items(page: str) -> list[str]:
    """The problems that the panel of a page's HTML lists, as text."""
    panel = re.search(r'<div [^>]*id="rg-problems".*?</div>', page, re.S)
    items = re.findall(r"<li>(.*?)</li>", panel.group(0), re.S) if panel else []
    return [html.unescape(re.sub(r"<[^>]+>", "", item)) for item in items]


def scheme_problems(browser: Browser, url: str, scheme: str) -> list[str]:
    """axe on the page with its panel, in a fresh tab that follows the system's scheme."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(url)
    page.locator(PANEL).wait_for()
    expected = "slate" if scheme == "dark" else "default"
    shown = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
    found = [f"shows the {shown} scheme, not {expected}"] if shown != expected else gates.axe_violations(page)
    context.close()
    return [f"{scheme}: {problem}" for problem in found]


@pytest.mark.parametrize("width", [1280, 375])
def test_a_content_error_shows_in_the_open_tab_and_the_fix_takes_it_away(
    tmp_path: Path, browser: Browser, width: int
) -> None:
    project = copy_project(tmp_path / "project")
    guide, metrics = project / "content" / "guide.yml", project / "content" / "sections" / "metrics.yml"
    guide_text, metrics_text = guide.read_text(encoding="utf-8"), metrics.read_text(encoding="utf-8")
    expected = [
        f"content/guide.yml:{line_of(guide, 'updated: 2025-03-05')}: source.updated: expected a date; "
        "write it as YYYY-MM-DD without quotes (got list [2025])",
        f"content/sections/metrics.yml:{line_of(metrics, 'label: Product impact')}: roles.product.label: "
        "contains markup ('<script>'); write plain text, the site escapes it for every page",
    ]
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme="light")
    with mkdocs_serve(project) as served:
        page = context.new_page()
        page.goto(f"{served.url}/tools/")
        expect(page.locator("h1")).to_have_attribute("data-rg-copy-link-ready", "true", timeout=WITHIN_MS)
        heading = page.inner_text("h1")
        expect(page.locator(PANEL)).to_have_count(0)

        # Two files go wrong at once: a wrong type, and markup in a value. No reload by hand from here on.
        guide.write_text(guide_text.replace("updated: 2025-03-05", "updated: [2025]"), encoding="utf-8")
        metrics.write_text(metrics_text.replace("label: Product impact", "label: <script>alert(1)</script>"))
        started = time.monotonic()
        panel = page.locator(PANEL)
        expect(panel).to_be_visible(timeout=WITHIN_MS)
        shown_after = time.monotonic() - started
        expect(panel).to_have_attribute("role", "alert")
        expect(panel.locator(".admonition-title")).to_have_text("Content error: 2 problems to fix in content/")
        assert panel.locator("li").all_inner_texts() == expected
        # The last good page, under the panel, which is the first thing in the content column.
        assert page.inner_text("h1") == heading
        top = page.evaluate("() => document.querySelector('article.md-content__inner').firstElementChild.id")
        assert top == PANEL.lstrip("#")
        assert page.title().startswith("Content error - ")
        assert expected[0] in served.output(), "the terminal does not show the problem"

        # Every page shows it: another page, the one-page guide, and the 404 page of an unknown address.
        for path in ["/", "/print/", "/no-such-page/"]:
            assert panel_items(served_html(served.url + path)) == expected, f"{path} does not show the panel"
        if width == 1280:
            # Valid markup for the Nu checker, and nothing for axe in either scheme.
            tools = tmp_path / "tools.html"
            tools.write_text(served_html(f"{served.url}/tools/"), encoding="utf-8")
            assert htmlcheck.problems(htmlcheck.check([tools]), tmp_path) == []
            url = f"{served.url}/tools/"
            assert [*scheme_problems(browser, url, "light"), *scheme_problems(browser, url, "dark")] == []

        # One fix: the panel lists what is left.
        metrics.write_text(metrics_text, encoding="utf-8")
        expect(panel.locator(".admonition-title")).to_have_text(
            "Content error: 1 problem to fix in content/", timeout=WITHIN_MS
        )
        assert panel.locator("li").all_inner_texts() == expected[:1]

        # The last fix: the next reload has no panel.
        guide.write_text(guide_text, encoding="utf-8")
        expect(panel).to_have_count(0, timeout=WITHIN_MS)
        assert not page.title().startswith("Content error")
        # The reloaded page's copy-link button replaces the permalink once the script has run.
        expect(page.locator("h1")).to_have_attribute("data-rg-copy-link-ready", "true", timeout=WITHIN_MS)
        assert page.inner_text("h1") == heading
    context.close()
    print(f"panel shown {shown_after:.1f} s after the edit")
