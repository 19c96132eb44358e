"""content/hiring.yml: the job-description starters, an index at /hiring/ and one page per role at
/hiring/<role id>/ (its rules: rules/hiring.py).

The file holds the pages' own words and the outline of the ad. Every line of the ad comes from the
guide, by reference, so no fact is typed twice: a block of a section (its summary, points or facts),
the role's cells of a row of the comparison table, or the rows of the ownership matrix where the role
has a given level. Each page links every line to the spot that states it.
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, Field

from ..text import ALIASES_HELP, STRICT, Alias, Description, Id, Label, Text

# What a part of the ad can take from a section block: its summary (a paragraph), or its points or
# facts (a bullet each). From a row of the comparison table, the role's cells (a bullet each). Or,
# from the ownership matrix, the titles of the rows where the role has that level (a bullet each).
SECTION_TAKES = ("summary", "points", "facts")
ASPECT_TAKE = "cells"
Take = Literal["summary", "points", "facts", "cells", "decides", "contributes", "informed"]
ROLE_BLOCK: Final = "role"
SHARED_BLOCK: Final = "shared"


class AdSource(BaseModel):
    model_config = STRICT
    take: Take = Field(
        description=(
            "What to take: 'summary' (a paragraph), 'points' or 'facts' (a bullet each) of a section's "
            "block; 'cells': the role's cells of a row of the comparison table (a bullet each, linked to "
            "the row); or 'decides', 'contributes' or 'informed': the rows of the ownership matrix where "
            "the role has that level (a bullet each, linked to the row)."
        )
    )
    section: Id | None = Field(
        default=None,
        description="Id of the section to take it from (for summary, points and facts; leave it out otherwise).",
    )
    aspect: Id | None = Field(
        default=None,
        description="Id of the row of content/comparison.yml to take the cells of (for 'cells' only).",
    )
    block: Literal["role", "shared"] = Field(
        default=ROLE_BLOCK,
        description="The role's own block of that section (the default), or its 'shared' block (points and facts).",
    )


class AdPart(BaseModel):
    model_config = STRICT
    id: Id = Field(description="Stable id: the part's heading anchor is /hiring/<role id>/#<id>.")
    heading: Label = Field(description="Heading of this part of the ad, for example 'What you will do'.")
    take_from: list[AdSource] = Field(
        alias="from", min_length=1, description="Where the lines of this part come from, in order."
    )


class HiringRole(BaseModel):
    model_config = STRICT
    nav_title: Label = Field(
        description=(
            "Short title of this role's page, for the navigation and the browser tab, for example "
            "'Product manager job ad'."
        )
    )
    description: Description = Field(
        description="Description of this role's page for search engines and link previews."
    )
    search_aliases: list[Alias] = Field(default_factory=list, description=ALIASES_HELP)


class HiringFile(BaseModel):
    """content/hiring.yml: the job-description starters, an index page and one page per role."""

    model_config = STRICT
    title: Label = Field(description="Heading of the index page at /hiring/ (its h1).")
    nav_title: Label = Field(description="Short title of the index page, for the navigation and the home page card.")
    description: Description = Field(description="Description of the index page for search engines and previews.")
    search_aliases: list[Alias] = Field(default_factory=list, description=ALIASES_HELP)
    summary: Text = Field(
        description="What the pages offer, in one or two sentences; opens the index page and its card."
    )
    page_title: Label = Field(
        description="Start of each role page's heading; the role's name follows it after a colon."
    )
    intro: list[Text] = Field(min_length=1, description="What a role page is and how to use it, one paragraph each.")
    roles: dict[Id, HiringRole] = Field(description="One entry per role id from guide.yml: its page's description.")
    ad: list[AdPart] = Field(min_length=1, description="The parts of the ad, in order.")
    linked_from: list[Id] = Field(
        default_factory=list,
        description="Ids of the sections whose page ends with a link to the starters (for example 'choosing').",
    )
