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
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext

from conftest import page_files
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


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def instant_site_url(built_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built for the address it is served at. Material's instant navigation only takes over
    links listed in sitemap.xml, whose port comes from SITE_URL, so the port must match. Shared by the
    tests of features that must start after an instant page change (self-assessment, job ads)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    project = tmp_path_factory.mktemp("instant") / "project"
    shutil.copytree(built_project, project, ignore=shutil.ignore_patterns("site"))
    result = subprocess.run(
        [sys.executable, "-m", "roleguide", "build"],
        cwd=project,
        env={**os.environ, "SITE_URL": url + "/", "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    handler = functools.partial(_Quiet, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield url
    server.shutdown()
    server.server_close()


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
