"""The assembled guide, and the rules that span files (ids that must exist, ids that must be unique).

The model never reads files: the loader passes each file's model with an opaque key (its path), and
each problem found here names that key and the field path, so the loader can add the YAML line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .files import Aspect, Category, ComparisonFile, GuideFile, Part, Role, SectionFile
from .glance import check_glance_ids

if TYPE_CHECKING:  # these modules import Problem from here, so guide.py imports them lazily
    from .assessment import AssessmentFile
    from .glossary import Entry, GlossaryFile
    from .ownership import OwnershipFile
    from .questions import QuestionsFile
    from .redirects import RedirectsFile
    from .topics import TopicsFile

Loc = tuple[str | int, ...]

# Anchors the section template uses besides the role ids; a role id may not take one of them.
SHARED_ANCHOR = "shared"
# The block of a section page that repeats its comparison rows: its anchor and its heading.
COMPARISON_ANCHOR = "in-the-comparison"
COMPARISON_HEADING = "The facts side by side"
SECTION_ANCHORS = frozenset({SHARED_ANCHOR, "top", COMPARISON_ANCHOR})


@dataclass(frozen=True)
class Problem:
    """A content mistake that spans files: where it is (file key, field path) and what to do."""

    key: str
    loc: Loc
    message: str


@dataclass(frozen=True)
class Guide:
    """Everything the renderer needs, validated and cross-checked. Sections are in reading order."""

    site: GuideFile
    sections: tuple[SectionFile, ...]
    comparison: ComparisonFile
    assessment: AssessmentFile
    ownership: OwnershipFile
    glossary: GlossaryFile
    topics: TopicsFile
    questions: QuestionsFile
    redirects: RedirectsFile
    _by_id: Mapping[str, SectionFile] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {s.id: s for s in self.sections})

    @property
    def roles(self) -> list[Role]:
        return self.site.roles

    def section(self, section_id: str) -> SectionFile:
        return self._by_id[section_id]

    def parts(self) -> Iterator[tuple[str, list[SectionFile]]]:
        for part in self.site.parts:
            yield part.title, [self._by_id[s] for s in part.section_ids()]

    def cells(self, aspect: Aspect) -> dict[str, list[str]]:
        """What each role does for one comparison row: its own cells, or its section's facts."""
        if aspect.cells is not None:
            return {role.id: aspect.cells[role.id] for role in self.roles}
        section = self._by_id[aspect.section]
        return {role.id: section.roles[role.id].facts for role in self.roles}

    def aspects_of(self, section_id: str) -> list[Aspect]:
        return [a for a in self.comparison.aspects if a.section == section_id]

    def category(self, category_id: str) -> Category:
        return next(c for c in self.comparison.categories if c.id == category_id)

    def glossary_entries(self) -> list[Entry]:
        """The glossary in alphabetical order: the terms of glossary.yml and the two roles."""
        from .findability import entries, first_section

        return entries(self.site, self.glossary, first_section(self.site))

    def anchors(self) -> dict[str, list[str]]:
        """Every linkable spot: each page id with the anchors of its page (see findability.py)."""
        from .findability import site_anchors

        return site_anchors(
            self.site, self.sections, self.comparison, self.ownership, self.glossary_entries(), self.topics
        )


def _duplicates(key: str, items: Iterable[tuple[Loc, str]], what: str) -> Iterator[Problem]:
    items = list(items)
    counts = Counter(value for _, value in items)
    seen: set[str] = set()
    for loc, value in items:
        if counts[value] > 1 and value in seen:
            yield Problem(key, loc, f"duplicate {what} '{value}': every {what} must be unique, rename one")
        seen.add(value)


def check_references(files: Mapping[str, tuple[str, Any]], sections: Mapping[str, SectionFile]) -> list[Problem]:
    """All cross-file problems at once. `files` maps each kind of single file ("guide", "comparison",
    ...) to (its key, its model); `sections` maps each section file's key to its model."""
    gkey, site = files["guide"]
    role_ids = [r.id for r in site.roles]
    section_ids = {s.id for s in sections.values()}
    problems = list(_check_guide(gkey, site, sections))
    for key, section in sections.items():
        problems += _role_keys(key, ("roles",), section.roles, role_ids)
    ckey, comparison = files["comparison"]
    problems += _check_comparison(ckey, comparison, role_ids, section_ids)
    from .assessment import check_assessment, check_page_ids, link_targets
    from .ownership import check_ownership

    problems += check_page_ids(sections)
    targets = link_targets(sections.values(), role_ids, comparison)
    problems += check_assessment(*files["assessment"], role_ids, targets)
    problems += check_ownership(*files["ownership"], role_ids, targets)
    problems += [Problem(*found) for found in check_glance_ids(ckey, comparison, sections)]
    from .findability import check_findability

    problems += check_findability(files, sections)
    return problems


def _check_guide(gkey: str, site: GuideFile, sections: Mapping[str, SectionFile]) -> Iterator[Problem]:
    section_ids = {s.id for s in sections.values()}
    yield from _duplicates(gkey, ((("roles", i, "id"), r.id) for i, r in enumerate(site.roles)), "role id")
    yield from _duplicates(gkey, ((("roles", i, "short"), r.short) for i, r in enumerate(site.roles)), "short name")
    for i, role in enumerate(site.roles):
        if role.id in SECTION_ANCHORS:
            yield Problem(gkey, ("roles", i, "id"), f"role id '{role.id}' is reserved; choose another")
    parts = list(_walk_parts(site.parts))
    yield from _duplicates(gkey, (((*loc, "id"), p.id) for loc, p in parts), "part id")
    listed = [((*loc, "sections", j), s) for loc, p in parts for j, s in enumerate(p.sections)]
    yield from _duplicates(gkey, listed, "section in parts")
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


def _check_comparison(ckey: str, comp: ComparisonFile, role_ids: list[str], section_ids: set[str]) -> Iterator[Problem]:
    categories = ((("categories", i, "id"), c.id) for i, c in enumerate(comp.categories))
    yield from _duplicates(ckey, categories, "category id")
    yield from _duplicates(ckey, ((("aspects", i, "id"), a.id) for i, a in enumerate(comp.aspects)), "aspect id")
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
            yield from _role_keys(ckey, ("aspects", i, "cells"), aspect.cells, role_ids)
            for role_id, cell in aspect.cells.items():
                if not cell:
                    yield Problem(ckey, ("aspects", i, "cells", role_id), "the list is empty: name at least one item")
    used = {a.category for a in comp.aspects}
    for i, category in enumerate(comp.categories):
        if category.id not in used:
            yield Problem(ckey, ("categories", i, "id"), f"category '{category.id}' has no aspect: use it or remove it")


def expected_keys(
    key: str, loc: Loc, found: Mapping[str, object], keys: list[str], what: str, add: str, unknown: str = ""
) -> Iterator[Problem]:
    """One entry per name in `keys`, and no other. `add` says how to add a missing one ({} is its name);
    `unknown` names an entry that should not be there (default: `what`)."""
    for name in keys:
        if name not in found:
            yield Problem(key, loc, f"missing the {what} '{name}': {add.format(name)}")
    for name in found:
        if name not in keys:
            yield Problem(key, (*loc, name), f"unknown {unknown or what} '{name}'; use one of: {', '.join(keys)}")


def _role_keys(key: str, loc: Loc, blocks: Mapping[str, object], role_ids: list[str]) -> Iterator[Problem]:
    return expected_keys(key, loc, blocks, role_ids, "block for role", "add a '{}:' entry", unknown="role")
