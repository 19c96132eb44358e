"""The topics page (/topics/).

Section pages show their topics as tags (templates/section.md) that link to the topic's heading here,
whose anchor is the topic id. Under each topic, the page lists the sections in reading order and the
comparison rows, which are not pages of their own.
"""

from __future__ import annotations

from ..model import Guide
from ..model.pages import COMPARISON_PAGE, TOPICS_PAGE
from .base import MARKDOWN, context, page_path

TOPICS = f"{TOPICS_PAGE}.md"


def render_topics(guide: Guide) -> dict[str, str | bytes]:
    grouped = [
        (
            topic,
            [s for s in guide.sections if topic.id in s.topics],
            [a for a in guide.comparison.aspects if topic.id in a.topics],
        )
        for topic in guide.topics.topics
    ]
    page = MARKDOWN.get_template("topics.md").render(
        context(guide),
        topics=guide.topics,
        grouped=grouped,
        comparison_path=page_path(COMPARISON_PAGE),
    )
    return {TOPICS: page}
