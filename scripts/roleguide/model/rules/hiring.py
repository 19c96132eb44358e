"""The rules that tie content/hiring.yml to the rest of the guide: one entry per role, sections and
comparison rows that exist, sources that make sense, no part of an ad left empty for a role, and links
from sections that exist."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ...problems import Problem, duplicates, expected_keys
from ..pages import hiring_anchors
from ..schema.files import ComparisonFile, SectionFile
from ..schema.hiring import ASPECT_TAKE, SECTION_TAKES, SHARED_BLOCK, AdSource, HiringFile
from ..schema.ownership import OwnershipFile

# Anchors the page template uses itself; a part id may not take one of them.
PAGE_ANCHORS = frozenset(hiring_anchors([]))


def source_lines(
    source: AdSource,
    role_id: str,
    sections: dict[str, SectionFile],
    comparison: ComparisonFile,
    ownership: OwnershipFile,
) -> int:
    """How many lines a source gives the ad of one role (0 when there is nothing to take)."""
    if source.take == ASPECT_TAKE:
        aspect = next(a for a in comparison.aspects if a.id == source.aspect)
        if aspect.cells is not None:
            return len(aspect.cells.get(role_id, []))
        cells = sections[aspect.section].roles.get(role_id) if aspect.section in sections else None
        return len(cells.facts) if cells else 0
    if source.take not in SECTION_TAKES:
        return sum(1 for g in ownership.groups for a in g.activities if a.roles.get(role_id) == source.take)
    section = sections[source.section or ""]
    block = section.shared if source.block == SHARED_BLOCK else section.roles.get(role_id)
    if block is None:
        return 0
    if source.take == "summary":
        return 1
    return len(getattr(block, source.take))


def check_hiring(
    key: str,
    file: HiringFile,
    role_ids: list[str],
    sections: Iterable[SectionFile],
    comparison: ComparisonFile,
    ownership: OwnershipFile,
) -> Iterator[Problem]:
    """Cross-file rules of content/hiring.yml, as Problems (file key, field path, what to do)."""
    by_id = {s.id: s for s in sections}
    aspect_ids = [a.id for a in comparison.aspects]
    yield from expected_keys(key, ("roles",), file.roles, role_ids, "role", "add a '{}:' entry with its description")
    yield from duplicates(key, ((("ad", i, "id"), part.id) for i, part in enumerate(file.ad)), "part id")
    for i, section_id in enumerate(file.linked_from):
        if section_id not in by_id:
            known = ", ".join(sorted(by_id))
            yield Problem(key, ("linked_from", i), f"no section has id '{section_id}'; use one of: {known}")
    yield from duplicates(key, ((("linked_from", i), s) for i, s in enumerate(file.linked_from)), "section id")
    for i, part in enumerate(file.ad):
        if part.id in PAGE_ANCHORS:
            yield Problem(key, ("ad", i, "id"), f"id '{part.id}' is reserved on this page; choose another")
        usable = True
        for j, source in enumerate(part.take_from):
            loc = ("ad", i, "from", j)
            problem = _source_problem(source, by_id, aspect_ids)
            if problem:
                usable = False
                yield Problem(key, (*loc, problem[0]), problem[1])
        if not usable:
            continue
        for role_id in role_ids:
            if not sum(source_lines(s, role_id, by_id, comparison, ownership) for s in part.take_from):
                yield Problem(
                    key,
                    ("ad", i, "from"),
                    f"gives the ad of role '{role_id}' no line at all (nothing to take there); take from "
                    "another place or remove the part",
                )


def _source_problem(source: AdSource, sections: dict[str, SectionFile], aspects: list[str]) -> tuple[str, str] | None:
    """The field and the message of what is wrong with one source, or None."""
    if source.take == ASPECT_TAKE:
        if source.section is not None or source.block != "role":
            return "section", "'cells' takes a row of the comparison table: leave out section and block"
        if source.aspect is None:
            return "aspect", "'cells' takes a row of the comparison table: name it with 'aspect: <id>'"
        if source.aspect not in aspects:
            return "aspect", f"no row of comparison.yml has id '{source.aspect}'; use one of: {', '.join(aspects)}"
        return None
    if source.aspect is not None:
        return "aspect", f"only 'cells' takes a row of the comparison table; leave out aspect for '{source.take}'"
    if source.take not in SECTION_TAKES:
        if source.section is not None or source.block != "role":
            return "section", f"'{source.take}' takes the rows of the ownership matrix: leave out section and block"
        return None
    if source.section is None:
        return "section", f"'{source.take}' takes from a section: name it with 'section: <id>'"
    if source.section not in sections:
        return "section", f"no section has id '{source.section}'; use one of: {', '.join(sorted(sections))}"
    if source.block == SHARED_BLOCK and source.take == "summary":
        return "take", "a shared block has no summary; take its 'points' or 'facts', or the role's own block"
    return None
