"""A picture that the renderers describe and the entry points draw: the PNG of an SVG.

Drawing a PNG (resvg) is the slow part of generating the site, and its result depends on nothing but
the SVG, the vendored fonts and the renderer. So a renderer returns a `Drawing` (pure data, cheap to
compare) in place of the PNG's bytes, and the entry point that writes docs/ draws it, or takes the
PNG it drew before for the same SVG from its cache (roleguide/pictures.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Drawing:
    """The PNG drawn from `svg` by resvg with the vendored fonts only (infographic/raster.py)."""

    svg: str
