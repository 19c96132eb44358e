"""The navigation's labels, out of Material's ellipsis watch (roleguide/postbuild/labels.py), in Chromium:
Material's script observes none of them as a page starts, on a first load or after an instant page
change, and every label shows its whole text on a phone (drawer open) and on a desktop, a word too
long for the sidebar included: it wraps, where Material's `md-ellipsis` cut it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from . import waits

# Installed before any script of the page: the classes of every element that an IntersectionObserver
# is asked to watch (Material's ellipsis patch watches each md-ellipsis element this way).
WATCH = """
window.__rgObserved = [];
const observe = IntersectionObserver.prototype.observe;
IntersectionObserver.prototype.observe = function (target) {
  window.__rgObserved.push(target.className || target.tagName);
  return observe.call(this, target);
};
"""
# Each label in a sidebar that has a layout: whether any of its text is cut, or out of its link.
CUT = """() => [...document.querySelectorAll('.md-sidebar .rg-nav-label')]
  .filter(label => label.getClientRects().length)
  .map(label => {
    const box = label.getBoundingClientRect(), link = label.closest('.md-nav__link').getBoundingClientRect();
    return {text: label.textContent.trim(), cut: label.scrollWidth > label.clientWidth,
            out: box.right > link.right + 0.5 || box.left < link.left - 0.5};
  })"""
LONG = "Crossfunctionalstakeholdercommunicationandroadmapprioritisation"
SCREENS = {"phone": {"width": 320, "height": 700}, "desktop": {"width": 1280, "height": 900}}


# Whether an observed element's class is one of a label or a title.
WATCHED = "name.includes('rg-nav-label') || name.includes('md-ellipsis')"


def _observed_labels(page: Page) -> list[str]:
    return page.evaluate(f"window.__rgObserved.filter(name => {WATCHED})")


def test_material_watches_no_navigation_label(browser: Browser, instant_site_url: str) -> None:
    context = browser.new_context(viewport=SCREENS["desktop"])
    try:
        page = context.new_page()
        page.add_init_script(WATCH)
        page.goto(instant_site_url + "/overview/", wait_until="networkidle")
        waits.started(page)
        labels = page.locator(".md-sidebar .rg-nav-label")
        assert labels.count() > 20
        observed = _observed_labels(page)
        # The header's two titles, the breadcrumb's and the footer's: the titles that can be cut.
        assert observed and len(observed) <= 8 and all("rg-nav-label" not in name for name in observed), observed
        page.evaluate("window.stillTheSameDocument = true; window.__rgObserved = []")
        page.locator(".md-sidebar--primary a.md-nav__link[href$='skills/']").click()
        page.wait_for_url("**/skills/")
        assert page.evaluate("window.stillTheSameDocument"), "Material's instant navigation did not run"
        # Material sets up the new page once it has swapped it in: its header titles are watched again,
        # all of them in the task that shows the page.
        page.wait_for_function(f"() => window.__rgObserved.some(name => {WATCHED})")
        waits.started(page)
        observed = _observed_labels(page)
        assert observed and len(observed) <= 8 and all("rg-nav-label" not in name for name in observed), observed
    finally:
        context.close()


@pytest.mark.parametrize("screen", SCREENS)
def test_every_label_shows_its_whole_text(browser: Browser, site_url: str, screen: str) -> None:
    context = browser.new_context(viewport=SCREENS[screen])
    try:
        page = context.new_page()
        for path in ("/", "/overview/", "/hiring/product/"):
            page.goto(site_url + path, wait_until="networkidle")
            if screen == "phone":
                page.evaluate("document.getElementById('__drawer').checked = true")
            labels = page.evaluate(CUT)
            assert len(labels) > 5, labels
            assert not [label for label in labels if label["cut"] or label["out"]], labels
        # A word too long for the sidebar: the label wraps it and grows, and nothing is cut.
        label = page.locator(".md-sidebar--primary .rg-nav-label").first
        before = label.bounding_box()
        label.evaluate(f"label => label.textContent = '{LONG}'")
        after = label.bounding_box()
        assert before and after and after["height"] > before["height"] * 1.5, (before, after)
        assert not [label for label in page.evaluate(CUT) if label["cut"] or label["out"]]
    finally:
        context.close()
