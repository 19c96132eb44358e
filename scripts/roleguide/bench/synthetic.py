"""Synthetic content for the benchmark: the real content/ grown to N sections, valid for the same schema.

The real sections stay (the comparison table refers to them); the others are copies of them under new
ids and titles. When there are more sections than fit in one navigation group, they are nested in
parts of at most FANOUT entries, so each page's navigation lists only its own group.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

FANOUT = 10


def nested_parts(ids: list[str], label: str = "", fanout: int = FANOUT) -> dict[str, list[Any]]:
    """The body of a part holding `ids`: the ids themselves, or at most `fanout` smaller parts."""
    if len(ids) <= fanout:
        return {"sections": ids}
    size = 1
    while size * fanout < len(ids):
        size *= fanout  # each smaller part holds a full subtree
    parts = []
    for i, start in enumerate(range(0, len(ids), size), 1):
        name = f"{label}.{i}" if label else str(i)
        parts.append(
            {
                "id": f"group-{name.replace('.', '-')}",
                "title": f"Group {name}",
                **nested_parts(ids[start : start + size], name, fanout),
            }
        )
    return {"parts": parts}


def synthetic_content(source: Path, target: Path, count: int, fanout: int = FANOUT) -> list[str]:
    """Write content/ for `count` sections into target (a copy of source plus copies of its sections).
    Returns the section ids in reading order."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    guide = yaml.safe_load((target / "guide.yml").read_text(encoding="utf-8"))
    real = [sid for part in guide["parts"] for sid in _section_ids(part)]
    if count < len(real):
        raise ValueError(f"{count} sections: the synthetic guide keeps the {len(real)} real ones, ask for more")
    ids = list(real[:count])
    for i in range(count - len(ids)):
        original = real[i % len(real)]
        section = yaml.safe_load((source / "sections" / f"{original}.yml").read_text(encoding="utf-8"))
        section["id"] = f"{original}-{i + 1:04d}"
        section["title"] = f"{section['title'][:70]} {i + 1}"
        section["nav_title"] = f"{section['nav_title'][:70]} {i + 1}"
        section.pop("search_aliases", None)  # an alias leads to one page only: the original's
        (target / "sections" / f"{section['id']}.yml").write_text(
            yaml.safe_dump(section, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        ids.append(section["id"])
    for path in (target / "sections").glob("*.yml"):
        if path.stem not in ids:
            path.unlink()
    guide["parts"] = [{"id": "guide", "title": "The guide", **nested_parts(ids, "", fanout)}]
    (target / "guide.yml").write_text(yaml.safe_dump(guide, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return ids


def _section_ids(part: dict[str, Any]) -> list[str]:
    return list(part.get("sections", [])) + [sid for sub in part.get("parts", []) for sid in _section_ids(sub)]
