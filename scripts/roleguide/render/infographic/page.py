"""The infographic page (/infographic/), its pictures and downloads, the poster and the social card.

Pure like every renderer: the infographic is composed in picture.py and the poster laid out in
layout.py, both drawn as SVG by svg.py and as PNG by raster.py; this module names the files and puts
them on the page.

The page shows the infographic with <img> elements, one SVG per colour scheme and width (light and
dark, wide and phone). Only one of the four is displayed; the others are display:none and
loading="lazy", so the browser does not fetch them (assets/stylesheets/infographic.css). Each
SVG carries the subset of the font it draws with, because a picture in <img> may not load any file.
"""

from __future__ import annotations

import math
from typing import Any

from markupsafe import Markup

from ...model import Guide
from ...model.pages import COMPARISON_PAGE, INFOGRAPHIC_PAGE, OWNERSHIP_PAGE_ID
from ..base import MARKDOWN, context, page_path
from . import fonts, icons
from .data import Bar, Picture, picture
from .layout import NARROW as POSTER_NARROW
from .layout import WIDE as POSTER_WIDE
from .layout import Layout, card, infographic, source_line
from .palette import ROLE_COLOUR_NAMES, palette
from .picture import NARROW, WIDE, compose
from .raster import render_png
from .scene import Scene
from .svg import render_scene, render_svg, scene_texts, texts_by_weight

ASSETS = "assets/infographic"
SVG_FILE = f"{ASSETS}/role-guide-infographic.svg"
PNG_FILE = f"{ASSETS}/role-guide-infographic.png"
# The other drawings on the page: (width, scheme) -> file. The light wide one is the download.
PICTURES = {
    ("wide", "light"): SVG_FILE,
    ("wide", "dark"): f"{ASSETS}/role-guide-infographic-dark.svg",
    ("narrow", "light"): f"{ASSETS}/role-guide-infographic-phone.svg",
    ("narrow", "dark"): f"{ASSETS}/role-guide-infographic-phone-dark.svg",
}
# The comparison table drawn as one tall picture: a download.
POSTER_SVG = f"{ASSETS}/role-guide-poster.svg"
POSTER_PNG = f"{ASSETS}/role-guide-poster.png"
# overrides/main.html names this file in every page's og:image and twitter:image.
CARD_FILE = "assets/social-card.png"


def describe(shown: Picture) -> tuple[str, str]:
    """The infographic's <title> and <desc>: what it shows, panel by panel, and how to tell the
    roles apart without colour."""
    colours = [f"{r.name} ({r.short}) in {c}" for r, c in zip(shown.roles, ROLE_COLOUR_NAMES, strict=False)]
    life = shown.lifecycle
    title = f"Infographic: {shown.title}"
    desc = (
        f"{shown.summary} The picture shows the two roles, the {' and the '.join(colours)}; every part of it "
        f"also names the role it belongs to. Then: {life.heading}, a swimlane with the phases "
        f"{', '.join(life.phases)} across, a lane per role and a bar for each level it holds, named in "
        f"words; {shown.skills.heading}, two overlapping circles with each role's own skills and, in the "
        f"overlap, the ones both need; {shown.career.heading}, the destinations of each role branching from "
        f"it as parallel options; {shown.tools.heading}, as chips; {shown.metrics.heading}, each metric "
        f"with a pictogram. {shown.source}. The page /{INFOGRAPHIC_PAGE}/ of {shown.site_name} writes all of "
        "it out as text."
    )
    return title, desc


def describe_poster(guide: Guide) -> tuple[str, str]:
    """The poster's <title> and <desc>: what it is, and how to tell the roles apart."""
    first, second = guide.roles
    themes = [category.title for category in guide.comparison.categories]
    title = f"Poster: the {first.name} and the {second.name}, side by side"
    aspects = len(guide.comparison.aspects)
    desc = (
        f"{guide.site.in_short} The poster sets out {aspects} aspect{'s' if aspects != 1 else ''} in "
        f"{len(themes)} theme{'s' if len(themes) != 1 else ''} ({', '.join(themes)}). Each aspect has a "
        f"box per role, labeled with the role's short name: {first.short} on the left with round "
        f"bullets, {second.short} on the right with square bullets."
    )
    return title, desc


