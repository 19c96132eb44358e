"""The assembled guide, and check_references, which runs every cross-file rule of rules/ at once.

The model never reads files: the loader passes each file's model with an opaque key (its path), and
each problem found here names that key and the field path, so the loader can add the YAML line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..problems import Problem, role_keys
from .rules.assessment import check_assessment, check_page_ids
from .rules.findability import check_findability, first_section, site_anchors
from .rules.glance import check_glance_ids
from .rules.glossary import Entry, entries
from .rules.hiring import check_hiring
from .rules.infographic import check_infographic
from .rules.links import link_targets
from .rules.ownership import check_ownership
from .rules.structure import check_comparison, check_guide
from .schema.assessment import AssessmentFile
from .schema.charter import CharterFile
from .schema.files import Aspect, Category, ComparisonFile, GuideFile, Role, SectionFile
from .schema.glossary import GlossaryFile
from .schema.hiring import HiringFile
from .schema.infographic import InfographicFile
from .schema.ownership import OwnershipFile
from .schema.questions import QuestionsFile
from .schema.redirects import RedirectsFile
from .schema.topics import TopicsFile


@dataclass(frozen=True)
class Guide:
    """Everything the renderer needs, validated and cross-checked. Sections are in reading order."""

    site: GuideFile
    sections: tuple[SectionFile, ...]
    comparison: ComparisonFile
    assessment: AssessmentFile
    ownership: OwnershipFile
    hiring: HiringFile
    charter: CharterFile
    infographic: InfographicFile
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
        return entries(self.site, self.glossary, first_section(self.site))

    def anchors(self) -> dict[str, list[str]]:
        """Every linkable spot: each page id with the anchors of its page (see rules/findability.py)."""
        return site_anchors(
            self.site,
            self.sections,
            self.comparison,
            self.ownership,
            self.hiring,
            self.glossary_entries(),
            self.topics,
        )


def check_references(files: Mapping[str, tuple[str, Any]], sections: Mapping[str, SectionFile]) -> list[Problem]:
    """All cross-file problems at once. `files` maps each kind of single file ("guide", "comparison",
    ...) to (its key, its model); `sections` maps each section file's key to its model."""
    gkey, site = files["guide"]
    role_ids = [r.id for r in site.roles]
    section_ids = {s.id for s in sections.values()}
    problems = list(check_guide(gkey, site, sections))
    for key, section in sections.items():
        problems += role_keys(key, ("roles",), section.roles, role_ids)
    ckey, comparison = files["comparison"]
    problems += check_comparison(ckey, comparison, role_ids, section_ids)
    problems += check_page_ids(sections)
    targets = link_targets(sections.values(), role_ids, comparison)
    problems += check_assessment(*files["assessment"], role_ids, targets)
    problems += check_ownership(*files["ownership"], role_ids, targets)
    problems += check_hiring(*files["hiring"], role_ids, sections.values(), comparison, files["ownership"][1])
    problems += check_infographic(*files["infographic"], sections.values(), files["ownership"][1])
    problems += check_glance_ids(ckey, comparison, sections)
    problems += check_findability(files, sections)
    return problems
