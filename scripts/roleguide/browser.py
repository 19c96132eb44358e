"""Debian's Chromium and a loopback static server, shared by `make pdf`, `make bench` and the browser
tests, so all three launch the browser the same way and serve a built site the same way.

Playwright cannot download its own browser on these machines; Debian's `chromium` (installed by
`make chromium`) is launched instead, with the flags that keep it from calling home.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Playwright is imported only by the code that starts a browser
    from playwright.sync_api import Browser

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# No sandbox: CI runs as root in a container. The rest keeps Chromium from calling home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MISSING_CHROMIUM = f"no Chromium at {CHROMIUM}; install it with `make chromium` or set CHROMIUM"
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")
# Files gzipped by a host, by path, modification time and size.
_PACKED: dict[tuple[str, int, int], bytes] = {}


class _Handler(http.server.SimpleHTTPRequestHandler):
    """A quiet static handler; with `compress`, it gzips text files as any real static host does,
    each file once (a real host keeps them compressed too, so the time to the first byte does not
    depend on how busy the machine is compressing)."""

    compress = False

    def log_message(self, *args: Any) -> None:
        pass

    def _gzipped(self, path: Path) -> bytes:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
        if key not in _PACKED:
            _PACKED[key] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        return _PACKED[key]

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.compress and wants and path.suffix in COMPRESSIBLE and path.is_file()):
            return super().send_head()
        body = self._gzipped(path)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serving(folder: Path, compress: bool = False) -> Iterator[str]:
    """Serve folder on a free loopback port; yields the base URL (no trailing slash)."""
    handler = functools.partial(type("Handler", (_Handler,), {"compress": compress}), directory=str(folder))
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
    """Debian's Chromium through Playwright, closed on exit. SystemExit says how to install it."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.is_file():
        raise SystemExit(MISSING_CHROMIUM)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
