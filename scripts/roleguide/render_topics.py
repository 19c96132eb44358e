"""The topics page (/topics/), made with Material's tags plugin.

Section pages carry their topics as tags (front matter `topics:`, see templates/section.md); the tags
plugin lists them under each topic on this page and links each tag on a section page to its topic
here. Comparison rows are not pages, so their links are written here from content/comparison.yml.
"""

from __future__ import annotations

import json

from markupsafe import Markup

from .model import Guide
from .model.files import Aspect, SectionFile
from .model.glance import COMPARISON_PAGE
from .model.spots import TOPICS_PAGE
from .model.topics import Topic

TOPICS = f"{TOPICS_PAGE}.md"
# The listing layout in overrides/fragments/tags/<layout>/.
LAYOUT = "topics"


def tags(guide: Guide, section: SectionFile) -> list[str]:
    """The tags of a section page (front matter `topics`): the titles of its topics, which the tags
    plugin shows and links."""
    titles = {t.id: t.title for t in guide.topics.topics}
    return [titles[topic_id] for topic_id in section.topics]


def listing(topic: Topic) -> Markup:
    """The tags plugin's listing directive for one topic. Its options are YAML; JSON is YAML, and
    json.dumps escapes whatever the title holds (content/ refuses the `<` a comment end would need)."""
    options = json.dumps({"include": [topic.title], "layout": LAYOUT}, ensure_ascii=False)
    return Markup(f"<!-- material/tags {options} -->")


def render_topics(guide: Guide) -> dict[str, str | bytes]:
    # render.py lists this function in RENDERERS, so it is imported here, when called.
    from .render import MARKDOWN, context, page_path

    rows: dict[str, list[Aspect]] = {t.id: [] for t in guide.topics.topics}
    for aspect in guide.comparison.aspects:
        for topic_id in aspect.topics:
            rows[topic_id].append(aspect)
    page = MARKDOWN.get_template("topics.md").render(
        context(guide),
        topics=guide.topics,
        grouped=[(t, rows[t.id]) for t in guide.topics.topics],
        about={t.title: t.description for t in guide.topics.topics},
        listing=listing,
        comparison_path=page_path(COMPARISON_PAGE),
    )
    return {TOPICS: page}
