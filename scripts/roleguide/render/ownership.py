"""The "Who owns what" matrix (/ownership/): one row per decision or activity, one column per role."""

from __future__ import annotations

from .model import Guide
from .model.assessment import OWNERSHIP_PAGE_ID
from .model.ownership import LEVELS
from .render_assessment import link_context, templates

OWNERSHIP_PAGE = f"{OWNERSHIP_PAGE_ID}.md"


def render_ownership_page(guide: Guide) -> dict[str, str | bytes]:
    page = (
        templates().get_template("ownership.md").render(link_context(guide), ownership=guide.ownership, levels=LEVELS)
    )
    return {OWNERSHIP_PAGE: page}
