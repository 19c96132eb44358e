"""Abbreviations explain themselves to everyone, in Chromium: Material's tooltip, opened by
assets/javascripts/tooltips.js (which replaces Material's content.tooltips), shows on hover with a
mouse, on keyboard focus (Tab reaches an abbreviation: roleguide/markdown_abbr.py gives it
tabindex="0") and on a tap on a touch screen; the mouse can rest on it, Escape closes it, it works on
a page that instant navigation brings in, and axe finds nothing while one is open, in the light and
the dark scheme. Each helper is also shown to fail on a page where that way is broken."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from . import gates

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}
PAGE = "/decisions/"
TOOLTIP = ".md-tooltip2--active[role=tooltip]"
# How long tooltips.js keeps a tooltip after the mouse leaves (its LINGER), to let it reach the tooltip.
LINGER_MS = 250


@pytest.fixture
def desktop(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    yield context.new_page()
    context.close()


def shown_for(page: Page, abbr: Locator, explanation: str) -> bool:
    """The abbreviation's explanation is on screen in Material's tooltip, tied to it for screen readers."""
    tooltip = page.locator(TOOLTIP, has_text=explanation)
    try:
        expect(tooltip).to_be_visible(timeout=3000)
    except AssertionError:
        return False
    return abbr.get_attribute("aria-describedby") == tooltip.get_attribute("id")


def tab_to(page: Page, abbr: Locator, limit: int = 40) -> bool:
    """Press Tab from the top of the page until the abbreviation has the focus, at most `limit` times."""
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    handle = abbr.element_handle()
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(el) => document.activeElement === el", handle):
            return True
    return False


def _first(page: Page) -> tuple[Locator, str]:
    abbr = page.locator(".md-content abbr[tabindex='0']").first
    return abbr, abbr.get_attribute("title") or ""


def test_hovering_an_abbreviation_shows_its_explanation(desktop: Page, site_url: str) -> None:
    desktop.goto(site_url + PAGE)
    abbr, explanation = _first(desktop)
    assert explanation == "Technical Product Manager"
    abbr.hover()
    assert shown_for(desktop, abbr, explanation)
    desktop.mouse.move(1, DESKTOP["height"] - 1)
    expect(desktop.locator(TOOLTIP)).to_have_count(0, timeout=3000)
    expect(abbr).to_have_attribute("title", explanation, timeout=3000)  # back once the tooltip is gone


def test_tab_reaches_an_abbreviation_and_its_focus_shows_the_explanation(desktop: Page, site_url: str) -> None:
    desktop.goto(site_url + PAGE)
    abbr, explanation = _first(desktop)
    assert tab_to(desktop, abbr), "Tab never reaches the abbreviation"
    assert shown_for(desktop, abbr, explanation)
    ring = abbr.evaluate("(el) => getComputedStyle(el).outlineStyle !== 'none' && getComputedStyle(el).outlineWidth")
    assert ring and float(ring.removesuffix("px")) >= 1, "no visible focus ring on the abbreviation"
    desktop.keyboard.press("Tab")
    expect(desktop.locator(TOOLTIP, has_text=explanation)).to_have_count(0, timeout=3000)


@pytest.mark.parametrize("which", ["focusable", "repeat"])
def test_a_tap_shows_the_explanation_on_a_touch_screen(phone: Page, site_url: str, which: str) -> None:
    """A tap opens it on the first use under a heading (which takes the focus) and on a repeat too."""
    phone.goto(site_url + "/career/")
    selector = "abbr[tabindex='0']" if which == "focusable" else "abbr:not([tabindex])"
    abbr = phone.locator(f".md-content {selector}").first
    explanation = abbr.get_attribute("title") or ""
    abbr.scroll_into_view_if_needed()
    abbr.tap()
    assert shown_for(phone, abbr, explanation)
    box = phone.locator(TOOLTIP).bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], "the tooltip leaves the screen"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_while_a_tooltip_is_open(browser: Browser, site_url: str, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme, viewport=DESKTOP)
    try:
        page = context.new_page()
        page.goto(site_url + PAGE)
        abbr, explanation = _first(page)
        assert tab_to(page, abbr) and shown_for(page, abbr, explanation)
        results = gates.axe(page)
        expect(page.locator(TOOLTIP)).to_have_css("opacity", "1")  # axe read it fully shown
        assert results.violations_count == 0, results.generate_report()
    finally:
        context.close()


def test_the_helpers_fail_where_an_abbreviation_cannot_be_opened(desktop: Page, site_url: str) -> None:
    """Planted defects: without tabindex Tab never gets there, and without a title nothing opens."""
    desktop.goto(site_url + PAGE)
    abbr, explanation = _first(desktop)
    abbr.evaluate("(el) => el.removeAttribute('tabindex')")
    assert not tab_to(desktop, abbr, limit=15)
    desktop.goto(site_url + PAGE)
    abbr, explanation = _first(desktop)
    abbr.evaluate("(el) => { el.removeAttribute('title'); el.dataset.planted = 'untitled'; }")
    abbr.hover()
    assert not shown_for(desktop, abbr, explanation)


def test_the_mouse_can_rest_on_the_tooltip_and_escape_closes_it(desktop: Page, site_url: str) -> None:
    """WCAG 1.4.13: the explanation stays while the pointer is on it, and Escape dismisses it."""
    desktop.clock.install()  # the page's timers run on a clock that the test can move on
    desktop.goto(site_url + PAGE)
    abbr, explanation = _first(desktop)
    abbr.hover()
    assert shown_for(desktop, abbr, explanation)
    box = desktop.locator(TOOLTIP + " .md-tooltip2__inner").bounding_box()
    assert box
    desktop.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    desktop.clock.run_for(3 * LINGER_MS)  # every timer due in three times as long as it lingers runs
    expect(desktop.locator(TOOLTIP, has_text=explanation)).to_have_count(1)
    desktop.keyboard.press("Escape")
    expect(desktop.locator(TOOLTIP)).to_have_count(0, timeout=3000)
    expect(abbr).to_have_attribute("title", explanation)
    assert abbr.get_attribute("aria-describedby") is None
    # The clock does move the page's timers: with the mouse gone, the explanation closes once the
    # clock is past its linger, with no time to wait for (unless the machine takes that long to answer).
    abbr.hover()
    assert shown_for(desktop, abbr, explanation)
    desktop.mouse.move(1, box["y"] + box["height"] / 2)
    desktop.clock.run_for(3 * LINGER_MS)
    assert desktop.locator(TOOLTIP).count() == 0, "the tooltip outlived its linger: the clock drives no timer"


def test_a_page_brought_in_by_instant_navigation_has_its_tooltips(desktop: Page, instant_site_url: str) -> None:
    desktop.goto(instant_site_url + "/", wait_until="networkidle")  # instant navigation waits for sitemap.xml
    desktop.evaluate("window.rgSamePage = true")  # gone if the browser loads a new page instead
    desktop.locator(f"article a[href$='{PAGE}']").first.click()
    desktop.wait_for_url(re.compile(re.escape(PAGE) + "(#[a-z-]*)?$"))
    assert desktop.evaluate("window.rgSamePage") is True, "the browser loaded the page: no instant navigation"
    abbr, explanation = _first(desktop)
    abbr.hover()
    assert shown_for(desktop, abbr, explanation)
