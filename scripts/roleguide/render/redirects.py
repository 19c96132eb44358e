"""Redirects from content/redirects.yml, in the two forms the site needs them.

- Old page addresses: `redirect_maps()` is the map of the mkdocs-redirects plugin (old .md path ->
  new .md path and anchor). The plugin only reads its map from its configuration, so the MkDocs hook
  sets it from here before each build: the map is written once, in content/.
- Old anchors of live pages: `anchor_map()`, page id -> {old: new}. The generator puts it into the
  site's script bundle (build.py, bundle.py), where assets/javascripts/anchor-redirects.js reads it
  and moves the reader on page load.
"""

from __future__ import annotations

from ..model import Guide
from .base import page_path


def redirect_maps(guide: Guide) -> dict[str, str]:
    """mkdocs-redirects' `redirect_maps`: old page source -> new page source (with #anchor)."""
    return {
        page_path(r.old): page_path(r.new.page) + (f"#{r.new.anchor}" if r.new.anchor else "")
        for r in guide.redirects.pages
    }


def anchor_map(guide: Guide) -> dict[str, dict[str, str]]:
    mapping: dict[str, dict[str, str]] = {}
    for redirect in guide.redirects.anchors:
        mapping.setdefault(redirect.page, {})[redirect.old] = redirect.new
    return {page: dict(sorted(anchors.items())) for page, anchors in sorted(mapping.items())}