def _kilobytes(size: int) -> str:
    return f"{math.ceil(size / 1024)} KB"


def _pictures(
    guide: Guide, shown: Picture, scenes: list[Scene], font_css: str
) -> tuple[dict[str, str | bytes], dict[str, Any]]:
    """The four SVGs of the infographic, and the PNG of the light wide one."""
    title, desc = describe(shown)
    files: dict[str, str | bytes] = {}
    sizes: dict[str, Any] = {}
    for spec, scene in zip((WIDE, NARROW), scenes, strict=True):
        for scheme in ("light", "dark"):
            path = PICTURES[(spec.name, scheme)]
            files[path] = render_scene(scene, palette(guide.roles, scheme), title, desc, font_css)
            sizes[f"{spec.name}-{scheme}"] = {"path": path, "width": scene.width, "height": scene.height}
    png = render_png(str(files[SVG_FILE]))
    files[PNG_FILE] = png
    sizes["svg"] = {"path": SVG_FILE, "size": _kilobytes(len(str(files[SVG_FILE]).encode("utf-8")))}
    sizes["png"] = {
        "path": PNG_FILE,
        "size": _kilobytes(len(png)),
        **{k: sizes["wide-light"][k] for k in ("width", "height")},
    }
    return files, sizes


def _poster(guide: Guide, wide: Layout, font_css: str) -> tuple[dict[str, str | bytes], dict[str, Any]]:
    title, desc = describe_poster(guide)
    svg = render_svg(guide, wide, title, desc, font_css)
    png = render_png(svg)
    sizes = {
        "svg": {"path": POSTER_SVG, "size": _kilobytes(len(svg.encode("utf-8")))},
        "png": {"path": POSTER_PNG, "size": _kilobytes(len(png)), "width": wide.width, "height": wide.height},
    }
    return {POSTER_SVG: svg, POSTER_PNG: png}, sizes


def render_infographic(guide: Guide, site_url: str | None = None) -> dict[str, str | bytes]:
    """The page, the infographic in four drawings and a PNG, the poster and the social card.
    `site_url` is the published address (mkdocs.yml's site_url); the picture's footer names it."""
    shown = picture(guide, site_url)
    scenes = [compose(shown, WIDE), compose(shown, NARROW)]
    posters = [infographic(guide, POSTER_WIDE), infographic(guide, POSTER_NARROW)]
    # One font subset for every drawing: subsetting is the slowest step of the build, and the drawings
    # share nearly all their letters.
    texts = scene_texts(scenes)
    for weight, lines in texts_by_weight(posters).items():
        texts.setdefault(weight, []).extend(lines)
    font_css = fonts.font_face_css(texts)
    files, pictures = _pictures(guide, shown, scenes, font_css)
    poster_files, poster = _poster(guide, posters[0], font_css)
    card_layout = card(guide)
    social = render_png(render_svg(guide, card_layout, guide.site.title, guide.site.in_short))
    title, _ = describe(shown)
    page = MARKDOWN.get_template("infographic.md").render(
        context(guide),
        picture=shown,
        pictures=pictures,
        poster=poster,
        alt=_alt(shown),
        covered=lambda bar: _covered(bar, shown.lifecycle.phases),
        source_line=source_line(guide),
        comparison_path=page_path(COMPARISON_PAGE),
        ownership_path=page_path(OWNERSHIP_PAGE_ID),
        icon_set=Markup(f"{icons.ICON_SET}, {icons.ICON_LICENCE}"),
        title=title,
    )
    return {page_path(INFOGRAPHIC_PAGE): page, **files, **poster_files, CARD_FILE: social}


def _covered(bar: Bar, phases: tuple[str, ...]) -> str:
    """The phases a bar of the swimlane covers, for the text version."""
    if bar.first == 0 and bar.last == len(phases) - 1 and len(phases) > 1:
        return f"in all {len(phases)} phases"
    return "in " + ", ".join(phases[bar.first : bar.last + 1])


def _alt(shown: Picture) -> str:
    panels = [shown.lifecycle.heading, shown.skills.heading, shown.career.heading, shown.tools.heading]
    return (
        f"Infographic of the two roles: {'; '.join(panels)}; {shown.metrics.heading}. "
        "Everything in it is written out as text below."
    )
