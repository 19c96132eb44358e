"""The comparison and infographic pages in Chromium: anchors, copy link, the theme filter, phones and
print. The infographic's own browser tests: test_infographic.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from conftest import ROOT
from roleguide.load import load_guide
from roleguide.model.schema.files import grouped

GUIDE = load_guide(ROOT / "content")
ROWS = [a.id for a in GUIDE.comparison.aspects]
PHONE = {"width": 375, "height": 812}


@pytest.fixture
def clipboard_page(browser: Browser, site_url: str) -> Iterator[Page]:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()


def test_a_row_link_lands_on_its_row_below_the_header(page: Page, site_url: str) -> None:
    for row in ("success-metrics", "career-path", "primary-focus"):
        page.goto(f"{site_url}/comparison/#{row}")
        target = page.locator(f"tr#{row}")
        expect(target).to_be_in_viewport()
        header = page.locator(".md-header").bounding_box()
        assert target.bounding_box()["y"] >= header["y"] + header["height"] - 1, f"#{row} is under the header"
    ids = page.eval_on_selector_all("table.rg-compare tr[id]", "rows => rows.map(r => r.id)")
    assert ids == [a.id for _, aspects in grouped(GUIDE.comparison) for a in aspects]


def test_copy_link_copies_the_clean_url_and_says_so(clipboard_page: Page, site_url: str) -> None:
    page = clipboard_page
    page.goto(f"{site_url}/comparison/?h=metrics#career-path")
    button = page.locator("tr#success-metrics .rg-copy-link")
    expect(button).to_be_visible()
    expect(button).to_have_accessible_name("Copy link to Success Metrics")
    button.click()
    assert page.evaluate("navigator.clipboard.readText()") == f"{site_url}/comparison/#success-metrics"
    expect(page.locator("#rg-copy-link-status")).to_have_text("Link copied")
    expect(button).to_contain_text("Link copied")


def test_copy_link_is_reachable_and_usable_by_keyboard(clipboard_page: Page, site_url: str) -> None:
    page = clipboard_page
    page.goto(f"{site_url}/comparison/")
    page.locator("tr#goal th a").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('tr') && document.activeElement.closest('tr').id") == "goal"
    assert page.evaluate("document.activeElement.classList.contains('rg-copy-link')")
    page.keyboard.press("Enter")
    assert page.evaluate("navigator.clipboard.readText()") == f"{site_url}/comparison/#goal"


def test_without_a_clipboard_the_link_is_shown_and_selected(page: Page, site_url: str) -> None:
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    page.goto(f"{site_url}/comparison/?h=x")
    page.locator("tr#skills .rg-copy-link").click()
    field = page.locator("tr#skills .rg-copy-link__field")
    expect(field).to_be_visible()
    expect(field).to_be_focused()
    expect(field).to_have_value(f"{site_url}/comparison/#skills")
    selected = page.evaluate("[document.activeElement.selectionStart, document.activeElement.selectionEnd]")
    assert selected == [0, len(f"{site_url}/comparison/#skills")]
    expect(page.locator("#rg-copy-link-status")).to_contain_text("selected")


def test_copy_link_survives_instant_navigation(page: Page, instant_site_url: str) -> None:
    site_url = instant_site_url
    page.goto(f"{site_url}/")
    page.evaluate("window.stillTheSameDocument = true")
    page.locator(".rg-glance a", has_text="Comparison table").click()
    page.wait_for_url(re.compile(r"/comparison/(#[a-z-]*)?$"))
    expect(page.locator("table.rg-compare .rg-copy-link")).to_have_count(len(ROWS))
    assert page.evaluate("window.stillTheSameDocument"), "Material's instant navigation did not run"
    page.locator(".md-nav--primary a", has_text="Infographic").first.click()
    page.wait_for_url(re.compile(r"/infographic/(#[a-z-]*)?$"))
    page.go_back()
    expect(page.locator("table.rg-compare .rg-copy-link")).to_have_count(len(ROWS))


def test_the_filter_works_after_instant_navigation_from_a_page_without_it(page: Page, instant_site_url: str) -> None:
    """The filter's code is in the one script every page loads; it starts on the comparison page even
    when the reader arrives there by Material's instant navigation."""
    page.goto(f"{instant_site_url}/", wait_until="networkidle")  # instant navigation waits for sitemap.xml
    assert page.locator("[data-rg-filter]").count() == 0
    page.evaluate("window.stillTheSameDocument = true")
    page.locator(".rg-glance a", has_text="Comparison table").click()
    page.wait_for_url(re.compile(r"/comparison/(#[a-z-]*)?$"))
    category, aspects = grouped(GUIDE.comparison)[0]
    page.get_by_role("button", name=category.title).click()
    assert page.eval_on_selector_all("table.rg-compare tr[id]:visible", "rows => rows.map(r => r.id)") == [
        a.id for a in aspects
    ]
    assert page.evaluate("window.stillTheSameDocument"), "Material's instant navigation did not run"
    expect(page.locator("[data-rg-filter-status]")).to_have_text(
        f"Showing {len(aspects)} of {len(ROWS)} aspects: {category.title}."
    )


