"""Nothing moves once a page is painted (CLS 0), on every page of the real build, on a phone and on a
desktop screen: the comparison filter, the copy-link buttons and the self-assessment's form have
their space before their script runs.

The scripts are held back on purpose (the host answers for our bundle only after a pause, and
Material's script, deferred after it, waits too), so that the page is painted before any script
runs, as on a slow connection: a feature that makes room for itself only when its script starts
moves what was painted, and the layout-shift gate (gates.py, proven on a planted defect in
test_gates_fail.py) reports it.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from . import gates

BUNDLE = re.compile(r"/assets/javascripts/roleguide\.[0-9a-f]{8}\.js$")
PAUSE_S = 0.6
# Only what moves inside the viewport counts as a layout shift: the screens are as wide as a phone's
# and a desktop's, and tall enough to hold most of a page, so that a row far down a table counts too.
TALL = 8000
SCREENS = {
    "phone": {"viewport": {"width": gates.PHONE["width"], "height": TALL}, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1280, "height": TALL}},
}


class _SlowScript(http.server.SimpleHTTPRequestHandler):
    """A static host that answers for the site's script bundle only after a pause."""

    def log_message(self, *args: Any) -> None:
        pass

    def send_head(self) -> Any:
        if BUNDLE.search(self.path.split("?")[0]):
            time.sleep(PAUSE_S)
        return super().send_head()


@pytest.fixture(scope="module")
def slow_script_url(site: Path) -> Iterator[str]:
    handler = functools.partial(_SlowScript, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("screen", SCREENS)
def test_nothing_moves_once_painted(browser: Browser, slow_script_url: str, pages: list[str], screen: str) -> None:
    context = browser.new_context(**SCREENS[screen])
    page = context.new_page()
    problems = []
    try:
        for path in pages:
            page.goto(slow_script_url + path, wait_until="load")
            # Material emits document$ once the document is parsed, and every feature starts then.
            page.wait_for_function("() => window.document$ !== undefined")
            problems += [f"{path}: {problem}" for problem in gates.layout_shifts(page)]
    finally:
        context.close()
    assert not problems, f"{len(problems)} layout shift(s) on a {screen}:\n" + "\n".join(problems)
