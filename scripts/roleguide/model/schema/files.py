"""The models of content/guide.yml, content/sections/*.yml and content/comparison.yml, the files that
every other file refers to."""

from __future__ import annotations

import datetime

from pydantic import BaseModel, Field, model_validator

from ..text import ALIASES_HELP, STRICT, Alias, Description, Id, Label, Text


class Role(BaseModel):
    model_config = STRICT
    id: Id = Field(description="Stable id of the role, used as the key of its blocks in every section.")
    name: Label = Field(description="Full job title, for example 'Technical Product Manager'.")
    short: Label = Field(description="Abbreviation used in tables and badges, for example 'TPM'.")
    summary: Text = Field(description="One line that says what this role is about.")


class Source(BaseModel):
    model_config = STRICT
    title: Label = Field(description="Title of the article this guide draws its facts from.")
    subtitle: Label = Field(description="Subtitle of that article (after the colon).")
    author: Label = Field(description="Author of that article.")
    updated: datetime.date = Field(description="Date the article was last updated (YYYY-MM-DD).")
    disclaimer: Text = Field(description="What the guide is and is not, in our own words.")


class Part(BaseModel):
    """A group of sections in the navigation. It holds sections, or smaller groups (parts) when there
    are many: the navigation then shows only the open group's pages on each page, so each page stays
    small however long the guide grows."""

    model_config = STRICT
    id: Id = Field(description="Stable id of this group of sections.")
    title: Label = Field(description="Heading of the group in the navigation.")
    sections: list[Id] = Field(
        default_factory=list, description="Ids of the sections in this group, in order (or use parts)."
    )
    parts: list[Part] = Field(
        default_factory=list, description="Smaller groups inside this one, in order (instead of sections)."
    )

    @model_validator(mode="after")
    def _sections_or_parts(self) -> Part:
        if bool(self.sections) == bool(self.parts):
            raise ValueError("list either its 'sections' or its 'parts' (smaller groups): exactly one of the two")
        return self

    def section_ids(self) -> list[str]:
        """The ids of every section in this group and its smaller groups, in reading order."""
        return list(self.sections) + [sid for part in self.parts for sid in part.section_ids()]


class GuideFile(BaseModel):
    """content/guide.yml: the site, the two roles, the source and the reading order."""

    model_config = STRICT
    site_name: Label = Field(description="Name of the site, shown in the header and in page titles.")
    title: Label = Field(description="Heading of the home page.")
    description: Description = Field(description="Description of the whole site (home page meta tag).")
    search_aliases: list[Alias] = Field(default_factory=list, description=ALIASES_HELP)
    intro: list[Text] = Field(min_length=1, description="Paragraphs that open the home page.")
    in_short: Text = Field(description="The difference in one sentence, shown under the home heading.")
    roles: list[Role] = Field(min_length=2, max_length=2, description="The two roles being compared.")
    source: Source
    parts: list[Part] = Field(min_length=1, description="The sections in reading order, in groups.")


class RoleBlock(BaseModel):
    model_config = STRICT
    heading: Label = Field(description="Heading of this role's block; its #anchor is the role id.")
    label: Label = Field(description="This role here in a few words, for cards and the infographic.")
    summary: Text = Field(description="What this role does in this area, in one or two sentences.")
    points: list[Text] = Field(min_length=1, description="Statements about this role in this area.")
    facts: list[Label] = Field(
        min_length=1,
        description="Short named facts (tools, metrics, titles, teams...). They fill the comparison table.",
    )


class SharedBlock(BaseModel):
    model_config = STRICT
    heading: Label = Field(description="Heading of the block on what both roles share (#shared).")
    points: list[Text] = Field(min_length=1, description="What both roles have in common here.")
    facts: list[Label] = Field(default_factory=list, description="Short named facts both roles share.")


class SectionFile(BaseModel):
    """content/sections/<id>.yml: one section of the guide, one page of the site at /<id>/."""

    model_config = STRICT
    id: Id = Field(description="Stable id: the page URL is /<id>/. It must match the file name.")
    title: Label = Field(description="Full heading of the section (the page's h1).")
    nav_title: Label = Field(description="Short title for the navigation, cards and search results.")
    description: Description = Field(description="Page description for search engines and previews.")
    search_aliases: list[Alias] = Field(default_factory=list, description=ALIASES_HELP)
    summary: Text = Field(description="The section in two or three sentences; opens the page.")
    search_boost: float = Field(
        default=1.0, ge=0.1, le=10.0, description="Weight of this page in search results (1 is normal)."
    )
    roles: dict[Id, RoleBlock] = Field(description="One block per role id from guide.yml.")
    shared: SharedBlock
    topics: list[Id] = Field(min_length=1, description="Ids of the topics of this section, from content/topics.yml.")


class Category(BaseModel):
    model_config = STRICT
    id: Id = Field(description="Stable id of the category; the comparison filter uses it.")
    title: Label = Field(description="Name of the category, for example 'Strategy'.")
    description: Text = Field(description="What the rows of this category have in common.")


class Aspect(BaseModel):
    model_config = STRICT
    id: Id = Field(description="Stable id: the row's anchor is /comparison/#<id>.")
    title: Label = Field(description="Name of the aspect, shown in the first column.")
    category: Id = Field(description="Id of a category in this file.")
    section: Id = Field(description="Id of the section that explains this aspect.")
    cells: dict[Id, list[Label]] | None = Field(
        default=None,
        description=(
            "What each role does, keyed by role id. Leave it out to use the facts of the section's role "
            "blocks instead, so that no fact is written twice."
        ),
    )
    topics: list[Id] = Field(min_length=1, description="Ids of the topics of this row, from content/topics.yml.")


class ComparisonFile(BaseModel):
    """content/comparison.yml: the rows of the comparison table, grouped into categories."""

    model_config = STRICT
    search_aliases: list[Alias] = Field(default_factory=list, description=ALIASES_HELP)
    categories: list[Category] = Field(min_length=1)
    aspects: list[Aspect] = Field(min_length=1, description="Rows of the comparison table, in order.")


def grouped(comparison: ComparisonFile) -> list[tuple[Category, list[Aspect]]]:
    """The rows in reading order: each category (in file order) with its aspects (in file order)."""
    return [(c, [a for a in comparison.aspects if a.category == c.id]) for c in comparison.categories]
