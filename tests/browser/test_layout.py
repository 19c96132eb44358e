"""Nothing moves once a page is painted (CLS 0), on every page of the real build, on a phone and on a
desktop screen: the comparison filter, the copy-link buttons and the self-assessment's form have
their space before their script runs.

The scripts are held back on purpose (the request for our bundle is answered only once the page has
been painted, and Material's script, which comes after it, waits for it), so that the page is painted
before any script runs, as on a slow connection: a feature that makes room for itself only when its
script starts moves what was painted, and the layout-shift gate (gates.py, proven on a planted defect
in test_gates_fail.py) reports it.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Route

from . import gates

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


@pytest.mark.parametrize("screen", SCREENS)
def test_nothing_moves_once_painted(browser: Browser, site_url: str, pages: list[str], screen: str) -> None:
    context = browser.new_context(**SCREENS[screen])
    page = context.new_page()
    problems = []
    try:
        held: list[Route] = []
        page.route(BUNDLE, lambda route: held.append(route))
        for path in pages:
            with page.expect_request(BUNDLE):
                page.goto(site_url + path, wait_until="commit")
            page.wait_for_function(PAINTED)
            assert held, f"{path}: the script was not held back"
            while held:
                held.pop().continue_()
            page.wait_for_load_state("load")
            # Material emits document$ once the document is parsed, and every feature starts then.
            page.wait_for_function("() => window.document$ !== undefined")
            problems += [f"{path}: {problem}" for problem in gates.layout_shifts(page)]
    finally:
        context.close()
    assert not problems, f"{len(problems)} layout shift(s) on a {screen}:\n" + "\n".join(problems)
