"""Writing docs/: only changed files are written, stale ones removed, hand-written ones never touched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import FIXTURE_CONTENT, ROOT, run_cli, snapshot
from roleguide.build import generate, generated_files, sync
from roleguide.load import ContentError, load_guide

ASSETS = ROOT / "assets"
# Every file the fixture content generates: the pages (first.md, second.md, ...), their pictures, and
# the bundled stylesheet and script.
GENERATED = sorted(generated_files(load_guide(FIXTURE_CONTENT), ASSETS))


def test_generate_writes_pages_and_a_manifest(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    changed = generate(FIXTURE_CONTENT, docs, ASSETS)
    assert {"SUMMARY.md", "first.md", "index.md", "second.md"} <= set(GENERATED)
    assert {"assets/stylesheets/roleguide.css", "assets/javascripts/roleguide.js"} <= set(GENERATED)
    assert sorted(changed) == GENERATED
    manifest = (docs / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert manifest[1:] == ["/.gitignore", *(f"/{path}" for path in GENERATED)]


def test_second_run_writes_nothing(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    generate(FIXTURE_CONTENT, docs, ASSETS)
    before = {p: p.stat().st_mtime_ns for p in docs.iterdir()}
    os.utime(docs / "first.md", ns=(1, 1))
    assert generate(FIXTURE_CONTENT, docs, ASSETS) == []
    assert (docs / "first.md").stat().st_mtime_ns == 1, "an unchanged page was rewritten"
    assert {p for p in docs.iterdir()} == set(before)


def test_hand_written_page_is_never_overwritten(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "first.md").write_text("# Mine\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        generate(FIXTURE_CONTENT, docs, ASSETS)
    assert "first.md: is a hand-written file, and content/ generates a page at the same path" in str(caught.value)
    assert (docs / "first.md").read_text(encoding="utf-8") == "# Mine\n"
    assert sorted(p.name for p in docs.iterdir()) == ["first.md"], "something was written despite the collision"


def test_removed_section_removes_its_page_but_not_hand_written_files(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    generate(FIXTURE_CONTENT, docs, ASSETS)
    (docs / "notes.md").write_text("hand-written\n", encoding="utf-8")
    changed = sync(docs, {"index.md": "# only this\n"})
    assert sorted(changed) == GENERATED
    assert sorted(p.name for p in docs.iterdir()) == [".gitignore", "index.md", "notes.md"], "a folder was left"


def test_bad_content_leaves_generated_pages_untouched(tmp_path: Path, fixture_content: Path) -> None:
    docs = tmp_path / "docs"
    generate(fixture_content, docs, ASSETS)
    before = snapshot(docs)
    path = fixture_content / "sections" / "first.yml"
    path.write_text(
        path.read_text().replace("Alpha does the first thing.", "Changed.").replace("nav_title: First", "nav_title: []")
    )
    with pytest.raises(ContentError):
        generate(fixture_content, docs, ASSETS)
    assert snapshot(docs) == before


def test_generator_runs_without_mkdocs(tmp_path: Path) -> None:
    """The content must not depend on MkDocs: the CLI works with mkdocs made unimportable."""
    blocker = tmp_path / "block"
    (blocker / "mkdocs").mkdir(parents=True)
    (blocker / "mkdocs" / "__init__.py").write_text("raise ImportError('mkdocs is not allowed here')\n")
    result = run_cli(
        "--content",
        str(FIXTURE_CONTENT),
        "--docs",
        str(tmp_path / "docs"),
        "--assets",
        str(ASSETS),
        "generate",
        cwd=tmp_path,
        env={"PYTHONPATH": str(blocker)},
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "docs" / "first.md").is_file()
