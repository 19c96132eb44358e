"""The benchmark's synthetic guides: valid for the real schema, and nested so each group stays small."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import ROOT
from roleguide.bench.synthetic import FANOUT, nested_parts, synthetic_content
from roleguide.load import load_guide


def widths(part: dict[str, Any]) -> list[int]:
    """The number of entries of this part and of every smaller part in it."""
    own = len(part.get("sections") or part.get("parts"))
    return [own] + [w for sub in part.get("parts", []) for w in widths(sub)]


def test_synthetic_guide_is_valid_content(tmp_path: Path) -> None:
    ids = synthetic_content(ROOT / "content", tmp_path / "content", 150)
    guide = load_guide(tmp_path / "content")
    real = load_guide(ROOT / "content")
    assert [s.id for s in guide.sections] == ids and len(ids) == 150
    assert ids[: len(real.sections)] == [s.id for s in real.sections]
    assert len({s.title for s in guide.sections}) == 150, "titles must differ, as in a real guide"


def test_nesting_keeps_every_group_small() -> None:
    ids = [f"s{i}" for i in range(1000)]
    body = nested_parts(ids)
    assert max(widths(body)) <= FANOUT
    assert len(body["parts"]) == 10 and len(body["parts"][0]["parts"]) == 10
    assert body["parts"][0]["parts"][0]["sections"] == ids[:10]
    assert nested_parts(ids[:10]) == {"sections": ids[:10]}
    assert [len(p["sections"]) for p in nested_parts(ids[:25])["parts"]] == [10, 10, 5]


def test_the_benchmark_copies_every_source_and_no_generated_page(tmp_path: Path) -> None:
    """A source of assets/ that shares its path with a generated file of docs/ (assets/charter.js
    imports assets/javascripts/charter.js; the generator writes docs/assets/javascripts/charter.js)
    is copied; the generated files are not."""
    from roleguide.bench.run import copy_project

    copy_project(tmp_path)
    assert (tmp_path / "assets" / "javascripts" / "charter.js").is_file()
    assert not (tmp_path / "docs" / "assets" / "javascripts" / "charter.js").exists()
    assert not (tmp_path / "docs" / "overview.md").exists()
