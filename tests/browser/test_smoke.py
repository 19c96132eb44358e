"""The harness itself: Chromium starts, the built site is served, and every built page loads."""

from __future__ import annotations

from playwright.sync_api import Page


def test_pages_come_from_the_build(pages: list[str]) -> None:
    assert "/" in pages and "/tools/" in pages and "/404.html" in pages
    assert all(p.startswith("/") for p in pages)


def test_every_page_loads_with_its_title(page: Page, site_url: str, pages: list[str]) -> None:
    for path in pages:
        response = page.goto(site_url + path)
        assert response is not None and response.ok, path
        assert "The Role Guide" in page.title(), path
