"""content/topics.yml: the topics that sections and comparison rows carry, for the topics page.

Section pages are tagged with the titles of their topics through Material's tags plugin, which makes
each topic's anchor on the topics page from its title. So that the anchor is still the topic's id
(and stays put while the id does), a topic's id must be exactly what the plugin makes of its title
(rules/topics.py checks it).
"""

from __future__ import annotations

from pydantic import BaseModel, Field
from pymdownx.slugs import slugify

from ..text import STRICT, Description, Id, Label, Text

# The tags plugin's default slug function (mkdocs.yml sets tags_slugify_format to "{slug}").
_SLUG = slugify(case="lower")


def tag_anchor(title: str) -> str:
    """The anchor Material's tags plugin gives a tag on the topics page."""
    return _SLUG(title, "-")


class Topic(BaseModel):
    model_config = STRICT
    id: Id = Field(
        description=(
            "Stable id, used in the topics: lists of sections and rows. It is the topic's anchor "
            "(/topics/#<id>) and must equal the title in lowercase with hyphens."
        )
    )
    title: Label = Field(description="Name of the topic, shown on the tags of section pages and on the topics page.")
    description: Text = Field(description="What the places under this topic have in common, in one sentence.")


class TopicsFile(BaseModel):
    """content/topics.yml: the topics page at /topics/."""

    model_config = STRICT
    title: Label = Field(description="Heading of the page (its h1).")
    nav_title: Label = Field(description="Short title for the navigation and the home page card.")
    description: Description = Field(description="Page description for search engines and previews.")
    summary: Text = Field(description="What the page offers, in one or two sentences; opens the page and its card.")
    topics: list[Topic] = Field(min_length=1, description="The topics, in the order the topics page lists them.")
