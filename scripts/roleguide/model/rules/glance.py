"""The comparison and infographic pages ("at a glance"): their URLs, their fixed anchors, and the
rules that keep content ids from colliding with them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .files import Aspect, Category, ComparisonFile, SectionFile

Found = tuple[str, tuple[str | int, ...], str]  # (file key, field path, message): a guide.Problem

COMPARISON_PAGE = "comparison"
INFOGRAPHIC_PAGE = "infographic"
GLANCE_PAGES = (COMPARISON_PAGE, INFOGRAPHIC_PAGE)

# Ids the comparison page itself uses; every other id on it is an aspect id (one per row).
COMPARISON_ANCHORS = frozenset({"top", "rg-filter-label"})


def grouped(comparison: ComparisonFile) -> list[tuple[Category, list[Aspect]]]:
    """The rows in reading order: each category (in file order) with its aspects (in file order)."""
    return [(c, [a for a in comparison.aspects if a.category == c.id]) for c in comparison.categories]


def check_glance_ids(ckey: str, comparison: ComparisonFile, sections: Mapping[str, SectionFile]) -> Iterator[Found]:
    for key, section in sections.items():
        if section.id in GLANCE_PAGES:
            yield (key, ("id",), f"section id '{section.id}' is the address of a generated page; choose another")
    for i, aspect in enumerate(comparison.aspects):
        if aspect.id in COMPARISON_ANCHORS:
            yield (ckey, ("aspects", i, "id"), f"aspect id '{aspect.id}' is reserved on the comparison page")
