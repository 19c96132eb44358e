"""The quality gates on every page of the Zensical build (the second engine, `make build-zensical`):
axe in the light and the dark scheme, no request to another host, no console error or failed request,
and no sideways scroll on a 375 px phone. The gate functions are those of test_gates.py, which runs
them (and the keyboard and scheme gates) on the MkDocs build; test_gates_fail.py proves each can fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from . import gates
from .conftest import serve, site_pages
from .test_gates import NewPage, fail_on, new_page

__all__ = ["new_page"]  # the fixture, shared with test_gates.py


@pytest.fixture(scope="module")
def zensical_url(zensical_site: Path) -> Iterator[str]:
    yield from serve(zensical_site)


@pytest.fixture(scope="module")
def zensical_pages(zensical_site: Path) -> list[str]:
    return site_pages(zensical_site)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation(new_page: NewPage, zensical_url: str, zensical_pages: list[str], scheme: str) -> None:
    page = new_page(color_scheme=scheme)
    expected = "slate" if scheme == "dark" else "default"

    def scheme_and_axe(page: Page) -> list[str]:
        shown = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
        return [f"shows the {shown} scheme, not {expected}"] if shown != expected else gates.axe_violations(page)

    fail_on(gates.on_every_page(page, zensical_url, zensical_pages, scheme_and_axe))


def test_requests_stay_on_the_site_and_none_fails(
    new_page: NewPage, zensical_url: str, zensical_pages: list[str]
) -> None:
    page = new_page()
    traffic = gates.watch(page, zensical_url)

    def network(page: Page) -> list[str]:
        problems = gates.third_party_requests(traffic) + gates.errors_and_failed_requests(traffic)
        traffic.clear()
        return problems

    fail_on(gates.on_every_page(page, zensical_url, zensical_pages, network, wait="networkidle"))


def test_a_phone_never_scrolls_sideways(new_page: NewPage, zensical_url: str, zensical_pages: list[str]) -> None:
    page = new_page(viewport=gates.PHONE, is_mobile=True, has_touch=True)
    fail_on(gates.on_every_page(page, zensical_url, zensical_pages, gates.sideways_scroll))


def test_the_gates_saw_every_page_of_the_zensical_build(zensical_pages: list[str], pages: list[str]) -> None:
    """The same pages as the MkDocs build, but for /print/ (parity.DIFFERENCES)."""
    assert sorted(zensical_pages) == sorted(p for p in pages if p != "/print/")
