"""The infographic page (/infographic/), its SVG and PNG downloads, and the social preview card.

Pure like every renderer: the SVG comes from a Jinja2 template in its own environment (XML
autoescaping, no Markdown finalize), and the PNGs from that SVG through resvg, which loads only the
vendored font files (the one read this step makes) and no system font, so every machine draws the
same pixels.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import jinja2
import resvg_py
from markupsafe import Markup

from . import fonts
from .infographic_layout import ACCENT, NARROW, WIDE, Layout, card, infographic, source_line
from .model import Guide
from .model.glance import COMPARISON_PAGE, INFOGRAPHIC_PAGE, grouped
from .palette import palette

ASSETS = "assets/infographic"
SVG_FILE = f"{ASSETS}/role-guide-infographic.svg"
PNG_FILE = f"{ASSETS}/role-guide-infographic.png"
# overrides/main.html names this file in every page's og:image and twitter:image.
CARD_FILE = "assets/social-card.png"


def _number(value: float) -> str:
    """Coordinates with at most two decimals and no trailing zeros: short and byte-stable."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


SVG = jinja2.Environment(
    loader=jinja2.PackageLoader("roleguide", "templates"),
    autoescape=True,  # XML escaping of every value: <, >, &, and both quotes
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
SVG.filters["num"] = _number


def _texts_by_weight(layouts: Iterable[Layout]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for layout in layouts:
        for box in layout.boxes:
            for text in box.texts:
                found.setdefault(text.weight, []).append(text.text)
    return found


def render_svg(guide: Guide, layout: Layout, title: str, desc: str, font_css: str = "") -> str:
    """One layout as SVG text. `font_css` embeds the font; without it the page's copy is used."""
    from .render import GENERATED_NOTE  # render.py imports this module: import it when called

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


def render_png(svg: str) -> bytes:
    """The SVG drawn by resvg with the vendored font and no system font."""
    return bytes(
        resvg_py.svg_to_bytes(
            svg_string=svg,
            skip_system_fonts=True,
            font_files=[str(path) for path in fonts.FONT_FILES.values()],
        )
    )


def describe(guide: Guide) -> tuple[str, str]:
    """The SVG's <title> and <desc>: what the picture is, and how to tell the roles apart."""
    first, second = guide.roles
    themes = [category.title for category in guide.comparison.categories]
    title = f"Infographic: the {first.name} and the {second.name}, side by side"
    aspects = len(guide.comparison.aspects)
    desc = (
        f"{guide.site.in_short} The picture sets out {aspects} aspect{'s' if aspects != 1 else ''} in "
        f"{len(themes)} theme{'s' if len(themes) != 1 else ''} ({', '.join(themes)}). Each aspect has a "
        f"box per role, labelled with the role's short name: {first.short} on the left with round "
        f"bullets, {second.short} on the right with square bullets."
    )
    return title, desc


def _kilobytes(size: int) -> str:
    return f"{math.ceil(size / 1024)} KB"


def render_infographic(guide: Guide) -> dict[str, str | bytes]:
    from .render import MARKDOWN, context, page_path

    wide, narrow = infographic(guide, WIDE), infographic(guide, NARROW)
    title, desc = describe(guide)
    font_css = fonts.font_face_css(_texts_by_weight([wide, narrow]))
    wide_svg = render_svg(guide, wide, title, desc, font_css)
    narrow_svg = render_svg(guide, narrow, title, desc)
    png = render_png(wide_svg)
    card_layout = card(guide)
    social = render_png(render_svg(guide, card_layout, guide.site.title, guide.site.in_short))
    downloads: dict[str, Any] = {
        "svg": {"path": SVG_FILE, "size": _kilobytes(len(wide_svg.encode("utf-8")))},
        "png": {"path": PNG_FILE, "size": _kilobytes(len(png)), "width": wide.width, "height": wide.height},
    }
    page = MARKDOWN.get_template("infographic.md").render(
        context(guide),
        groups=grouped(guide.comparison),
        wide_svg=Markup(wide_svg),
        narrow_svg=Markup(narrow_svg),
        downloads=downloads,
        source_line=source_line(guide),
        comparison_path=page_path(COMPARISON_PAGE),
    )
    return {page_path(INFOGRAPHIC_PAGE): page, SVG_FILE: wide_svg, PNG_FILE: png, CARD_FILE: social}
