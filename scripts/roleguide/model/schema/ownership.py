"""content/ownership.yml: the "Who owns what" matrix, and the rules that tie it to the rest of the
guide (roles and sections that must exist, anchors that must be unique on the page)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, Field

from .assessment import LinkTargets, SectionLink, check_link
from .guide import Loc, Problem, _duplicates, _role_keys
from .text import STRICT, Description, Id, Label, Text

Level = Literal["decides", "contributes", "informed"]
LEVELS: tuple[Level, ...] = ("decides", "contributes", "informed")
# Anchors the page template uses itself; a group or activity id may not take one of them.
PAGE_ANCHORS = frozenset({"top", "legend"})


class LevelText(BaseModel):
    model_config = STRICT
    label: Label = Field(description="The word shown in the matrix cell, for example 'Decides'.")
    description: Text = Field(description="What the level means, for the legend.")


class Legend(BaseModel):
    model_config = STRICT
    decides: LevelText = Field(description="The role has the final say.")
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
    summary: Text = Field(description="What the page shows, in one or two sentences; opens the page and its card.")
    intro: list[Text] = Field(min_length=1, description="How to read the matrix, one paragraph each.")
    legend: Legend
    groups: list[Group] = Field(min_length=1, description="Groups of rows, in order.")


def check_ownership(key: str, file: OwnershipFile, role_ids: list[str], targets: LinkTargets) -> Iterator[Problem]:
    """Cross-file rules of content/ownership.yml, as Problems (file key, field path, what to do)."""
    anchors: list[tuple[Loc, str]] = []  # in the order of the file, so the later one is reported
    for i, group in enumerate(file.groups):
        anchors.append((("groups", i, "id"), group.id))
        anchors += [(("groups", i, "activities", j, "id"), a.id) for j, a in enumerate(group.activities)]
    yield from _duplicates(key, anchors, "group or activity id")
    for loc, anchor in anchors:
        if anchor in PAGE_ANCHORS:
            yield Problem(key, loc, f"id '{anchor}' is reserved on this page; choose another")
    for i, group in enumerate(file.groups):
        for j, activity in enumerate(group.activities):
            loc = ("groups", i, "activities", j)
            yield from _role_keys(key, (*loc, "roles"), activity.roles, role_ids)
            levels = [activity.roles[r] for r in role_ids if r in activity.roles]
            if levels and "decides" not in levels and "contributes" not in levels:
                yield Problem(
                    key, (*loc, "roles"), "no role decides or contributes: a row needs a role that acts on it"
                )
            if levels.count("decides") > 1:
                yield Problem(
                    key,
                    (*loc, "roles"),
                    "more than one role decides: the matrix gives each row one owner; make the other 'contributes'",
                )
            yield from check_link(key, (*loc, "source"), activity.source, targets)
