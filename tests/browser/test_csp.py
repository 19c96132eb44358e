"""Gate 9, the Content-Security-Policy: every HTML file of the build (every page, /print/, the 404 page,
the pages at old addresses) loads with zero violations; the features work under the policy, with the
policy sent as a header as well (as hosting/'s nginx and Netlify files send it); and an inline
script planted without its hash is blocked and fails the gate.

Every other browser test runs under the same watch (conftest.py, `policy_watch`), so instant
navigation, search, the self-assessment, the comparison filter, copy-link, the palette toggle and the
offline copy's search (test_offline.py) each fail on a violation where they run.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from conftest import copy_project, is_redirect
from roleguide.browser import serving
from roleguide.csp import header_lines, meta_policy, site_policy
from roleguide.postbuild import BuiltSite
from roleguide.postbuild.policy import secure

from . import gates
from .conftest import BREAKS_POLICY, Hosted, hosted
from .searchbox import search
from .test_print import SEARCH_TERM

POLICY_META = 'meta[http-equiv="Content-Security-Policy"]'
PLANTED = '<script>document.documentElement.dataset.planted = "ran"</script>'


def html_files(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def address(name: str) -> str:
    return "/" + (name[: -len("index.html")] if name.endswith("index.html") else name)


def test_every_html_file_of_the_build_keeps_to_its_policy(
    page: Page, site: Path, site_url: str, policy_watch: list[str]
) -> None:
    expected = site_policy(site)
    problems = []
    names = html_files(site)
    assert {"index.html", "404.html", "print/index.html"} <= set(names)
    assert any(is_redirect(site / name) for name in names), "no page at an old address was checked"
    for name in names:
        if meta_policy((site / name).read_text(encoding="utf-8")) != expected:
            problems.append(f"{name}: does not carry the site's policy")
        response = page.goto(site_url + address(name), wait_until="networkidle")
        if response is None or not response.ok:
            problems.append(f"{name}: does not load")
        elif not is_redirect(site / name) and page.locator(POLICY_META).get_attribute("content") != expected:
            problems.append(f"{name}: the browser does not see the policy")
        problems += [f"{name}: {v}" for v in gates.policy_violations(policy_watch)]
    assert not problems, "\n".join(problems)


class _WithHeaders(Hosted):
    """A static host that sends the given headers with every answer, as hosting/nginx.conf does."""

    headers_to_send: tuple[tuple[str, str], ...] = ()

    def end_headers(self) -> None:
        for name, value in self.headers_to_send:
            self.send_header(name, value)
        super().end_headers()


@pytest.fixture(scope="module")
def with_headers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A build served from the address in its site_url (so that instant navigation takes over), with
    the headers `roleguide headers` gives for it: the policy arrives twice, and both must allow all."""
    project = copy_project(tmp_path_factory.mktemp("headers"))

    def with_its_headers(site: Path) -> type[Hosted]:
        return type("Handler", (_WithHeaders,), {"headers_to_send": tuple(header_lines(site))})

    with hosted(project, with_its_headers) as url:
        yield url


def test_with_the_header_too_instant_navigation_search_and_the_palette_work(
    page: Page, with_headers: str, policy_watch: list[str]
) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    response = page.goto(with_headers + "/", wait_until="networkidle")
    assert response is not None and "frame-ancestors 'none'" in (response.headers.get("content-security-policy") or "")
    assert response.headers.get("x-content-type-options") == "nosniff"
    assert search(page, SEARCH_TERM), "the search found nothing"
    page.keyboard.press("Escape")
    page.evaluate("window.rgSamePage = true")  # gone if the browser loads a new page instead
    following = page.locator("a.md-footer__link--next")
    target = following.get_attribute("href") or ""
    following.click()
    page.wait_for_url(re.compile(re.escape(target.strip("./")) + "/(#[a-z-]*)?$"))
    assert page.evaluate("window.rgSamePage") is True, "instant navigation did not take over"
    scheme = "() => document.body.getAttribute('data-md-color-scheme')"
    before = page.evaluate(scheme)
    page.locator("[data-rg-palette] label:not([hidden])").click()
    assert page.evaluate(scheme) != before, "the palette toggle did nothing"
    page.goto(with_headers + "/404.html", wait_until="networkidle")
    page.goto(with_headers + "/print/", wait_until="networkidle")
    assert gates.policy_violations(policy_watch) == []


@pytest.mark.breaks_policy
def test_a_planted_inline_script_without_its_hash_is_blocked_and_fails_the_gate(
    page: Page, site: Path, tmp_path: Path, policy_watch: list[str]
) -> None:
    assert BREAKS_POLICY == "breaks_policy"
    copy = shutil.copytree(site, tmp_path / "site")
    target = copy / "comparison" / "index.html"
    target.write_text(target.read_text(encoding="utf-8").replace("</body>", PLANTED + "</body>"), encoding="utf-8")
    planted = "() => document.documentElement.dataset.planted || null"
    with serving(copy) as url:
        page.goto(url + "/glossary/", wait_until="networkidle")
        assert gates.policy_violations(policy_watch) == [], "a clean page of the copy fails the gate"
        page.goto(url + "/comparison/", wait_until="networkidle")
        assert page.evaluate(planted) is None, "the planted script ran"
        problems = gates.policy_violations(policy_watch)
        assert any("script-src-elem blocked inline" in p and "/comparison/" in p for p in problems), problems
        # Built again, the policy lists the script's hash: it runs, and nothing is blocked.
        built = BuiltSite(copy, "mkdocs")
        secure(built)
        built.save()
        page.goto(url + "/comparison/", wait_until="networkidle")
        assert page.evaluate(planted) == "ran"
        assert gates.policy_violations(policy_watch) == []
