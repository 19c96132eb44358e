"""Only `mkdocs serve` is lenient with a content error (tests/browser/test_serve_errors.py shows its
panel in the open tab): every build still stops with the message, and serve stops too when there is
no earlier generation to show. The panel's markup escapes what the problems quote."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ENV, copy_project, free_port, run_cli, snapshot
from roleguide.load import Located
from roleguide.render import content_panel, message_panel, with_panel

pytestmark = pytest.mark.build

PAGE = (
    '<html><head><title>Tools - Guide</title></head><body><article class="md-content__inner md-typeset"><h1>Tools</h1>'
)


def break_content(project: Path) -> list[str]:
    """The two mistakes of the browser test (a wrong type, markup in a value); the lines that report them."""
    guide, metrics = project / "content" / "guide.yml", project / "content" / "sections" / "metrics.yml"
    lines = []
    for path, old, new, what in [
        (guide, "updated: 2025-03-05", "updated: [2025]", "source.updated: expected a date"),
        (metrics, "label: Product impact", "label: <script>x</script>", "roles.product.label: contains markup"),
    ]:
        text = path.read_text(encoding="utf-8")
        line = text[: text.index(old)].count("\n") + 1
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        lines.append(f"{path.relative_to(project).as_posix()}:{line}: {what}")
    return lines


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project whose docs/ holds a good generation: what serve would show."""
    project = copy_project(tmp_path_factory.mktemp("generated"))
    assert run_cli("generate", cwd=project).returncode == 0
    return project


@pytest.mark.parametrize(
    "command",
    [["mkdocs", "build"], ["roleguide", "build"], ["roleguide", "build", "--engine", "zensical"]],
    ids=" ".join,
)
def test_every_build_still_stops_on_a_content_error(generated: Path, tmp_path: Path, command: list[str]) -> None:
    project = Path(shutil.copytree(generated, tmp_path / "project"))
    docs_before = snapshot(project / "docs")
    lines = break_content(project)
    result = subprocess.run(
        [sys.executable, "-m", *command], cwd=project, env=ENV, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0, result.stderr
    assert "content error: 2 problems to fix" in result.stderr, result.stderr
    assert all(line in result.stderr for line in lines), result.stderr
    assert snapshot(project / "docs") == docs_before
    built = [p for p in project.glob("site*/**/*.html") if "rg-problems" in p.read_text(encoding="utf-8")]
    assert not built, f"a build wrote the serve panel: {built}"


def test_serve_stops_when_nothing_was_generated_before(tmp_path: Path) -> None:
    """No last good pages to show: serve reports the problems and exits, as before."""
    project = copy_project(tmp_path / "project")
    lines = break_content(project)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{free_port()}"],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "content error: 2 problems to fix" in result.stderr, result.stderr
    assert all(line in result.stderr for line in lines), result.stderr


def test_the_panel_lists_each_problem_escaped_on_top_of_the_content() -> None:
    panel = content_panel(
        [
            Located("content/guide.yml", 39, "source.updated", "expected a date"),
            Located("content/sections/metrics.yml", 15, "roles.product.label", "contains markup ('<script>')"),
            Located("content/comparison.yml", 0, "", "is empty"),
        ]
    )
    page = with_panel(PAGE, panel)
    assert page.startswith(
        '<html><head><title>Content error - Tools - Guide</title></head><body><article class="md-content__inner '
        'md-typeset"><div class="admonition failure" role="alert" id="rg-problems">'
    )
    assert "Content error: 3 problems to fix in content/" in page
    assert "<li><code>content/guide.yml:39</code>: source.updated: expected a date</li>" in page
    assert "contains markup (&#39;&lt;script&gt;&#39;)</li>" in page
    assert "<script>" not in page
    assert "<li><code>content/comparison.yml</code>: is empty</li>" in page
    assert page.endswith("</div>\n<h1>Tools</h1>")


def test_one_problem_is_singular_and_a_message_keeps_its_lines() -> None:
    page = with_panel(PAGE, content_panel([Located("content/guide.yml", 3, "site_name", "is empty")]))
    assert "Content error: 1 problem to fix in content/" in page
    page = with_panel(PAGE, message_panel("assets", "assets/roleguide.css does not bundle:\n  x.css:2: ERROR: <\n"))
    assert "<title>Assets error - Tools" in page
    assert "<pre><code>assets/roleguide.css does not bundle:\n  x.css:2: ERROR: &lt;</code></pre>" in page
    assert "<ul>" not in page


def test_no_panel_and_no_page_without_a_content_column_change() -> None:
    assert with_panel(PAGE, None) == PAGE
    other = "<svg><title>x</title></svg>"
    assert with_panel(other, content_panel([Located("content/guide.yml", 3, "x", "y")])) == other
