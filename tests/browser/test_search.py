"""The real search, used the way a reader uses it: press "/", type a query key by key, read the results.

The table of queries and the result each must put first is tests/search.yml.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import yaml
from playwright.sync_api import Page, expect

from conftest import ROOT

QUERIES: dict[str, str] = yaml.safe_load((ROOT / "tests" / "search.yml").read_text(encoding="utf-8"))

# Every result link with its score (Material writes it on each result), in the order shown.
_RESULTS_JS = """() => [...document.querySelectorAll(".md-search-result__list a.md-search-result__link")]
  .map((a) => [a.href, Number(a.querySelector("article").dataset.mdScore)])"""


def _relative(href: str, base: str) -> str:
    """http://host/tools/?h=cpm#project -> tools/#project (the highlight parameter dropped)."""
    parts = urlsplit(href)
    path = parts.path.removeprefix(urlsplit(base).path).lstrip("/")
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def search(page: Page, query: str) -> list[tuple[str, float]]:
    """Type query into the search box with the keyboard; the results, best first, once they settle."""
    page.keyboard.press("/")
    box = page.locator("[data-md-component=search-query]")
    box.press("Control+a")
    box.press("Backspace")
    box.press_sequentially(query)
    page.wait_for_function(
        "(q) => document.querySelector('[data-md-component=search-query]').value === q"
        " && document.querySelector('.md-search-result__list a')",
        arg=query,
    )
    results, previous = page.evaluate(_RESULTS_JS), None
    while results != previous:  # the worker may still be answering the query's first letters
        page.wait_for_timeout(150)
        previous, results = results, page.evaluate(_RESULTS_JS)
    page.keyboard.press("Escape")
    return sorted(results, key=lambda result: -result[1])  # stable: ties keep the order shown


def test_the_table_is_big_enough() -> None:
    assert len(QUERIES) >= 20
    assert sum("#" in target for target in QUERIES.values()) >= 20


def test_every_query_puts_the_right_section_first(page: Page, site_url: str, pages: list[str]) -> None:
    page.goto(site_url + "/", wait_until="networkidle")
    wrong = []
    for query, expected in QUERIES.items():
        assert expected.split("#")[0] == "" or f"/{expected.split('#')[0]}" in pages, f"{expected} is not a page"
        ranked = [(_relative(href, site_url + "/"), score) for href, score in search(page, query)]
        if not ranked or ranked[0][0] != expected:
            shown = ", ".join(f"{target} ({score:.1f})" for target, score in ranked[:3]) or "no result"
            wrong.append(f"{query!r}: expected {expected}, got {shown}")
    assert not wrong, f"{len(wrong)} of {len(QUERIES)} queries miss:\n" + "\n".join(wrong)


def test_results_link_to_sections(page: Page, site_url: str) -> None:
    page.goto(site_url + "/", wait_until="networkidle")
    links = [_relative(href, site_url + "/") for href, _ in search(page, "Smartsheet")]
    assert links[0] == "tools/#project"
    assert "tools/#in-the-comparison" in links


def test_the_index_loads_only_when_the_reader_goes_for_search(browser, site_url: str) -> None:
    """lazy-search.js: neither the search worker nor the index on a first load; the shortcut, or a tap
    on the phone's search button, fetches both, and the query typed meanwhile is answered."""
    for viewport, opener in (({"width": 1280, "height": 800}, "shortcut"), ({"width": 375, "height": 812}, "tap")):
        context = browser.new_context(viewport=viewport, has_touch=opener == "tap")
        page = context.new_page()
        requested: list[str] = []
        page.on("request", lambda request, seen=requested: seen.append(request.url))
        page.goto(site_url + "/skills/", wait_until="networkidle")
        assert not [url for url in requested if "search_index" in url], f"{opener}: the index loaded with the page"
        assert not [url for url in requested if "/workers/search." in url], f"{opener}: the worker started at once"
        with (
            page.expect_response(lambda response: response.url.endswith("/search/search_index.json")),
            page.expect_request(lambda request: "/workers/search." in request.url),
        ):
            if opener == "tap":
                page.locator("label.md-header__button[for=__search]").tap()
            else:
                page.keyboard.press("/")
        page.locator("[data-md-component=search-query]").press_sequentially("Smartsheet")
        first = page.locator(".md-search-result__list a.md-search-result__link").nth(1)
        # Results follow each key press; wait for the ones of the whole word (its highlight parameter).
        expect(first).to_have_attribute("href", re.compile(r"/tools/\?h=smartsheet", re.IGNORECASE))
        context.close()
