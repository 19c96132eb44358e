"""The infographic as SVG: one layout (layout.py) drawn by templates/infographic.svg in its own Jinja2
environment (XML autoescaping of every value, no Markdown finalize), in the colours of palette.py."""

from __future__ import annotations

from collections.abc import Iterable

import jinja2
from markupsafe import Markup

from ...model import Guide
from ..base import GENERATED_NOTE, TEMPLATES
from . import fonts
from .layout import ACCENT, Layout
from .palette import palette


def _number(value: float) -> str:
    """Coordinates with at most two decimals and no trailing zeros: short and byte-stable."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


SVG = jinja2.Environment(
    loader=jinja2.PackageLoader(*TEMPLATES),
    autoescape=True,  # XML escaping of every value: <, >, &, and both quotes
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
SVG.filters["num"] = _number


def texts_by_weight(layouts: Iterable[Layout]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for layout in layouts:
        for box in layout.boxes:
            for text in box.texts:
                found.setdefault(text.weight, []).append(text.text)
    return found


def render_svg(guide: Guide, layout: Layout, title: str, desc: str, font_css: str = "") -> str:
    """One layout as SVG text. `font_css` embeds the font; without it the page's copy is used."""
    return SVG.get_template("infographic.svg").render(
        layout=layout,
        id=f"rgi-{layout.name}",
        title=title,
        desc=desc,
        note=GENERATED_NOTE + " Text set in Atkinson Hyperlegible (SIL Open Font License 1.1).",
        family=f"'{fonts.FAMILY}'",
        font_css=Markup(font_css),  # base64 and CSS punctuation only: nothing XML would read as markup
        light=palette(guide.roles, "light"),
        dark=palette(guide.roles, "dark"),
        accent=ACCENT,
    )
