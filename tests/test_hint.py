"""The hint step (roleguide/postbuild/hint.py): the theme's script in the built site begins with V8's
compile hint, under a name that carries its new content hash, with a source map that still points each
position to the same source, and every page loads it."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import material
import pytest

from roleguide.postbuild import BuiltSite
from roleguide.postbuild.hint import HINT, bundles, hint

MATERIAL = Path(material.__file__).parent / "templates" / "assets" / "javascripts"
SCRIPT = re.compile(r'<script src="([^"]*assets/javascripts/bundle\.[^"]+)"')
_B64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}


def hint_site(site: Path) -> list[str]:
    built = BuiltSite(site, "mkdocs")
    changed = hint(built)
    built.save()
    return changed


def _original() -> Path:
    (found,) = MATERIAL.glob("bundle.*.min.js")
    return found


def _positions(source_map: dict) -> list[tuple[int, int, int, int, int]]:
    """Every mapped position of a source map, decoded: (line, column, source, line, column)."""
    found, source, src_line, src_col = [], 0, 0, 0
    for line, text in enumerate(source_map["mappings"].split(";")):
        column = 0
        for segment in filter(None, text.split(",")):
            fields, value, shift = [], 0, 0
            for char in segment:
                digit = _B64[char]
                value += (digit & 31) << shift
                if digit & 32:
                    shift += 5
                else:
                    fields.append(-(value >> 1) if value & 1 else value >> 1)
                    value = shift = 0
            column += fields[0]
            if len(fields) >= 4:
                source, src_line, src_col = source + fields[1], src_line + fields[2], src_col + fields[3]
                found.append((line, column, source, src_line, src_col))
    return found


def _site(tmp_path: Path) -> Path:
    """A small built site: Material's bundle and its map, and pages that load it from two depths."""
    site = tmp_path / "site"
    folder = site / "assets" / "javascripts"
    folder.mkdir(parents=True)
    original = _original()
    shutil.copy(original, folder / original.name)
    shutil.copy(original.with_name(original.name + ".map"), folder / (original.name + ".map"))
    (site / "index.html").write_text(f'<script src="assets/javascripts/{original.name}"></script>', encoding="utf-8")
    (site / "overview").mkdir()
    (site / "overview" / "index.html").write_text(
        f'<p>x</p><script src="../assets/javascripts/{original.name}"></script>', encoding="utf-8"
    )
    return site


def test_the_bundle_gets_the_hint_a_new_name_and_a_shifted_map(tmp_path: Path) -> None:
    site = _site(tmp_path)
    original = _original()
    done = hint_site(site)
    (script,) = bundles(site)
    assert done == [f"assets/javascripts/{script.name}", "index.html", "overview/index.html"]
    text = script.read_text(encoding="utf-8")
    assert text.startswith(HINT)
    assert (
        text[len(HINT) :].rsplit("//# sourceMappingURL=", 1)[0]
        == original.read_text(encoding="utf-8").rsplit("//# sourceMappingURL=", 1)[0]
    )
    assert text.rstrip().endswith(f"//# sourceMappingURL={script.name}.map")
    assert script.name != original.name
    before = json.loads(original.with_name(original.name + ".map").read_text(encoding="utf-8"))
    after = json.loads(script.with_name(script.name + ".map").read_text(encoding="utf-8"))
    assert after["file"] == script.name
    assert after["sources"] == before["sources"]
    assert [(line + 1, *rest) for line, *rest in _positions(before)] == _positions(after)
    assert sorted(p.name for p in script.parent.iterdir()) == [script.name, script.name + ".map"]
    assert SCRIPT.findall((site / "index.html").read_text(encoding="utf-8")) == [f"assets/javascripts/{script.name}"]
    assert SCRIPT.findall((site / "overview" / "index.html").read_text(encoding="utf-8")) == [
        f"../assets/javascripts/{script.name}"
    ]


def test_a_second_run_changes_nothing(tmp_path: Path) -> None:
    site = _site(tmp_path)
    hint_site(site)
    files = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert hint_site(site) == []
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == files


def test_a_bundle_without_its_map_still_gets_the_hint(tmp_path: Path) -> None:
    site = _site(tmp_path)
    for path in (site / "assets" / "javascripts").glob("*.map"):
        path.unlink()
    hint_site(site)
    (script,) = bundles(site)
    assert script.read_text(encoding="utf-8").startswith(HINT)
    assert sorted(p.name for p in script.parent.iterdir()) == [script.name]


@pytest.mark.build
@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_the_built_site_loads_the_hinted_bundle(engine: str, request: pytest.FixtureRequest) -> None:
    site: Path = request.getfixturevalue("site" if engine == "mkdocs" else "zensical_site")
    (script,) = bundles(site)
    data = script.read_bytes()
    assert data.startswith(HINT.encode())
    code = data[: data.rindex(b"//# sourceMappingURL=")] if b"//# sourceMappingURL=" in data else data
    assert script.name.split(".")[1] == hashlib.sha256(code).hexdigest()[:8]
    if engine == "mkdocs":  # Zensical ships its bundle without a source map
        source_map = json.loads(script.with_name(script.name + ".map").read_text(encoding="utf-8"))
        assert source_map["file"] == script.name
        assert source_map["mappings"].startswith(";")
    pages = sorted(site.rglob("*.html"))
    loading = [p for p in pages if SCRIPT.search(p.read_text(encoding="utf-8"))]
    assert len(loading) > 20
    for page in loading:
        (src,) = SCRIPT.findall(page.read_text(encoding="utf-8"))
        target = site / src.lstrip("/") if src.startswith("/") else page.parent / src  # 404.html: from the root
        assert target.resolve() == script.resolve(), f"{page}: {src}"
