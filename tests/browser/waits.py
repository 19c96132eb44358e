"""Waits for what a page does, never for a length of time: each returns once the event or state that a
test would otherwise sleep for has happened, and fails with Playwright's timeout if it never does."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

# Material's document$ replays the page it has shown to a late subscriber; every feature of ours starts
# on it in a task of its own (assets/javascripts/page.js), and a task queued after those runs after them.
_STARTED_JS = """() => new Promise((done) => {
  const subscribe = () => {
    if (!window.document$) return requestAnimationFrame(subscribe);
    const shown = window.document$.subscribe(() => setTimeout(() => { shown.unsubscribe(); done(); }, 0));
  };
  subscribe();
})"""

_FRAMES_JS = """(count) => new Promise((done) => {
  const next = (left) => left ? requestAnimationFrame(() => next(left - 1)) : done();
  next(count);
})"""

# Marks the next scroll event, once the listeners that were there before (Material's) have run.
_HEAR_SCROLL_JS = """() => {
  window.rgScrolled = false;
  addEventListener("scroll", () => { window.rgScrolled = true; }, {once: true});
}"""


def started(page: Page) -> None:
    """Material has shown the page, and every feature that starts on it has run; also what each
    queued in a task of its own before (palette.js sets the theme colour in one at `load`)."""
    page.evaluate(_STARTED_JS)


def frames(page: Page, count: int = 2) -> None:
    """`count` frames have been drawn since now: what changed before has been laid out and painted
    (and a layout shift it caused has been reported)."""
    page.evaluate(_FRAMES_JS, count)


def scrolled_into_view(page: Page, locator: Locator) -> None:
    """Scroll `locator`, which is out of view, into view, and return once the page's scroll listeners
    have heard of it."""
    page.evaluate(_HEAR_SCROLL_JS)
    locator.scroll_into_view_if_needed()
    page.wait_for_function("() => window.rgScrolled")
