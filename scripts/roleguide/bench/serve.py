"""Chromium counting the requests and bytes of a first load. The static host (plain, or gzip like any
real static host) and the browser come from roleguide.browser, which `make pdf` and the browser tests
share."""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Browser, Request

from ..browser import chromium, serving

__all__ = ["Transfer", "chromium", "first_load_bytes", "serving", "wire_bytes"]
# After the network has been idle for 500 ms, a little longer, so that a late request (the favicon,
# Material's sitemap) is counted every time.
SETTLE_MS = 1000


@dataclass(frozen=True)
class Transfer:
    requests: int
    bytes: int
    urls: tuple[str, ...] = ()

    @property
    def kib(self) -> float:
        return self.bytes / 1024


def wire_bytes(request: Request) -> int:
    response = request.response()
    sizes = request.sizes()
    body = sizes["responseBodySize"]
    if body == 0 and response is not None and response.status == 200:
        body = int(response.headers.get("content-length", "0"))  # Chromium reports 0 for a worker's script
    return body + sizes["responseHeadersSize"]


def first_load_bytes(browser: Browser, url: str) -> Transfer:
    """Bytes (headers and bodies, as sent on the wire) of every request of a first load of url on a
    phone-sized screen with an empty cache, until the network is idle."""
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True)
    finished: list[Request] = []
    page = context.new_page()
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(SETTLE_MS)
    total = sum(wire_bytes(request) for request in finished)
    urls = tuple(request.url for request in finished)
    context.close()
    return Transfer(len(finished), total, urls)
