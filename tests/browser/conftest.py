"""Browser fixtures: Debian's Chromium driven by Playwright, against the built site on 127.0.0.1.

pytest-playwright provides `browser`, `context` and `page`; these fixtures point it at Debian's
Chromium (Playwright cannot download its own browser here) and serve the site that the session
fixture `site` (tests/conftest.py) built from the real content.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext

from conftest import page_files, run_cli
from roleguide.browser import CHROMIUM, CHROMIUM_ARGS, MISSING_CHROMIUM, serving

from . import gates

# A test that breaks the policy on purpose (to prove the watch hears it) says so with this marker.
BREAKS_POLICY = "breaks_policy"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{BREAKS_POLICY}: the test breaks the Content-Security-Policy on purpose")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in item.nodeid.replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not CHROMIUM.is_file():
        pytest.fail(MISSING_CHROMIUM, pytrace=False)
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


def serve(folder: Path) -> Iterator[str]:
    """Serve folder over HTTP on a free loopback port for as long as the generator is open."""
    with serving(folder) as url:
        yield url


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


class Hosted(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as static hosts do: an unknown address gets 404.html with status 404."""

    def log_message(self, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def hosted(project: Path, handler_for: Callable[[Path], type[Hosted]] = lambda site: Hosted) -> Iterator[str]:
    """`project` (a copy_project) built for the address it is then served at, as it is once deployed,
    by a handler made for the built site (`handler_for(site)`). The server holds its port from before
    the build on, so that nothing else can take it meanwhile."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hosted)
    url = f"http://127.0.0.1:{server.server_port}"
    try:
        result = run_cli("build", cwd=project, env={"SITE_URL": url + "/"})
        assert result.returncode == 0, result.stderr
        site = project / "site"
        server.RequestHandlerClass = functools.partial(handler_for(site), directory=str(site))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            yield url
        finally:
            server.shutdown()
    finally:
        server.server_close()


@pytest.fixture(scope="session")
def instant_site_url(built_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built for the address it is served at, as it is once deployed. Material's instant
    navigation only takes over links listed in sitemap.xml, whose port comes from SITE_URL, so the port
    must match, and the 404 page's links are absolute from that address. Shared by the tests of
    features that must start after an instant page change (self-assessment, job ads, the comparison
    filter, deep links) and of the 404 page."""
    project = tmp_path_factory.mktemp("instant") / "project"
    shutil.copytree(built_project, project, ignore=shutil.ignore_patterns("site"))
    with hosted(project) as url:
        yield url


@pytest.fixture(autouse=True)
def policy_watch(
    request: pytest.FixtureRequest, browser: Browser, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[str]]:
    """Every browser test, whatever it does (instant navigation, search, the self-assessment, the
    comparison filter, copy-link, the palette toggle...), runs on pages that carry the site's
    Content-Security-Policy, and fails if anything on them breaks it: each context the test opens
    (pytest-playwright's `page` and `context` included) is watched by gate 9 (gates.watch_policy).
    A test may read (and empty) the list of what was heard with gates.policy_violations."""
    found: list[str] = []
    opened = browser.new_context

    def watched(*args: Any, **options: Any) -> BrowserContext:
        context = opened(*args, **options)
        gates.watch_policy(context, found)
        return context

    monkeypatch.setattr(browser, "new_context", watched)
    yield found
    if found and request.node.get_closest_marker(BREAKS_POLICY) is None:
        pytest.fail(f"{len(found)} Content-Security-Policy violation(s):\n" + "\n".join(found), pytrace=False)
