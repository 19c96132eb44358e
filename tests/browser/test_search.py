"""The real search, used the way a reader uses it: press "/", type a query key by key, read the results.

The table of queries and the result each must put first is tests/search.yml.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from playwright.sync_api import Page, expect

from conftest import ROOT
from roleguide.load import load_guide
from roleguide.model import Guide

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


# lunr's English stop words (Material's search drops them from every query).
_LUNR_STOP_WORDS = """
    a able about across after all almost also am among an and any are as at be because been but by can cannot
    could dear did do does either else ever every for from get got had has have he her hers him his how however i
    if in into is it its just least let like likely may me might most must my neither no nor not of off often on
    only or other our own rather said say says she should since so some than that the their them then there these
    they this tis to too twas us wants was we were what when where which while who whom why will with would yet
    you your"""
STOP_WORDS = frozenset(_LUNR_STOP_WORDS.split())


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", re.sub(r"<[^>]+>", " ", text).lower())


def fact_names(guide: Guide) -> list[str]:
    """Every named fact of content/: the facts of each role and of what both share, in every section,
    and the cells of the comparison table (tools, metrics, job titles, methods...)."""
    names = [fact for s in guide.sections for block in [*s.roles.values(), s.shared] for fact in block.facts or []]
    return names + [
        cell for aspect in guide.comparison.aspects for cells in guide.cells(aspect).values() for cell in cells
    ]


def phrase_facts(site: Path, guide: Guide) -> dict[str, set[str]]:
    """The queries of two or three words that name a fact of content/ (all of it, or a run of its words),
    one of which (not a stop word) also stands in the heading of a section or page other than the one
    expected first: each with those words."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = [(doc["location"].split("#")[0], set(_words(doc["title"]))) for doc in index["docs"]]
    facts = [f" {' '.join(_words(name))} " for name in fact_names(guide)]
    found = {}
    for query, expected in QUERIES.items():
        words = _words(query)
        if not 2 <= len(query.split()) <= 3 or not any(f" {' '.join(words)} " in fact for fact in facts):
            continue
        page = expected.split("#")[0]
        shared = {w for w in words if w not in STOP_WORDS for other, title in titles if other != page and w in title}
        if shared:
            found[query] = shared
    return found


def test_the_table_is_big_enough(site: Path) -> None:
    assert len(QUERIES) >= 70
    assert sum("#" in target for target in QUERIES.values()) >= 20
    facts = phrase_facts(site, load_guide(ROOT / "content"))
    assert len(facts) >= 20, f"only {len(facts)} names of facts in two or three words share a word with a heading"


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


def test_without_the_phrase_ranking_a_phrase_misses(page: Page, site: Path, site_url: str) -> None:
    """Planted defect: our bundled script with rankByPhrase switched off (search-phrase.js's guard for
    short phrases made unconditional in the page's copy, rewritten on its way to the browser). The
    words of the phrase then put the section titled with one of them first."""
    (script,) = (site / "assets" / "javascripts").glob("roleguide.*.js")  # the script of the site served
    # esbuild renames the variables: `if(p.length<2||!Array.isArray(g))return g;`
    guard = re.compile(r"if\((\w+)\.length<2\|\|!Array\.isArray\((\w+)\)\)return \2;")
    source, planted = guard.subn(r"return \2;", script.read_text(encoding="utf-8"))
    assert planted == 1, "the phrase guard of search-phrase.js is not in the bundle"
    page.route(f"**/assets/javascripts/{script.name}", lambda route: route.fulfill(
        body=source, content_type="text/javascript"))  # fmt: skip
    page.goto(site_url + "/", wait_until="networkidle")
    query = "cross-functional team coordination"
    assert QUERIES[query] == "decisions/#project"
    ranked = [_relative(href, site_url + "/") for href, _ in search(page, query)]
    assert ranked[0] == "collaboration/", ranked[:3]


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


def test_search_works_after_an_instant_page_change(page: Page, instant_site_url: str) -> None:
    """The search loads when the reader goes for it, which may be pages after the first: the worker's
    address, relative to the first page, must not be read against the page the reader is on now
    (it was: /overview/assets/javascripts/workers/... answered 404, and the search said
    "Initializing search" for ever)."""
    workers: list[str] = []
    page.on("request", lambda request: workers.append(request.url) if "/workers/" in request.url else None)
    page.goto(instant_site_url + "/", wait_until="networkidle")
    page.locator("a[href$='overview/']:visible").first.click()
    page.wait_for_url("**/overview/**")
    assert page.evaluate("performance.getEntriesByType('navigation').length") == 1, "not an instant page change"
    links = [_relative(href, instant_site_url + "/") for href, _ in search(page, "Smartsheet")]
    assert links[0] == "tools/#project"
    assert workers and all(urlsplit(url).path.startswith("/assets/javascripts/workers/") for url in workers), workers
