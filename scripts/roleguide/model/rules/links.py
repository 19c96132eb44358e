"""A spot: one place on the site a link can point at, written as a page id and an optional anchor.

The questions on the home page, the glossary's "see" links and the redirects all point at spots; the
rules in findability.py check each one against the anchors the site really has.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from pydantic import BaseModel, Field

from .guide import Loc, Problem
from .text import STRICT, Id

# Page ids of the generated pages besides the sections (a section's page id is its own id).
HOME_PAGE = "index"
GLOSSARY_PAGE = "glossary"
TOPICS_PAGE = "topics"

Anchors = Mapping[str, list[str]]
"""Each page id with the anchors its page has, in page order."""


class Spot(BaseModel):
    model_config = STRICT
    page: Id = Field(
        description=(
            "Id of the page: a section id, or index (home), comparison, infographic, which-role-fits-you, "
            "ownership, glossary or topics."
        )
    )
    anchor: Id | None = Field(
        default=None,
        description="Id of the spot on that page, for example 'product' or a comparison row. Leave it out for the top.",
    )

    def __str__(self) -> str:
        return self.page + (f"#{self.anchor}" if self.anchor else "")


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
