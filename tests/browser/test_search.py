"""The search as readers use it (assets/search.js on Pagefind; overrides/partials/search-box.html):
press "/", type a query key by key, read the results, choose one; on both builds.

The table of queries and the result each must put first is tests/search.yml; the rules that rank
them have unit tests in tests/js/search-rank.test.mjs.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect

import searchindex
from conftest import ROOT
from roleguide.bench.search import hits, relative
from roleguide.browser import serving
from roleguide.postbuild.search import run_pagefind

from . import gates, searchbox, waits
from .conftest import serve
from .searchbox import DIALOG, FIELD, OPTIONS, search

GROUPS: dict[str, dict[str, str]] = yaml.safe_load((ROOT / "tests" / "search.yml").read_text(encoding="utf-8"))
MISSES = GROUPS.pop("misses")
QUERIES = {query: target for group in GROUPS.values() for query, target in group.items()}
TOOLS = ("hiring/", "team-charter/")


@pytest.fixture(scope="module")
def zensical_url(zensical_site: Path) -> Iterator[str]:
    yield from serve(zensical_site)


def open_search(page: Page, url: str) -> None:
    page.goto(url, wait_until="networkidle")
    searchbox.open_search(page)


def test_the_table_holds_every_kind_of_query(site: Path) -> None:
    assert len(QUERIES) >= 120
    assert len(GROUPS["questions"]) >= 40
    assert len(GROUPS["aliases"]) >= 15
    assert sum(target.startswith(TOOLS) for target in QUERIES.values()) >= 10
    indexed = searchindex.fragments(site)
    for query, target in QUERIES.items():
        assert f"/{target.split('#')[0]}" in indexed, f"{query!r}: {target} is not a page of the search index"
    # An alias query uses a word that its page's text does not: the page is found by its aliases.
    for query, target in GROUPS["aliases"].items():
        text = set(re.findall(r"\w+", indexed[f"/{target.split('#')[0]}"]["content"].lower()))
        assert set(re.findall(r"\w+", query.lower())) - text, f"{query!r}: every word of it is in {target}"


def test_every_query_puts_the_right_result_first_on_both_builds(page: Page, site_url: str, zensical_url: str) -> None:
    """Each query of the table, entered into the real search box of each build: the expected result first,
    the same first result on both, and each listed miss still a miss (or it moves to its group)."""
    firsts: dict[str, dict[str, str]] = {}
    wrong = []
    for engine, url in (("mkdocs", site_url), ("zensical", zensical_url)):
        open_search(page, url + "/")
        firsts[engine] = {}
        for query, expected in {**QUERIES, **MISSES}.items():
            results = search(page, query, keys=False)  # key by key: the tests of the box below
            firsts[engine][query] = results[0] if results else "no result"
            hit = bool(results) and hits(expected, results[0])
            if query in QUERIES and not hit:
                wrong.append(f"{engine}: {query!r}: expected {expected}, got {results[:3]}")
            elif query in MISSES and hit:
                wrong.append(f"{engine}: {query!r} now puts {expected} first: move it from `misses` to its group")
    assert not wrong, f"{len(wrong)} problems:\n" + "\n".join(wrong)
    mk, zs = firsts["mkdocs"], firsts["zensical"]
    differ = [f"{q!r}: {mk[q]} / {zs[q]}" for q in mk if mk[q] != zs[q]]
    assert not differ, "the two builds put different results first:\n" + "\n".join(differ)


def test_no_search_byte_on_a_first_load_and_the_search_on_demand(page: Page, site_url: str) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + "/skills/", wait_until="networkidle")
    assert not [url for url in requested if "/pagefind/" in url or "/search." in url], requested
    with page.expect_request(re.compile(r"/assets/javascripts/search\.[0-9a-f]{8}\.js$")):
        page.locator("[data-rg-search-open]").focus()
    with page.expect_request(re.compile(r"/pagefind/pagefind\.js$")):
        page.keyboard.press("Enter")
    assert search(page, "Smartsheet")[0] == "tools/#project"


@pytest.mark.parametrize("key", ["/", "s"])
def test_keys_open_and_close_it_and_the_arrows_and_enter_choose(page: Page, site_url: str, key: str) -> None:
    page.goto(site_url + "/overview/", wait_until="networkidle")
    page.keyboard.press(key)
    expect(page.locator(FIELD)).to_be_focused()
    assert search(page, "critical path method")[0] == "tools/#project"
    assert "q=critical+path+method" in page.url, "the address shares the search"
    page.keyboard.press("Escape")
    expect(page.locator(DIALOG)).not_to_be_visible()
    expect(page).not_to_have_url(re.compile(r"[?&]q="))
    page.keyboard.press(key)
    results = search(page, "risk management")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = page.locator(OPTIONS).nth(1)
    expect(second).to_have_attribute("aria-selected", "true")
    expect(page.locator(FIELD)).to_have_attribute("aria-activedescendant", second.get_attribute("id") or "")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(results[1].split("#")[0])))
    assert relative(page.url) == results[1]
    assert parse_qs(urlsplit(page.url).query)["h"] == ["risk management"]
    # The reader's words are marked on the page the result opens.
    page.wait_for_function("() => CSS.highlights.get('rg-search') && CSS.highlights.get('rg-search').size > 0")


def test_an_address_with_a_query_opens_the_search(page: Page, site_url: str) -> None:
    page.goto(site_url + "/?q=RACI", wait_until="networkidle")
    expect(page.locator(FIELD)).to_have_value("RACI")
    page.wait_for_function(f"() => document.querySelector('{DIALOG}').dataset.rgQuery === 'RACI'")
    expect(page.locator(OPTIONS).first).to_have_attribute("href", re.compile(r"/ownership/\?h=raci$"))


def test_a_result_opens_its_spot_through_instant_navigation(page: Page, instant_site_url: str) -> None:
    open_search(page, instant_site_url + "/")
    assert search(page, "Smartsheet")[0] == "tools/#project"
    page.locator(OPTIONS).first.click()
    page.wait_for_url("**/tools/?h=smartsheet#project")
    assert page.evaluate("performance.getEntriesByType('navigation').length") == 1, "not an instant page change"
    expect(page.locator(DIALOG)).not_to_be_visible()
    # And it works again on the page that instant navigation brought in, once Material has shown it.
    expect(page.locator("h1")).to_contain_text("Tools and Methodologies Commonly Used")
    waits.started(page)
    assert search(page, "Jira")[0] == "tools/#product"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
def test_axe_finds_nothing_with_results_open(browser: Browser, site_url: str, scheme: str, width: int) -> None:
    phone = width < 600
    context = browser.new_context(
        viewport={"width": width, "height": 812 if phone else 900},
        color_scheme=scheme,
        is_mobile=phone,
        has_touch=phone,
    )
    page = context.new_page()
    page.goto(site_url + "/", wait_until="networkidle")
    page.locator("[data-rg-search-open]").click()
    assert search(page, "stakeholders")
    page.keyboard.press("ArrowDown")
    assert gates.axe_violations(page) == []
    box = page.locator(DIALOG).bounding_box()
    assert box is not None
    if phone:
        assert box["x"] == 0 and box["width"] == width, "on a phone the search fills the screen"
    assert gates.sideways_scroll(page) == []
    context.close()


def _planted_index(site: Path, target: Path, fix: Callable[[str], str]) -> Path:
    """A copy of the built site with its pages changed by `fix`, indexed again by Pagefind as the
    build runs it."""
    copy = shutil.copytree(site, target)
    for page in copy.rglob("*.html"):
        page.write_text(fix(page.read_text(encoding="utf-8")), encoding="utf-8")
    run_pagefind(copy)
    return copy


def test_planted_defects_fail_the_search(page: Page, site: Path, tmp_path: Path) -> None:
    """An alias taken off its page: its query no longer finds the page. The article's mark taken off
    every page: Pagefind indexes the whole page, and words of the navigation alone are found."""
    aliases = re.compile(r'<span data-pagefind-meta="aliases"[^>]*>[^<]*\bRACI\b[^<]*</span>')
    without_alias = _planted_index(site, tmp_path / "alias", lambda html: aliases.sub("", html))
    with serving(without_alias) as url:
        open_search(page, url + "/")
        assert search(page, "RACI")[:1] != ["ownership/"]
    whole_pages = _planted_index(site, tmp_path / "body", lambda html: html.replace(" data-pagefind-body", ""))
    with serving(site) as url:
        open_search(page, url + "/")
        assert search(page, "skip") == [], "the skip link of the header is in no article"
    with serving(whole_pages) as url:
        open_search(page, url + "/")
        assert search(page, "skip"), "the whole page was indexed, and the search found the navigation"
