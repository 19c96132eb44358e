"""The rules of content/topics.yml: topic ids are unique, every topic a section or comparison row
names exists, and every topic is used."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ...problems import Loc, Problem, duplicates
from ..schema.files import ComparisonFile, SectionFile
from ..schema.topics import TopicsFile

# Anchors the topics page uses itself.
TOPICS_ANCHORS = frozenset({"top"})


def check_topics(
    key: str, file: TopicsFile, ckey: str, comparison: ComparisonFile, sections: Mapping[str, SectionFile]
) -> Iterator[Problem]:
    """Topic ids are unique; every topic named exists and every topic is used."""
    yield from duplicates(key, ((("topics", i, "id"), t.id) for i, t in enumerate(file.topics)), "topic id")
    ids = [t.id for t in file.topics]
    for i, topic in enumerate(file.topics):
        if topic.id in TOPICS_ANCHORS:
            yield Problem(key, ("topics", i, "id"), f"id '{topic.id}' is reserved on the topics page; choose another")
    used: set[str] = set()
    places: list[tuple[str, Loc, list[str]]] = [(k, ("topics",), s.topics) for k, s in sections.items()]
    places += [(ckey, ("aspects", i, "topics"), a.topics) for i, a in enumerate(comparison.aspects)]
    for file_key, loc, topics in places:
        yield from duplicates(file_key, (((*loc, j), t) for j, t in enumerate(topics)), "topic in the list")
        for j, topic_id in enumerate(topics):
            used.add(topic_id)
            if topic_id not in ids:
                yield Problem(file_key, (*loc, j), f"no topic has id '{topic_id}'; use one of: {', '.join(ids)}")
    for i, topic in enumerate(file.topics):
        if topic.id not in used:
            yield Problem(
                key, ("topics", i, "id"), f"topic '{topic.id}' is used by no section or row: use it or remove it"
            )
