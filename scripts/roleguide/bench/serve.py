"""Chromium counting the bytes of a first load. The static host (plain, or gzip like any real static
host) and the browser come from roleguide.browser, which `make pdf` and the browser tests share."""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Browser, Response

from ..browser import chromium, serving

__all__ = ["chromium", "first_load_bytes", "serving"]


@dataclass(frozen=True)
class Transfer:
    requests: int
    bytes: int

    @property
    def kib(self) -> float:
        return self.bytes / 1024


def first_load_bytes(browser: Browser, url: str) -> Transfer:
    """Bytes (headers and bodies, as sent on the wire) of every response of a first load of url on a
    phone-sized screen with an empty cache, until the network is idle."""
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True)
    responses: list[Response] = []
    page = context.new_page()
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="networkidle")
    total = 0
    for response in responses:
        sizes = response.request.sizes()
        body = sizes["responseBodySize"]
        if body == 0 and response.status == 200:  # Chromium reports 0 for a worker's script: use its header
            body = int(response.headers.get("content-length", "0"))
        total += body + sizes["responseHeadersSize"]
    context.close()
    return Transfer(len(responses), total)
