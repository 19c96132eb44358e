"""The rules of the guide's frame: the roles, parts and sections of guide.yml, the section files, and
the categories and rows of comparison.yml (ids that must exist, ids that must be unique)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ...problems import Loc, Problem, duplicates, role_keys
from ..pages import SECTION_ANCHORS
from ..schema.files import ComparisonFile, GuideFile, Part, SectionFile


def check_guide(gkey: str, site: GuideFile, sections: Mapping[str, SectionFile]) -> Iterator[Problem]:
    section_ids = {s.id for s in sections.values()}
    yield from duplicates(gkey, ((("roles", i, "id"), r.id) for i, r in enumerate(site.roles)), "role id")
    yield from duplicates(gkey, ((("roles", i, "short"), r.short) for i, r in enumerate(site.roles)), "short name")
    for i, role in enumerate(site.roles):
        if role.id in SECTION_ANCHORS:
            yield Problem(gkey, ("roles", i, "id"), f"role id '{role.id}' is reserved; choose another")
    parts = list(_walk_parts(site.parts))
    yield from duplicates(gkey, (((*loc, "id"), p.id) for loc, p in parts), "part id")
    listed = [((*loc, "sections", j), s) for loc, p in parts for j, s in enumerate(p.sections)]
    yield from duplicates(gkey, listed, "section in parts")
    for loc, sid in listed:
        if sid not in section_ids:
            yield Problem(gkey, loc, f"no section has id '{sid}': add content/sections/{sid}.yml or fix the id")
    listed_ids = {sid for _, sid in listed}
    for key, section in sections.items():
        if section.id not in listed_ids:
            yield Problem(key, ("id",), f"section '{section.id}' is in no part: add it to parts in {gkey}")


def _walk_parts(parts: list[Part], loc: Loc = ()) -> Iterator[tuple[Loc, Part]]:
    """Every part and smaller part, in reading order, with its field path in guide.yml."""
    for i, part in enumerate(parts):
        yield (*loc, "parts", i), part
        yield from _walk_parts(part.parts, (*loc, "parts", i))


def check_comparison(ckey: str, comp: ComparisonFile, role_ids: list[str], section_ids: set[str]) -> Iterator[Problem]:
    categories = ((("categories", i, "id"), c.id) for i, c in enumerate(comp.categories))
    yield from duplicates(ckey, categories, "category id")
    yield from duplicates(ckey, ((("aspects", i, "id"), a.id) for i, a in enumerate(comp.aspects)), "aspect id")
    category_ids = [c.id for c in comp.categories]
    for i, aspect in enumerate(comp.aspects):
        if aspect.category not in category_ids:
            yield Problem(
                ckey,
                ("aspects", i, "category"),
                f"no category has id '{aspect.category}'; use one of: {', '.join(category_ids)}",
            )
        if aspect.section not in section_ids:
            yield Problem(
                ckey,
                ("aspects", i, "section"),
                f"no section has id '{aspect.section}'; use one of: {', '.join(sorted(section_ids))}",
            )
        if aspect.cells is not None:
            yield from role_keys(ckey, ("aspects", i, "cells"), aspect.cells, role_ids)
            for role_id, cell in aspect.cells.items():
                if not cell:
                    yield Problem(ckey, ("aspects", i, "cells", role_id), "the list is empty: name at least one item")
    used = {a.category for a in comp.aspects}
    for i, category in enumerate(comp.categories):
        if category.id not in used:
            yield Problem(ckey, ("categories", i, "id"), f"category '{category.id}' has no aspect: use it or remove it")
