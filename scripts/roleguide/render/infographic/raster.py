"""The infographic as PNG: the SVG drawn by resvg, which loads only the vendored font files (the one
read this step makes) and no system font, so every machine draws the same pixels."""

from __future__ import annotations

from functools import lru_cache

import resvg_py

from . import fonts


@lru_cache(maxsize=8)
def render_png(svg: str) -> bytes:
    """The SVG drawn by resvg with the vendored font and no system font. The same SVG gives the same
    bytes, so the next build of a `mkdocs serve` session reuses them when the picture did not change."""
    return bytes(
        resvg_py.svg_to_bytes(
            svg_string=svg,
            skip_system_fonts=True,
            font_files=[str(path) for path in fonts.FONT_FILES.values()],
        )
    )
