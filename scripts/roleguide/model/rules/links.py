"""Links into the site: the page (or section) must exist and the anchor must be on its page.

The questions, the glossary's "see" links and the redirects point at spots (any page); the
self-assessment and the ownership matrix link into section pages.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping

from ...problems import Loc, Problem
from ..pages import COMPARISON_ANCHOR, SHARED_ANCHOR
from ..schema.files import ComparisonFile, SectionFile
from ..schema.links import SectionLink, Spot

Anchors = Mapping[str, list[str]]
"""Each page id with the anchors its page has, in page order."""

LinkTargets = Mapping[str, list[str]]
"""Each section id with the anchors its page has."""


def check_target(
    key: str, loc: Loc, field: str, target: str, anchor: str | None, anchors: Anchors, owner: str
) -> Iterator[Problem]:
    """A link to `target` (a page id, or a section id under `field`) and an optional anchor: the target
    must exist and the anchor must be on its page. `owner` names that page in the message."""
    if target not in anchors:
        yield Problem(key, (*loc, field), f"no {field} has id '{target}'; use one of: {', '.join(anchors)}")
    elif anchor is not None and anchor not in anchors[target]:
        yield Problem(
            key,
            (*loc, "anchor"),
            f"{owner} has no anchor '{anchor}'; use one of: "
            f"{', '.join(anchors[target])}, or leave it out for the top of the page",
        )


def check_spot(key: str, loc: Loc, spot: Spot, anchors: Anchors) -> Iterator[Problem]:
    """The page must exist and the anchor must be one of its anchors."""
    return check_target(key, loc, "page", spot.page, spot.anchor, anchors, f"the page '{spot.page}'")


def link_targets(sections: Collection[SectionFile], role_ids: list[str], comparison: ComparisonFile) -> LinkTargets:
    """The anchors of each section page, as the section template writes them."""
    compared = {a.section for a in comparison.aspects}
    return {
        s.id: [*role_ids, SHARED_ANCHOR, *([COMPARISON_ANCHOR] if s.id in compared else [])]
        for s in sorted(sections, key=lambda s: s.id)
    }


def check_link(key: str, loc: Loc, link: SectionLink, targets: LinkTargets) -> Iterator[Problem]:
    """A link into a section page: the section must exist, and the anchor must be on its page."""
    owner = f"the page of section '{link.section}'"
    return check_target(key, loc, "section", link.section, link.anchor, targets, owner)
