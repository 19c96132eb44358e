"""The rules that tie content/infographic.yml to the sections and the ownership matrix it draws from:
sections that must exist, phases that must be the lifecycle section's, matrix rows that must exist."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ...problems import Loc, Problem, duplicates
from ..schema.files import SectionFile
from ..schema.infographic import InfographicFile
from ..schema.ownership import OwnershipFile

PANELS = ("skills", "career", "tools", "metrics")


def check_infographic(
    key: str, file: InfographicFile, sections: Iterable[SectionFile], ownership: OwnershipFile
) -> Iterator[Problem]:
    """Cross-file rules of content/infographic.yml, as Problems (file key, field path, what to do)."""
    by_id = {s.id: s for s in sections}
    known = ", ".join(sorted(by_id))
    pointers: list[tuple[Loc, str]] = [(("focus",), file.focus), (("lifecycle", "section"), file.lifecycle.section)]
    pointers += [((panel, "section"), getattr(file, panel).section) for panel in PANELS]
    for loc, section_id in pointers:
        if section_id not in by_id:
            yield Problem(key, loc, f"no section has id '{section_id}'; use one of: {known}")
    lifecycle = by_id.get(file.lifecycle.section)
    if lifecycle is not None and not lifecycle.shared.facts:
        yield Problem(
            key,
            ("lifecycle", "section"),
            f"section '{lifecycle.id}' lists no facts in its shared block; the phases are those facts, add them there",
        )
    phases = list(lifecycle.shared.facts) if lifecycle is not None and lifecycle.shared.facts else None
    activities = {a.id for group in ownership.groups for a in group.activities}
    rows = file.lifecycle.rows
    yield from duplicates(key, ((("lifecycle", "rows", i, "activity"), r.activity) for i, r in enumerate(rows)), "row")
    for i, row in enumerate(rows):
        loc = ("lifecycle", "rows", i)
        if row.activity not in activities:
            yield Problem(
                key, (*loc, "activity"), f"no row of the ownership matrix has id '{row.activity}'; use one of its rows"
            )
        yield from duplicates(key, (((*loc, "phases", j), p) for j, p in enumerate(row.phases)), "phase")
        if phases is None:
            continue
        for j, phase in enumerate(row.phases):
            if phase not in phases:
                yield Problem(
                    key,
                    (*loc, "phases", j),
                    f"'{phase}' is not a phase of section '{file.lifecycle.section}'; use one of: {', '.join(phases)}",
                )
