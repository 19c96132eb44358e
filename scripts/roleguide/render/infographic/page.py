"""The infographic page (/infographic/), its SVG and PNG downloads, and the social preview card.

Pure like every renderer: the picture is laid out in layout.py, drawn as SVG by svg.py and as PNG by
raster.py; this module puts them on the page and names the files.
"""

from __future__ import annotations

import math
from typing import Any

from markupsafe import Markup

from ...model import Guide
from ...model.pages import COMPARISON_PAGE, INFOGRAPHIC_PAGE
from ...model.schema.files import grouped
from ..base import MARKDOWN, context, page_path
from . import fonts
from .layout import NARROW, WIDE, card, infographic, source_line
from .raster import render_png
from .svg import render_svg, texts_by_weight

ASSETS = "assets/infographic"
SVG_FILE = f"{ASSETS}/role-guide-infographic.svg"
PNG_FILE = f"{ASSETS}/role-guide-infographic.png"
# overrides/main.html names this file in every page's og:image and twitter:image.
CARD_FILE = "assets/social-card.png"


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
    wide, narrow = infographic(guide, WIDE), infographic(guide, NARROW)
    title, desc = describe(guide)
    font_css = fonts.font_face_css(texts_by_weight([wide, narrow]))
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
