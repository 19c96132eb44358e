"""Links that content files write: a spot (a page id and an optional anchor), and a link into a
section page. The rules in rules/links.py check each one against the anchors the site really has."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..text import STRICT, Id, PageId


# One place on the site a link can point at. The questions on the home page, the glossary's "see"
# links and the redirects all point at spots. (No docstring: it would become the JSON Schema's
# description of every field that holds a spot.)
class Spot(BaseModel):
    model_config = STRICT
    page: PageId = Field(
        description=(
            "Id of the page: a section id, or index (home), comparison, infographic, which-role-fits-you, "
            "ownership, hiring, hiring/<role id> (a job-description starter), glossary or topics."
        )
    )
    anchor: Id | None = Field(
        default=None,
        description="Id of the spot on that page, for example 'product' or a comparison row. Leave it out for the top.",
    )

    def __str__(self) -> str:
        return self.page + (f"#{self.anchor}" if self.anchor else "")


class SectionLink(BaseModel):
    model_config = STRICT
    section: Id = Field(description="Id of the section that backs this, from content/sections/.")
    anchor: Id | None = Field(
        default=None,
        description=(
            "Block of that section to link to: a role id, 'shared', or 'in-the-comparison' (its rows of the "
            "comparison table). Leave it out for the top of the page."
        ),
    )
