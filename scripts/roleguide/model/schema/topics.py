"""content/topics.yml: the topics that sections and comparison rows carry, for the topics page.

Section pages show the titles of their topics as tags that link to the topic's heading on the topics
page, whose anchor is the topic's id: a reworded title keeps every link.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..text import ALIASES_HELP, STRICT, Alias, Description, Id, Label, Text


class Topic(BaseModel):
    model_config = STRICT
    id: Id = Field(
        description=(
            "Stable id, used in the topics: lists of sections and rows. It is the topic's anchor "
            "(/topics/#<id>): keep it when the title changes."
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
    search_aliases: list[Alias] = Field(default_factory=list, description=ALIASES_HELP)
    summary: Text = Field(description="What the page offers, in one or two sentences; opens the page and its card.")
    topics: list[Topic] = Field(min_length=1, description="The topics, in the order the topics page lists them.")
