"""The topics page (/topics/), with Material's tags plugin.

Section pages carry their topics as tags (front matter `topics:`, see templates/section.md), which
the tags plugin shows on each page and links to the topic's heading here. The lists under each topic
are written here from content/: the sections in reading order, and the comparison rows, which are
not pages and so could not be tagged. See templates/topics.md for why the plugin lists nothing.
"""

from __future__ import annotations

from markupsafe import Markup

from .model import Guide
from .model.files import SectionFile
from .model.glance import COMPARISON_PAGE
from .model.spots import TOPICS_PAGE

TOPICS = f"{TOPICS_PAGE}.md"
# The tags plugin's listing marker: it makes this page the one each tag links to.
MARKER = Markup("<!-- material/tags -->")


def tags(guide: Guide, section: SectionFile) -> list[str]:
    """The tags of a section page (front matter `topics`): the titles of its topics, which the tags
    plugin shows and links."""
    titles = {t.id: t.title for t in guide.topics.topics}
    return [titles[topic_id] for topic_id in section.topics]


def render_topics(guide: Guide) -> dict[str, str | bytes]:
    # render.py lists this function in RENDERERS, so it is imported here, when called.
    from .render import MARKDOWN, context, page_path

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
