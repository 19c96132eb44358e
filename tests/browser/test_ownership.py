""" "Who owns what" in Chromium: every row cites a section that exists, rows keep their anchors, the
levels are written out, a phone does not scroll sideways, and axe finds nothing."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from roleguide.load import load_guide

from . import gates

GUIDE = load_guide(Path(__file__).resolve().parents[2] / "content")
OWNERSHIP = GUIDE.ownership
ACTIVITIES = [a for group in OWNERSHIP.groups for a in group.activities]
PATH = "/ownership/"


def test_every_row_cites_a_section_that_exists(page: Page, site_url: str) -> None:
    page.goto(site_url + PATH)
    rows = page.locator("tr.rg-matrix__row")
    expect(rows).to_have_count(len(ACTIVITIES))
    cited = page.eval_on_selector_all(
        "tr.rg-matrix__row",
        "rows => rows.map(r => [r.id, Array.from(r.nextElementSibling.querySelectorAll('a'), a => a.href)])",
    )
    anchors: dict[str, set[str]] = {}
    for row_id, links in cited:
        assert len(links) == 1, f"row #{row_id} should cite exactly one section: {links}"
        url = urlsplit(links[0])
        anchors.setdefault(url.path, set()).add(url.fragment)
    assert len(anchors) > 1
    for path, fragments in sorted(anchors.items()):
        assert path.strip("/") in {s.id for s in GUIDE.sections}, f"{path} is not a section page"
        response = page.goto(site_url + path)
        assert response is not None and response.ok, path
        for fragment in sorted(fragments - {""}):
            expect(page.locator(f"[id='{fragment}']"), f"{path}#{fragment}").to_have_count(1)


def test_rows_have_stable_anchors_from_content(page: Page, site_url: str) -> None:
    """A link to the last row, opened as a reader opens a shared link: in a page of its own. (Going
    from the page to its own #anchor is a change of history entry that Material's instant navigation
    takes up: it fetches the page again and, when the entry has a scroll position, returns there
    instead of to the anchor. The position it records after each scroll, 100 ms late, can land on the
    new entry when the anchor follows the page's start that closely: the row was then out of view.)"""
    last = ACTIVITIES[-1]
    page.goto(f"{site_url}{PATH}#{last.id}")
    row = page.locator(f"tr[id='{last.id}']")
    expect(row).to_be_in_viewport()
    assert (row.locator("th a").get_attribute("href") or "").endswith(f"{PATH}#{last.id}")
    ids = page.eval_on_selector_all("tr.rg-matrix__row", "rows => rows.map(r => r.id)")
    assert ids == [a.id for a in ACTIVITIES]


def test_each_cell_names_its_level_in_words(page: Page, site_url: str) -> None:
    page.goto(site_url + PATH)
    for activity in ACTIVITIES:
        cells = page.locator(f"tr[id='{activity.id}'] td")
        expect(cells).to_have_count(len(GUIDE.roles))
        for cell, role in zip(cells.all(), GUIDE.roles, strict=True):
            expect(cell).to_have_text(getattr(OWNERSHIP.legend, activity.roles[role.id]).label)
    legend = page.locator(".rg-legend li")
    expect(legend).to_have_count(3)


@pytest.mark.parametrize("path", [PATH, "/which-role-fits-you/"])
def test_a_phone_never_scrolls_sideways(browser: Browser, site_url: str, path: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 812})
    try:
        page = context.new_page()
        page.goto(site_url + path)
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        widest = page.evaluate(
            "Math.max(...Array.from(document.querySelectorAll('.md-content *'), e => e.getBoundingClientRect().right))"
        )
        assert widest <= 375, f"an element of {path} reaches {widest}px"
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations(browser: Browser, site_url: str, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(site_url + PATH)
        # The page content; Material's own header and search dialog are checked site-wide by the gates.
        results = gates.axe(page, ".md-content")
        assert results.violations_count == 0, results.generate_report()
    finally:
        context.close()
