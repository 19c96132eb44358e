"""The rules that keep content ids off the comparison and infographic pages ("at a glance"): their
addresses, and the ids the comparison page uses itself."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ...problems import Problem
from ..pages import GLANCE_PAGES
from ..schema.files import ComparisonFile, SectionFile

# Ids the comparison page itself uses; every other id on it is an aspect id (one per row).
COMPARISON_ANCHORS = frozenset({"top", "rg-filter-label"})


def check_glance_ids(ckey: str, comparison: ComparisonFile, sections: Mapping[str, SectionFile]) -> Iterator[Problem]:
    for key, section in sections.items():
        if section.id in GLANCE_PAGES:
            yield Problem(key, ("id",), f"section id '{section.id}' is the address of a generated page; choose another")
    for i, aspect in enumerate(comparison.aspects):
        if aspect.id in COMPARISON_ANCHORS:
            yield Problem(ckey, ("aspects", i, "id"), f"aspect id '{aspect.id}' is reserved on the comparison page")
