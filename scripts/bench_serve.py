"""The benchmark's static host and browser: a local server (plain, or gzip like any real static host)
and Chromium counting the bytes of a first load."""

from __future__ import annotations

import functools
import gzip as gzip_module
import http.server
import io
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Response, sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class _Handler(http.server.SimpleHTTPRequestHandler):
    compress = False

    def log_message(self, *args: Any) -> None:
        pass

    def send_head(self) -> Any:  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.compress and wants and path.suffix in COMPRESSIBLE and path.is_file()):
            return super().send_head()
        body = gzip_module.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serving(folder: Path, gzip: bool) -> Iterator[str]:
    """Serve folder on a free loopback port; yields the base URL (no trailing slash)."""
    handler = functools.partial(type("Handler", (_Handler,), {"compress": gzip}), directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


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
