"""The policy and console gates in a second browser: Firefox ESR (Debian's firefox-esr, `make
firefox`), driven by puppeteer-core over WebDriver BiDi (tools/firefox.mjs), on every page of both
builds. Firefox reads some things differently from Chromium: it prefetches the pages that Material
names in <link rel="next"> and <link rel="prev">, and it checks that prefetch against the policy's
default-src, which Chromium never does. A planted inline script proves the gate hears a violation.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT
from roleguide.browser import serving

from .conftest import site_pages

FIREFOX = Path("/usr/bin/firefox-esr")
GATE = ROOT / "tools" / "firefox.mjs"


def firefox_problems(site: Path, paths: list[str]) -> list[str]:
    if not FIREFOX.is_file():
        pytest.fail(f"{FIREFOX} is missing: run `make firefox` (Debian's firefox-esr)", pytrace=False)
    with serving(site) as base:
        request = json.dumps({"firefox": str(FIREFOX), "base": base, "paths": paths})
        result = subprocess.run(
            ["node", str(GATE)], input=request, capture_output=True, text=True, check=False, timeout=600
        )
    assert result.returncode == 0, result.stderr[-3000:]
    return list(json.loads(result.stdout))


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_firefox_sees_no_policy_violation_and_no_console_error(engine: str, request: pytest.FixtureRequest) -> None:
    site: Path = request.getfixturevalue("site" if engine == "mkdocs" else "zensical_site")
    paths = site_pages(site)
    assert len(paths) > 10
    problems = firefox_problems(site, paths)
    assert not problems, f"{len(problems)} problem(s) in Firefox:\n" + "\n".join(problems)


def test_the_firefox_gate_hears_a_planted_violation(site: Path, tmp_path: Path) -> None:
    copy = shutil.copytree(site, tmp_path / "site")
    page = copy / "glossary" / "index.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace("</body>", "<script>window.planted = 1</script></body>"), "utf-8"
    )
    problems = firefox_problems(copy, ["/glossary/", "/comparison/"])
    assert problems and all(p.startswith("/glossary/: ") for p in problems), problems
    assert any("script-src" in p for p in problems), problems
