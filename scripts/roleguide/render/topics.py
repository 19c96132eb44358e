"""The topics page (/topics/), with Material's tags plugin.

Section pages carry their topics as tags (front matter `topics:`, see templates/section.md), which
the tags plugin shows on each page and links to the topic's heading here. The lists under each topic
are written here from content/: the sections in reading order, and the comparison rows, which are
not pages and so could not be tagged. See templates/topics.md for why the plugin lists nothing.
"""

from __future__ import annotations

from markupsafe import Markup

from ..model import Guide
from ..model.pages import COMPARISON_PAGE, TOPICS_PAGE
from .base import MARKDOWN, context, page_path

TOPICS = f"{TOPICS_PAGE}.md"
# The tags plugin's listing marker: it makes this page the one each tag links to.
MARKER = Markup("<!-- material/tags -->")


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
        marker=MARKER,
        comparison_path=page_path(COMPARISON_PAGE),
    )
    return {TOPICS: page}
