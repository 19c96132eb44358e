"""The home page, the navigation file (literate-nav's SUMMARY.md) and one page per section."""

from __future__ import annotations

from ..model import Guide
from .base import MARKDOWN, context, page_path


def render_guide_pages(guide: Guide) -> dict[str, str | bytes]:
    """The home page, the navigation file and one page per section."""
    common = context(guide)
    pages: dict[str, str | bytes] = {
        "index.md": MARKDOWN.get_template("home.md").render(common),
        "SUMMARY.md": MARKDOWN.get_template("nav.md").render(common),
    }
    section_template = MARKDOWN.get_template("section.md")
    for section in guide.sections:
        pages[page_path(section.id)] = section_template.render(common, section=section)
    return pages
