"""Redirects from content/redirects.yml, in the two forms the site needs them. Both are files the
generator writes into docs/, so every engine that reads mkdocs.yml (MkDocs, Zensical) publishes the
very same bytes, and no plugin or hook takes part.

- Old page addresses: a small HTML page at each old address (`<old>/index.html`, which both engines
  copy as it is) sends the reader on to the new page, and to the old address's #anchor, if it had one,
  or else to the anchor the redirect names. It works without JavaScript too (a refresh), and names
  its target as canonical, so search engines move to it.
- Old anchors of live pages: `anchor_map()`, page id -> {old: new}. The generator puts it into the
  site's script bundle (build.py, bundle.py), where assets/javascripts/anchor-redirects.js reads it
  and moves the reader on page load.
"""

from __future__ import annotations

from markupsafe import Markup

from ..model import Guide
from ..model.pages import HOME_PAGE
from .base import MARKDOWN_HTML

# The stub pages at old addresses: folders with an index.html, which mkdocs.offline.yml leaves out
# of the copy opened from disk (nobody follows an old address into it).
STUB = "{old}/index.html"


def redirect_targets(guide: Guide) -> dict[str, str]:
    """Old page id -> the address of its new spot, relative to the old address (directory URLs)."""
    targets = {}
    for redirect in guide.redirects.pages:
        up = "../" * (redirect.old.count("/") + 1)
        page = "" if redirect.new.page == HOME_PAGE else f"{redirect.new.page}/"
        targets[redirect.old] = up + page + (f"#{redirect.new.anchor}" if redirect.new.anchor else "")
    return targets


def render_redirect_stubs(guide: Guide) -> dict[str, str | bytes]:
    template = MARKDOWN_HTML.get_template("redirect.html")
    stubs: dict[str, str | bytes] = {}
    for redirect in guide.redirects.pages:
        target = redirect_targets(guide)[redirect.old]
        page, _, anchor = target.partition("#")
        stubs[STUB.format(old=redirect.old)] = template.render(
            site_name=guide.site.site_name,
            target=Markup(target),
            page=Markup(page),
            anchor=Markup(f"#{anchor}" if anchor else ""),
        )
    return stubs


def anchor_map(guide: Guide) -> dict[str, dict[str, str]]:
    mapping: dict[str, dict[str, str]] = {}
    for redirect in guide.redirects.anchors:
        mapping.setdefault(redirect.page, {})[redirect.old] = redirect.new
    return {page: dict(sorted(anchors.items())) for page, anchors in sorted(mapping.items())}
