"""Every renderer, and render_pages: Guide -> {path inside docs/: file content}.

Pure rendering: no disk, no clock, no network. Each renderer (one module per kind of page) turns the
guide into some of the generated files. A new kind of page adds its function to RENDERERS;
render_pages refuses two renderers that claim the same path. A PNG comes back as a Drawing (its SVG),
which the entry points draw, or take from their cache (roleguide/pictures.py). The infographic also
takes the site's address, which it prints in its footer.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

from ..model import Guide
from .assessment import render_assessment_page
from .base import tidy
from .cards.page import render_cards
from .charter import render_charter_page
from .comparison import render_comparison
from .drawing import Drawing
from .glossary import render_glossary
from .hiring import render_hiring_pages
from .infographic.page import render_infographic
from .ownership import render_ownership_page
from .redirects import render_redirect_stubs
from .sections import render_guide_pages
from .topics import render_topics

Renderer = Callable[[Guide], Mapping[str, str | bytes | Drawing]]
RENDERERS: list[Renderer] = [
    render_guide_pages,
    render_assessment_page,
    render_ownership_page,
    render_hiring_pages,
    render_charter_page,
    render_comparison,
    render_glossary,
    render_topics,
    render_cards,
    render_redirect_stubs,
]


def render_pages(guide: Guide, site_url: str | None = None) -> dict[str, str | bytes | Drawing]:
    """Every generated file, keyed by its path relative to docs/. Text is tidied; bytes and drawings pass
    as they are. `site_url` is the address the site is published at: the infographic's footer names it."""
    files: dict[str, str | bytes | Drawing] = {}
    renderers: list[Renderer] = [*RENDERERS, functools.partial(render_infographic, site_url=site_url)]
    for renderer in renderers:
        for path, content in renderer(guide).items():
            if path in files:
                raise ValueError(f"two renderers produce {path}")
            files[path] = tidy(content) if isinstance(content, str) else content
    return dict(sorted(files.items()))
