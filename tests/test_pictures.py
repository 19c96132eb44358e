"""The pictures' cache (roleguide/pictures.py): a rebuild with nothing changed draws no picture, a content
change redraws only the pictures it changes, and the cache never serves a wrong or damaged PNG."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import FIXTURE_CONTENT, ROOT, run_cli
from roleguide import pictures
from roleguide.build import write_generated
from roleguide.load import load_guide
from roleguide.pictures import CACHE, PNG_SIGNATURE, cache_folder, draw
from roleguide.render import Drawing, render_pages

ASSETS = ROOT / "assets"


def _no_drawing(svg: str) -> bytes:
    raise AssertionError("a picture was drawn although the cache holds it")


def test_a_rebuild_with_nothing_changed_draws_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    guide = load_guide(FIXTURE_CONTENT)
    _, first = write_generated(guide, docs, ASSETS)
    assert first.drawn and not first.reused
    written = {path: (docs / path).read_bytes() for path in first.drawn}
    monkeypatch.setattr(pictures, "render_png", _no_drawing)
    changed, second = write_generated(load_guide(FIXTURE_CONTENT), docs, ASSETS)
    assert changed == [] and second.drawn == [] and sorted(second.reused) == sorted(first.drawn)
    assert {path: (docs / path).read_bytes() for path in first.drawn} == written


def test_a_clean_docs_folder_is_filled_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`make clean` removes the generated files, not the cache: the next build draws nothing."""
    docs = tmp_path / "docs"
    write_generated(load_guide(FIXTURE_CONTENT), docs, ASSETS)
    for path in (docs / "assets" / "cards").rglob("*.png"):  # the starters' cards sit in cards/hiring/
        path.unlink()
    monkeypatch.setattr(pictures, "render_png", _no_drawing)
    _, again = write_generated(load_guide(FIXTURE_CONTENT), docs, ASSETS)
    assert again.drawn == [] and all((docs / p).read_bytes().startswith(PNG_SIGNATURE) for p in again.reused)


def test_a_content_change_redraws_only_the_cards_it_changes(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    docs = tmp_path / "docs"
    _, first = write_generated(load_guide(content), docs, ASSETS)
    path = content / "sections" / "first.yml"
    text = path.read_text(encoding="utf-8")
    assert "title: The First Section" in text
    path.write_text(text.replace("title: The First Section", "title: The Opening Section"), encoding="utf-8")
    _, second = write_generated(load_guide(content), docs, ASSETS)
    assert second.drawn == ["assets/cards/first.png"]
    # The cache holds this generation's pictures and nothing older.
    assert len(list(cache_folder(docs).iterdir())) == len(first.drawn)


def test_a_damaged_entry_is_drawn_again(tmp_path: Path) -> None:
    files = {"a.png": Drawing('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'), "a.md": "text\n"}
    folder = tmp_path / "cache"
    first = draw(files, folder)
    (entry,) = folder.iterdir()
    entry.write_bytes(b"not a png")
    second = draw(files, folder)
    assert second.drawn == ["a.png"] and second.files == first.files
    assert entry.read_bytes() == first.files["a.png"] and second.files["a.md"] == "text\n"


def test_the_key_is_the_svg_so_different_pictures_never_share_an_entry(tmp_path: Path) -> None:
    svgs = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{n}" height="4"/>' for n in (4, 5)]
    result = draw({f"{i}.png": Drawing(svg) for i, svg in enumerate(svgs)}, tmp_path)
    assert result.files["0.png"] != result.files["1.png"] and len(list(tmp_path.iterdir())) == 2


def test_the_real_cards_come_from_the_cache_on_the_second_generate(tmp_path: Path) -> None:
    """What a reader of the CLI sees: `roleguide generate` says how many pictures it drew."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copytree(ASSETS, project / "assets")
    cards = sum(isinstance(c, Drawing) for c in render_pages(load_guide(ROOT / "content")).values())
    first = run_cli("generate", cwd=project)
    assert first.returncode == 0, first.stderr
    assert f"drew {cards} of {cards} pictures" in first.stdout
    second = run_cli("generate", cwd=project)
    assert "generated 0 changed file(s)" in second.stdout and f"drew 0 of {cards} pictures" in second.stdout
    assert (project / CACHE).is_dir() and len(list((project / CACHE).iterdir())) == cards
