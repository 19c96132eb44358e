"""Nothing moves once a page is painted (CLS 0), on every page of the real build, on a phone and on a
desktop screen: the comparison filter, the copy-link buttons and the self-assessment's form have
their space before their script runs.

The scripts are held back on purpose (the host answers for our bundle only once the test, having
seen the page painted, lets it; Material's script, which comes after it, waits too), so that the page
is painted before any script runs, as on a slow connection: a feature that makes room for itself only
when its script starts moves what was painted, and the layout-shift gate (gates.py, proven on a
planted defect in test_gates_fail.py) reports it.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from . import gates
from .conftest import Hosted

BUNDLE = re.compile(r"/assets/javascripts/roleguide\.[0-9a-f]{8}\.js$")
# Only what moves inside the viewport counts as a layout shift: the screens are as wide as a phone's
# and a desktop's, and tall enough to hold most of a page, so that a row far down a table counts too.
TALL = 8000
SCREENS = {
    "phone": {"viewport": {"width": gates.PHONE["width"], "height": TALL}, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1280, "height": TALL}},
}
# The page has been painted: its first contentful paint is on record.
PAINTED = "() => performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint')"


class _HeldScript(Hosted):
    """A static host that answers for the script bundle once `release` is set, and tells the browser
    not to keep it, so that every page asks for it again (the rest comes from the browser's cache)."""

    asked: threading.Event
    release: threading.Event

    def _bundle(self) -> bool:
        return bool(BUNDLE.search(self.path.split("?")[0]))

    def send_head(self) -> Any:
        if self._bundle():
            self.asked.set()
            self.release.wait(timeout=60)
        return super().send_head()

    def end_headers(self) -> None:
        if self._bundle():
            self.send_header("Cache-Control", "no-store")
        super().end_headers()


@pytest.fixture(scope="module")
def held_script(site: Path) -> Iterator[tuple[str, type[_HeldScript]]]:
    """The built site, served by a _HeldScript host: its address and the host's two events."""
    host = type("Host", (_HeldScript,), {"asked": threading.Event(), "release": threading.Event()})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(host, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", host
    host.release.set()
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("screen", SCREENS)
def test_nothing_moves_once_painted(
    browser: Browser, held_script: tuple[str, type[_HeldScript]], pages: list[str], screen: str
) -> None:
    url, host = held_script
    context = browser.new_context(**SCREENS[screen])
    page = context.new_page()
    problems = []
    try:
        for path in pages:
            host.asked.clear()
            host.release.clear()
            page.goto(url + path, wait_until="commit")
            page.wait_for_function(PAINTED)
            assert host.asked.wait(timeout=30), f"{path}: the page did not ask for the script"
            host.release.set()
            page.wait_for_load_state("load")
            # Material emits document$ once the document is parsed, and every feature starts then.
            page.wait_for_function("() => window.document$ !== undefined")
            problems += [f"{path}: {problem}" for problem in gates.layout_shifts(page)]
    finally:
        context.close()
    assert not problems, f"{len(problems)} layout shift(s) on a {screen}:\n" + "\n".join(problems)
