"""Every page's link-preview card, as a Drawing per file (the entry points draw the PNGs)."""

from __future__ import annotations

from ...model import Guide
from ..drawing import Drawing
from ..previews import HOME_CARD, previews
from .layout import card
from .svg import render_card_svg


def render_cards(guide: Guide) -> dict[str, str | bytes | Drawing]:
    """assets/cards/<page>.png for every page but the home page, which keeps the infographic's card."""
    site_name = guide.site.site_name
    role_ids = [role.id for role in guide.roles]
    return {
        preview.image: Drawing(render_card_svg(card(preview, site_name, role_ids), guide.roles, preview.alt(site_name)))
        for preview in previews(guide).values()
        if preview.image != HOME_CARD
    }
