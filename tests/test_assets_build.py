"""What every built page loads, under both engines: our one stylesheet and one script (just before the
theme's own), each named by its content, no file of ours besides, and print-site's script (MkDocs
only: the plugin adds it to every page); no inline script but the theme's and print-site's own; and a
build renders the pages once."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ENV, copy_project, page_files

pytestmark = pytest.mark.build

OUR_CSS = re.compile(r"assets/stylesheets/roleguide\.[0-9a-f]{8}\.css$")
OUR_JS = re.compile(r"assets/javascripts/roleguide\.[0-9a-f]{8}\.js$")
MATERIAL_CSS = re.compile(r"assets/stylesheets/(classic/)?(main|palette)\.[0-9a-f]{8}\.min\.css$")
MATERIAL_JS = re.compile(r"assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js$")
PRINT_SITE_JS = "js/print-site.js"
# The inline scripts the site may carry, by how each begins: a strict Content-Security-Policy lists
# each by its hash, so a new one must be a deliberate choice. Ours are all files; these are Material's
# (base.html: its storage helpers, the saved colour scheme; content.html: open a tab a link points to)
# and, on /print/ only, mkdocs-print-site-plugin's call of its own functions.
MATERIAL_INLINE = ("__md_scope=new URL(", "var palette=__md_get(", "var target=document.getElementById(location.hash")
PRINT_SITE_INLINE = "document.addEventListener('DOMContentLoaded', function () {"


def pages_of(site: Path) -> list[Path]:
    return [*page_files(site), site / "404.html"]


def tags(html: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The stylesheets (href) and external scripts (attributes, src) of a page, in order."""
    sheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    scripts = re.findall(r"<script\b([^>]*?)\bsrc=\"([^\"]+)\"([^>]*)>", html)
    return sheets, [(before + after, src) for before, src, after in scripts]


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_every_page_loads_our_one_stylesheet_and_one_script_and_nothing_else_of_ours(
    engine: str, request: pytest.FixtureRequest
) -> None:
    site: Path = request.getfixturevalue("site" if engine == "mkdocs" else "zensical_site")
    problems = []
    for page in pages_of(site):
        name = page.relative_to(site).as_posix()
        sheets, scripts = tags(page.read_text(encoding="utf-8"))
        ours = [s for s in sheets if not MATERIAL_CSS.search(s)]
        if len(ours) != 1 or not OUR_CSS.search(ours[0]) or not OUR_CSS.search(sheets[-1]):
            problems.append(f"{name}: stylesheets {sheets}, expected the theme's then roleguide.<hash>.css alone")
        sources = [src for _, src in scripts]
        # print-site's script on its own page alone (hooks/publish.py), which only MkDocs builds.
        expected = ["ours", "bundle"] + ([PRINT_SITE_JS] if name == "print/index.html" else [])
        shape = [
            "ours"
            if OUR_JS.search(s)
            else "bundle"
            if MATERIAL_JS.search(s)
            else PRINT_SITE_JS
            if s.endswith(PRINT_SITE_JS)
            else s
            for s in sources
        ]
        if shape != expected:
            problems.append(f"{name}: scripts {sources}, expected {expected}")
        # Ours must run before Material's: both classic, or both deferred, and never async.
        modes = {re.sub(r"\s+", " ", attrs).strip() for attrs, _ in scripts}
        if len(modes) != 1 or "async" in "".join(modes):
            problems.append(f"{name}: the scripts load in different ways ({sorted(modes)}), so their order may change")
    assert not problems, "\n".join(problems)


def test_no_inline_script_but_the_allowed_ones(site: Path) -> None:
    problems = []
    for page in pages_of(site):
        name = page.relative_to(site).as_posix()
        html = page.read_text(encoding="utf-8")
        for attrs, body in re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S):
            if "src=" in attrs or 'type="application/json"' in attrs:
                continue
            text = body.strip()
            allowed = MATERIAL_INLINE + ((PRINT_SITE_INLINE,) if name == "print/index.html" else ())
            if not text.startswith(allowed):
                problems.append(f"{name}: an inline script: {text[:80]!r}")
    assert not problems, "\n".join(problems)


# Appends a renderer that notes each call of render_pages in a file: a build that renders twice
# writes two lines. Python imports sitecustomize at start-up from the PYTHONPATH, in every process.
COUNTER = """import os
from roleguide.render import registry

def _count(guide):
    with open(os.environ["RENDER_LOG"], "a", encoding="utf-8") as log:
        log.write("rendered\\n")
    return {}

registry.RENDERERS.append(_count)
"""


@pytest.mark.parametrize(
    "command", [("roleguide", "build"), ("mkdocs", "build", "--strict")], ids=["roleguide-build", "mkdocs-build"]
)
def test_a_build_renders_the_pages_once(tmp_path: Path, command: tuple[str, ...]) -> None:
    """`make build` (roleguide build) generates, and its MkDocs hook does not generate again; plain
    `mkdocs build` generates through the hook, once."""
    project = copy_project(tmp_path / "project")
    (tmp_path / "counter").mkdir()
    (tmp_path / "counter" / "sitecustomize.py").write_text(COUNTER, encoding="utf-8")
    log = tmp_path / "renders.log"
    env = {"PYTHONPATH": str(tmp_path / "counter"), "RENDER_LOG": str(log)}
    result = subprocess.run(
        [sys.executable, "-m", *command], cwd=project, env={**ENV, **env}, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "index.html").is_file()
    # Either way, every page carries the Content-Security-Policy (build.py, or the MkDocs hook).
    assert 'http-equiv="Content-Security-Policy"' in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert log.read_text(encoding="utf-8").splitlines() == ["rendered"]