def test_the_filter_narrows_the_table_to_one_theme(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/comparison/")
    visible_rows = "table.rg-compare tr[id]:visible"
    expect(page.locator(visible_rows)).to_have_count(len(ROWS))
    for category, aspects in grouped(GUIDE.comparison):
        button = page.get_by_role("button", name=category.title)
        button.click()
        expect(button).to_have_attribute("aria-pressed", "true")
        assert page.eval_on_selector_all(visible_rows, "rows => rows.map(r => r.id)") == [a.id for a in aspects]
        expect(page.locator("[data-rg-filter-status]")).to_have_text(
            f"Showing {len(aspects)} of {len(ROWS)} aspects: {category.title}."
        )
    all_themes = page.get_by_role("button", name="All themes")
    all_themes.click()
    expect(all_themes).to_have_attribute("aria-pressed", "true")
    expect(page.locator(visible_rows)).to_have_count(len(ROWS))


def test_a_link_to_a_row_in_a_hidden_theme_shows_it(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/comparison/")
    page.get_by_role("button", name="Strategy").click()
    expect(page.locator("tr#career-path")).to_be_hidden()
    page.evaluate("location.hash = 'career-path'")
    expect(page.locator("tr#career-path")).to_be_visible()
    expect(page.get_by_role("button", name="All themes")).to_have_attribute("aria-pressed", "true")


def test_without_javascript_the_whole_table_shows_and_no_dead_filter(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/comparison/")
    expect(page.locator("table.rg-compare tr[id]:visible")).to_have_count(len(ROWS))
    expect(page.locator("[data-rg-filter]")).to_be_hidden()
    context.close()


def _context(browser: Browser, **options: object) -> BrowserContext:
    return browser.new_context(**options)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_phones_never_scroll_sideways_and_rows_become_cards(browser: Browser, site_url: str, scheme: str) -> None:
    context = _context(browser, viewport=PHONE, color_scheme=scheme)
    page = context.new_page()
    for path in ("/comparison/", "/infographic/"):
        page.goto(site_url + path)
        width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert width[0] <= width[1], f"{path} scrolls sideways at 375 px: {width}"
    page.goto(f"{site_url}/comparison/")
    cell_label = page.locator("tr#success-metrics td").first.locator(".rg-compare__cell-role")
    expect(cell_label).to_be_visible()
    expect(cell_label).to_contain_text(GUIDE.roles[0].name)
    assert page.evaluate("getComputedStyle(document.querySelector('tr#success-metrics')).display") == "block"
    context.close()


def test_print_has_no_chrome_whole_columns_and_link_addresses(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/comparison/")
    page.get_by_role("button", name="People").click()  # a filter chosen on screen does not shorten the paper
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", "[data-rg-filter]", ".rg-copy-link"):
        expect(page.locator(chrome).first).to_be_hidden()
    expect(page.locator("table.rg-compare tr[id]:visible")).to_have_count(len(ROWS))
    table = page.evaluate(
        "(() => { const t = document.querySelector('table.rg-compare'); const r = t.getBoundingClientRect();"
        " return {right: r.right, page: document.documentElement.clientWidth,"
        " scroll: t.scrollWidth, client: t.clientWidth}; })()"
    )
    assert table["right"] <= table["page"] and table["scroll"] <= table["client"], table
    after = page.evaluate("getComputedStyle(document.querySelector('tr#success-metrics a'), '::after').content")
    assert after == f'" <{site_url}/metrics/>"'
