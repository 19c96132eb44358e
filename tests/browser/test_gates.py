"""The quality gates on every page of the real build (the page list comes from the build itself).

Each test loads every page in one browser context and reports every problem of every page at once.
test_gates_fail.py runs the same gate functions on pages with planted defects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from . import gates

NewPage = Callable[..., Page]


@pytest.fixture
def new_page(browser: Browser) -> Iterator[NewPage]:
    """A factory of pages, each in a fresh context with the options given (scheme, viewport...)."""
    contexts = []

    def make(**options: Any) -> Page:
        context = browser.new_context(**options)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def fail_on(problems: list[str]) -> None:
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation(new_page: NewPage, site_url: str, pages: list[str], scheme: str) -> None:
    page = new_page(color_scheme=scheme)
    expected = "slate" if scheme == "dark" else "default"

    def scheme_and_axe(page: Page) -> list[str]:
        shown = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
        return [f"shows the {shown} scheme, not {expected}"] if shown != expected else gates.axe_violations(page)

    fail_on(gates.on_every_page(page, site_url, pages, scheme_and_axe))


def test_requests_stay_on_the_site_and_none_fails(new_page: NewPage, site_url: str, pages: list[str]) -> None:
    page = new_page()
    traffic = gates.watch(page, site_url)

    def network(page: Page) -> list[str]:
        problems = gates.third_party_requests(traffic) + gates.errors_and_failed_requests(traffic)
        traffic.clear()
        return problems

    # networkidle: the search worker and its index load after the page itself
    fail_on(gates.on_every_page(page, site_url, pages, network, wait="networkidle"))


def test_a_phone_never_scrolls_sideways(new_page: NewPage, site_url: str, pages: list[str]) -> None:
    page = new_page(viewport=gates.PHONE, is_mobile=True, has_touch=True)
    fail_on(gates.on_every_page(page, site_url, pages, gates.sideways_scroll))


def test_keyboard_opens_search_and_reaches_every_link(new_page: NewPage, site_url: str, pages: list[str]) -> None:
    page = new_page(viewport={"width": 1280, "height": 800})
    fail_on(gates.on_every_page(page, site_url, pages, gates.search_shortcut, gates.keyboard_links))


def test_the_chosen_scheme_survives_a_reload(new_page: NewPage, site_url: str, pages: list[str]) -> None:
    page = new_page()
    fail_on(gates.on_every_page(page, site_url, pages, gates.scheme_survives_reload))
