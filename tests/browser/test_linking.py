"""Linking to a spot and finding a topic, in Chromium: copy-link buttons on headings and rows, deep
links that land below the sticky header and light up, old anchors and old page addresses, the
abbreviation tooltips, search for glossary terms, and the 404 page, on a desktop and on a phone."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from conftest import ROOT
from roleguide.load import load_guide

from . import gates, waits
from .searchbox import search

GUIDE = load_guide(ROOT / "content")
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}
# One spot of each kind: a section heading, a role block, a glossary term, a topic, two kinds of row.
SPOTS = ["metrics/#project", "career/#shared", "glossary/#pmo", "topics/#career", "ownership/#budget"]


@pytest.fixture
def clipboard_page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"], viewport=DESKTOP)
    yield context.new_page()
    context.close()


# Whether the element's top is below the sticky header (to a pixel), and the element in the viewport.
BELOW_HEADER = """(selector) => {
  const box = document.querySelector(selector).getBoundingClientRect();
  const header = document.querySelector(".md-header").getBoundingClientRect();
  return box.top >= header.bottom - 1 && box.top < window.innerHeight;
}"""


def below_header(page: Page, selector: str) -> None:
    """The element is in the viewport, and its top is not hidden behind the sticky header, once the
    page is done moving (as `expect` does, this waits for it, then fails)."""
    expect(page.locator(selector)).to_be_in_viewport()
    try:
        page.wait_for_function(BELOW_HEADER, arg=selector, timeout=5000)
    except PlaywrightTimeoutError:
        pytest.fail(f"{selector} is under the header", pytrace=False)


@pytest.mark.parametrize("spot", SPOTS)
def test_the_copy_link_button_copies_the_clean_address(clipboard_page: Page, site_url: str, spot: str) -> None:
    page = clipboard_page
    path, anchor = spot.split("#")
    page.goto(f"{site_url}/{path}?h=role#top")
    element = page.locator(f"#{anchor}")
    element.hover()
    button = element.locator(".rg-copy-link")
    expect(button).to_have_count(1)
    expect(button).to_be_visible()
    expect(button).to_have_accessible_name(re.compile(r"^Copy link to \S"))
    button.click()
    assert page.evaluate("navigator.clipboard.readText()") == f"{site_url}/{path}#{anchor}"
    expect(page.locator("#rg-copy-link-status")).to_have_text("Link copied")
    expect(button).to_contain_text("Link copied")


def test_each_heading_has_one_control_in_place_of_the_permalink(page: Page, site_url: str) -> None:
    for name in GUIDE.anchors():  # every page generated from content/
        page.goto(site_url + ("/" if name == "index" else f"/{name}/"))
        expect(page.locator("h1#top .rg-copy-link--heading")).to_have_count(1)
        assert page.locator(".md-content .headerlink").count() == 0, f"{name}: a permalink is left beside a button"
        counts = page.eval_on_selector_all(
            ".md-content :is(h1, h2, h3)[id]:not([data-search-exclude])",
            "hs => hs.map(h => [h.id, h.querySelectorAll('.rg-copy-link').length])",
        )
        assert counts and all(n == 1 for _, n in counts), f"{name}: {counts}"


def test_the_heading_button_shows_on_hover_and_focus_and_works_by_keyboard(clipboard_page: Page, site_url: str) -> None:
    page = clipboard_page
    page.goto(f"{site_url}/metrics/")
    button = page.locator("h2#project .rg-copy-link")
    page.mouse.move(1, 400)
    expect(button).to_have_css("opacity", "0")
    page.locator("h2#project").hover()
    expect(button).to_have_css("opacity", "1")
    page.mouse.move(1, 400)
    page.locator("h2#product .rg-copy-link").focus()
    for _ in range(40):  # Tab from the previous heading's button, through the block, to this one
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('h2') && document.activeElement.closest('h2').id") == (
            "project"
        ):
            break
    expect(button).to_be_focused()
    # the button fades in over 125 ms: wait for the end of the transition, not its first frame
    expect(button, "the focused button is invisible").to_have_css("opacity", "1")
    page.keyboard.press("Enter")
    assert page.evaluate("navigator.clipboard.readText()") == f"{site_url}/metrics/#project"


def test_on_a_touch_screen_the_heading_button_always_shows(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(f"{site_url}/glossary/")
        expect(page.locator("h2#pmo .rg-copy-link")).to_have_css("opacity", "1")
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    finally:
        context.close()


def test_without_a_clipboard_the_heading_link_is_selected_below_the_heading(page: Page, site_url: str) -> None:
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    page.goto(f"{site_url}/glossary/?h=x")
    page.locator("h2#qa .rg-copy-link").click()
    field = page.locator("h2#qa + .rg-copy-link__field")
    expect(field).to_be_focused()
    expect(field).to_have_value(f"{site_url}/glossary/#qa")
    assert page.locator("h2#qa input").count() == 0, "the field must not be part of the heading"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("spot", SPOTS)
def test_a_deep_link_lands_below_the_header_and_lights_up(
    browser: Browser, site_url: str, spot: str, viewport: dict[str, int]
) -> None:
    context = browser.new_context(viewport=viewport)
    try:
        page = context.new_page()
        page.goto(f"{site_url}/{spot}")
        anchor = spot.split("#")[1]
        below_header(page, f"#{anchor}")
        if page.locator(f"#{anchor}").evaluate("e => /^H[1-6]$/.test(e.tagName)"):
            expect(page.locator(f"#{anchor}")).to_have_class(re.compile(r"\brg-landed\b"))
            name = page.locator(f"#{anchor}").evaluate("e => getComputedStyle(e).animationName")
            assert name == "rg-landed"
    finally:
        context.close()


def test_the_highlight_stands_still_for_readers_who_reduce_motion(browser: Browser, site_url: str) -> None:
    context = browser.new_context(reduced_motion="reduce")
    try:
        page = context.new_page()
        page.goto(f"{site_url}/career/#project")
        heading = page.locator("h2#project")
        assert heading.evaluate("e => getComputedStyle(e).animationName") == "none"
        assert heading.evaluate("e => getComputedStyle(e).boxShadow") != "none"
    finally:
        context.close()


@pytest.mark.parametrize("redirect", GUIDE.redirects.anchors, ids=lambda r: f"{r.page}#{r.old}")
def test_an_old_anchor_lands_on_its_new_spot(page: Page, site_url: str, redirect: object) -> None:
    path = "" if redirect.page == "index" else f"{redirect.page}/"
    page.goto(f"{site_url}/{path}#{redirect.old}")
    page.wait_for_url(f"{site_url}/{path}#{redirect.new}")
    below_header(page, f"#{redirect.new}")


@pytest.mark.parametrize("redirect", GUIDE.redirects.pages, ids=lambda r: r.old)
def test_an_old_page_address_lands_on_its_new_page(page: Page, site_url: str, redirect: object) -> None:
    page.goto(f"{site_url}/{redirect.old}/")
    target = f"{site_url}/{redirect.new.page}/" + (f"#{redirect.new.anchor}" if redirect.new.anchor else "")
    page.wait_for_url(target)
    expect(page.locator("h1#top")).to_be_visible()


def test_an_old_page_address_keeps_the_anchor_and_follows_an_old_one(page: Page, site_url: str) -> None:
    """/compare/ is an old page address and #lifecycle an old anchor of its new page: both are followed."""
    page.goto(f"{site_url}/compare/#goal")
    page.wait_for_url(f"{site_url}/comparison/#goal")
    below_header(page, "tr#goal")
    page.goto(f"{site_url}/compare/#lifecycle")
    page.wait_for_url(f"{site_url}/comparison/#place-in-the-lifecycle")
    below_header(page, "tr#place-in-the-lifecycle")


