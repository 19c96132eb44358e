"""The "Who owns what" matrix (/ownership/): one row per decision or activity, one column per role.
Rendered like the self-assessment (assessment.py), with base.MARKDOWN_HTML."""

from __future__ import annotations

from ..model import Guide
from ..model.pages import OWNERSHIP_PAGE_ID
from ..model.schema.ownership import LEVELS
from .base import MARKDOWN_HTML, link_context

OWNERSHIP_PAGE = f"{OWNERSHIP_PAGE_ID}.md"


def render_ownership_page(guide: Guide) -> dict[str, str | bytes]:
    page = MARKDOWN_HTML.get_template("ownership.md").render(
        link_context(guide), ownership=guide.ownership, levels=LEVELS
    )
    return {OWNERSHIP_PAGE: page}
