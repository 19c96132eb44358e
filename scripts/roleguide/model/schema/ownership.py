"""content/ownership.yml: the "Who owns what" matrix (its rules: rules/ownership.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from ..text import ALIASES_HELP, STRICT, Alias, Description, Id, Label, Text
from .links import SectionLink

Level = Literal["decides", "contributes", "informed"]
LEVELS: tuple[Level, ...] = ("decides", "contributes", "informed")


class LevelText(BaseModel):
    model_config = STRICT
    label: Label = Field(description="The word shown in the matrix cell, for example 'Decides'.")
    description: Text = Field(description="What the level means, for the legend.")


class Legend(BaseModel):
    model_config = STRICT
    decides: LevelText = Field(description="The role holds the main authority and answers for the outcome.")
    contributes: LevelText = Field(description="The role takes part in the work or the decision.")
    informed: LevelText = Field(description="The role is kept up to date but does not act on it.")


class Activity(BaseModel):
    model_config = STRICT
    id: Id = Field(description="Stable id: the row's anchor is /ownership/#<id>.")
    title: Label = Field(description="The decision or activity, for example 'Product roadmap'.")
    roles: dict[Id, Level] = Field(description="Keyed by role id: decides, contributes or informed.")
    why: Text = Field(description="Why the ratings are what they are, from the section named in `source`.")
    source: SectionLink = Field(description="The section (and block) of the guide that states this.")


class Group(BaseModel):
    model_config = STRICT
    id: Id = Field(description="Stable id: the group's heading anchor is /ownership/#<id>.")
    title: Label = Field(description="Heading of this group of rows.")
    activities: list[Activity] = Field(min_length=1, description="The rows of this group, in order.")


class OwnershipFile(BaseModel):
    """content/ownership.yml: the page at /ownership/, one row per decision or activity."""

    model_config = STRICT
    title: Label = Field(description="Heading of the page (its h1).")
    nav_title: Label = Field(description="Short title for the navigation and the home page card.")
    description: Description = Field(description="Page description for search engines and previews.")
    search_aliases: list[Alias] = Field(default_factory=list, description=ALIASES_HELP)
    summary: Text = Field(description="What the page shows, in one or two sentences; opens the page and its card.")
    intro: list[Text] = Field(min_length=1, description="How to read the matrix, one paragraph each.")
    legend: Legend
    groups: list[Group] = Field(min_length=1, description="Groups of rows, in order.")