def test_instant_navigation_to_a_spot_lands_and_lights_up(page: Page, instant_site_url: str) -> None:
    question = GUIDE.questions.questions[3]
    page.clock.install()  # the page's timers run on a clock that the test can move on
    page.goto(f"{instant_site_url}/")
    page.evaluate("window.stillTheSameDocument = true")
    link = page.locator(".rg-questions a").nth(3)
    waits.scrolled_into_view(page, link)
    # As for a reader, whose click comes well after the scroll: what Material does once a scroll has
    # stopped has been done (it records the offset in the history entry after 100 ms, and the section
    # in the address after 250 ms, navigation.tracking); done later, it would land on the entry of the
    # page that the click brings in, and Material would return there instead of to the spot.
    page.clock.run_for(2000)
    link.click()
    page.wait_for_url(f"{instant_site_url}/{question.answer.page}/#{question.answer.anchor}")
    assert page.evaluate("window.stillTheSameDocument"), "Material's instant navigation did not run"
    expect(page.locator(f"#{question.answer.anchor}")).to_have_class(re.compile(r"\brg-landed\b"))
    below_header(page, f"#{question.answer.anchor}")


def test_abbreviations_explain_themselves_on_every_page(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/career/")
    pmo = page.locator("abbr", has_text=re.compile(r"^PMO$")).first
    expect(pmo).to_have_attribute("title", "Project Management Office")
    page.goto(f"{site_url}/metrics/")
    expect(page.locator("abbr[title='Technical Product Manager']").first).to_be_visible()


def test_search_finds_a_glossary_term(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/", wait_until="networkidle")
    assert "glossary/#cpm" in search(page, "Critical Path")


def test_a_missing_page_says_so_and_offers_search_and_every_page(page: Page, instant_site_url: str) -> None:
    response = page.goto(f"{instant_site_url}/no/such/page/")
    assert response is not None and response.status == 404
    expect(page).to_have_title(re.compile(r"^Page not found - "))
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    for section in GUIDE.sections:
        link = page.locator(".md-content a", has_text=re.compile(rf"^{re.escape(section.nav_title)}$"))
        assert link.evaluate("a => a.href") == f"{instant_site_url}/{section.id}/"  # absolute: any address works
    page.locator("#rg-notfound-query").press_sequentially("roadmap")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{instant_site_url}/?q=roadmap")
    page.wait_for_function("() => document.querySelector('dialog.rg-search')?.dataset.rgQuery === 'roadmap'")
    expect(page.locator("dialog.rg-search [role=option]").first).to_be_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["/", "/metrics/", "/glossary/", "/topics/", "/ownership/", "/404.html"])
def test_no_axe_violations(browser: Browser, site_url: str, path: str, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(site_url + path)
        page.locator(".md-content h1").hover()  # a copy-link button in view
        results = gates.axe(page, ".md-content")
        assert results.violations_count == 0, results.generate_report()
    finally:
        context.close()
