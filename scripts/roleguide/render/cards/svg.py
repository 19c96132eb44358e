"""A page's card as SVG: the layout of layout.py drawn by templates/card.svg in the light colours of
the infographic's palette, in its own Jinja2 environment (XML autoescaping of every value)."""

from __future__ import annotations

from collections.abc import Sequence

import jinja2

from ...model import Role
from ..base import GENERATED_NOTE, TEMPLATES
from ..infographic import fonts
from ..infographic.palette import palette
from .layout import Card


def _number(value: float) -> str:
    """At most two decimals and no trailing zeros: short and byte-stable."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


SVG = jinja2.Environment(
    loader=jinja2.PackageLoader(*TEMPLATES),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
SVG.filters["num"] = _number


def render_card_svg(card: Card, roles: Sequence[Role], alt: str) -> str:
    return SVG.get_template("card.svg").render(
        card=card,
        alt=alt,
        note=GENERATED_NOTE + " Text set in Atkinson Hyperlegible (SIL Open Font License 1.1).",
        family=f"'{fonts.FAMILY}'",
        colours=palette(roles, "light"),
    )
