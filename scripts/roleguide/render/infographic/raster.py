"""The infographic as PNG: the SVG drawn by resvg, which loads only the vendored font files (the one
read this step makes) and no system font, so every machine draws the same pixels."""

from __future__ import annotations

import resvg_py

from . import fonts


def render_png(svg: str) -> bytes:
    """The SVG drawn by resvg with the vendored font and no system font."""
    return bytes(
        resvg_py.svg_to_bytes(
            svg_string=svg,
            skip_system_fonts=True,
            font_files=[str(path) for path in fonts.FONT_FILES.values()],
        )
    )
