"""content/topics.yml: the topics that sections and comparison rows carry, for the topics page.

Section pages are tagged with the titles of their topics through Material's tags plugin, which makes
each topic's anchor on the topics page from its title. So that the anchor is still the topic's id
(and stays put while the id does), a topic's id must be exactly what the plugin makes of its title.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from pydantic import BaseModel, Field
from pymdownx.slugs import slugify

from .files import ComparisonFile, SectionFile
from .guide import Loc, Problem, _duplicates
from .text import STRICT, Description, Id, Label, Text

# The tags plugin's default slug function (mkdocs.yml sets tags_slugify_format to "{slug}").
_SLUG = slugify(case="lower")
# Anchors the topics page uses itself.
TOPICS_ANCHORS = frozenset({"top"})


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


def check_topics(
    key: str, file: TopicsFile, ckey: str, comparison: ComparisonFile, sections: Mapping[str, SectionFile]
) -> Iterator[Problem]:
    """Topic ids are unique and match their titles; every topic named exists and every topic is used."""
    yield from _duplicates(key, ((("topics", i, "id"), t.id) for i, t in enumerate(file.topics)), "topic id")
    ids = [t.id for t in file.topics]
    for i, topic in enumerate(file.topics):
        if topic.id in TOPICS_ANCHORS:
            yield Problem(key, ("topics", i, "id"), f"id '{topic.id}' is reserved on the topics page; choose another")
        elif tag_anchor(topic.title) != topic.id:
            yield Problem(
                key,
                ("topics", i, "id"),
                f"is '{topic.id}', but the topics page makes the anchor '{tag_anchor(topic.title)}' from the title "
                f"'{topic.title}': make the id '{tag_anchor(topic.title)}', or word the title to match the id",
            )
    used: set[str] = set()
    places: list[tuple[str, Loc, list[str]]] = [(k, ("topics",), s.topics) for k, s in sections.items()]
    places += [(ckey, ("aspects", i, "topics"), a.topics) for i, a in enumerate(comparison.aspects)]
    for file_key, loc, topics in places:
        yield from _duplicates(file_key, (((*loc, j), t) for j, t in enumerate(topics)), "topic in the list")
        for j, topic_id in enumerate(topics):
            used.add(topic_id)
            if topic_id not in ids:
                yield Problem(file_key, (*loc, j), f"no topic has id '{topic_id}'; use one of: {', '.join(ids)}")
    for i, topic in enumerate(file.topics):
        if topic.id not in used:
            yield Problem(
                key, ("topics", i, "id"), f"topic '{topic.id}' is used by no section or row: use it or remove it"
            )
