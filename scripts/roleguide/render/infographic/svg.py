"""The pictures as SVG, each drawn by a template in its own Jinja2 environment (XML autoescaping of
every value, no Markdown finalize): the infographic (a Scene of picture.py, templates/picture.svg,
one file per colour scheme) and the poster (a Layout of layout.py, templates/infographic.svg, which
switches its colours with the page's scheme)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import jinja2
from markupsafe import Markup

from ...model import Guide
from ..base import GENERATED_NOTE, TEMPLATES
from . import fonts, icons
from .layout import ACCENT, Layout
from .palette import palette
from .scene import Scene


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


SVG.filters["num3"] = lambda value: f"{value:.3f}".rstrip("0").rstrip(".")
STROKE = 2  # px: outlines of chips, bars and circles


def scene_texts(scenes: Iterable[Scene]) -> dict[int, list[str]]:
    """The text the scenes draw, by font weight."""
    found: dict[int, list[str]] = {}
    for scene in scenes:
        for text in scene.texts():
            found.setdefault(text.weight, []).append(text.text)
    return found


def scene_fonts(scenes: Iterable[Scene]) -> str:
    """@font-face rules with the subset of each weight that the scenes draw."""
    return fonts.font_face_css(scene_texts(scenes))


def render_scene(scene: Scene, colours: Mapping[str, str], title: str, desc: str, font_css: str) -> str:
    """One scene as a self-contained SVG: the font subset and the icons inside, colours resolved."""
    metadata = (
        f"{GENERATED_NOTE} Text set in {fonts.FAMILY} (SIL Open Font License 1.1). Icons: {icons.ICON_SET} "
        f"({icons.ICON_LICENCE}, {icons.ICON_LICENCE_URL})."
    )
    return SVG.get_template("picture.svg").render(
        scene=scene,
        colours=colours,
        title=title,
        desc=desc,
        metadata=metadata,
        family=f"'{fonts.FAMILY}'",
        font_css=Markup(font_css),
        icons=[(name, icons.icon(name).d) for name in scene.icons],
        stroke=STROKE,
    )
