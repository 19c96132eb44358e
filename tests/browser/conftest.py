"""Browser fixtures: Debian's Chromium driven by Playwright, against the built site on 127.0.0.1.

pytest-playwright provides `browser`, `context` and `page`; these fixtures point it at Debian's
Chromium (Playwright cannot download its own browser here) and serve the site that the session
fixture `site` (tests/conftest.py) built from the real content.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import page_files

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in item.nodeid.replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not CHROMIUM.is_file():
        pytest.fail(f"no Chromium at {CHROMIUM}; install it with: make chromium", pytrace=False)
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:  # keep test output readable
        pass


def serve(folder: Path) -> Iterator[str]:
    """Serve folder over HTTP on a free loopback port for as long as the generator is open."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(site: Path) -> Iterator[str]:
    """Base URL (no trailing slash) of the built real site."""
    yield from serve(site)


def site_pages(site: Path) -> list[str]:
    """URL path of every page in a build, taken from the build itself (never a hand-kept list)."""
    folders = sorted(p.parent.relative_to(site).as_posix() for p in page_files(site))
    return [("/" if folder == "." else f"/{folder}/") for folder in folders] + ["/404.html"]


@pytest.fixture(scope="session")
def pages(site: Path) -> list[str]:
    return site_pages(site)


@pytest.fixture(scope="session")
def defects_url() -> Iterator[str]:
    """Base URL of tests/fixtures/defects/: small pages, each with one planted defect."""
    yield from serve(Path(__file__).resolve().parent.parent / "fixtures" / "defects")
