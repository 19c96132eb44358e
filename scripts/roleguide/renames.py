"""Files of a built site renamed by their new content hash, and the pages pointed to the new names.

purge.py (Material's stylesheets) and compile_hints.py (Material's script) each rewrite a theme file
after the build and give it a name with the hash of what it now holds; this points every page of the
site from the old names to the new ones. `rewrite_pages` is the one loop over a built site's pages
that these and nav_labels.py use to change them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Renamed:
    """One file that changed: its name before and after."""

    old: str
    new: str


def rewrite_pages(site: Path, fix: Callable[[str], str]) -> int:
    """Pass every HTML page of a built site through `fix`, writing back only the pages it changes;
    returns how many it changed."""
    changed = 0
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        fixed = fix(html)
        if fixed != html:
            page.write_text(fixed, encoding="utf-8")
            changed += 1
    return changed


def point_pages(site: Path, folder: str, done: list[Renamed]) -> None:
    """Every page of the site that names `folder/<old>` names `folder/<new>` instead."""
    renames = {d.old: d.new for d in done if d.old != d.new}
    if not renames:
        return
    pattern = re.compile("|".join(re.escape(f"{folder}/{old}") for old in renames))
    rewrite_pages(site, lambda html: pattern.sub(lambda m: f"{folder}/{renames[m.group(0).rsplit('/', 1)[1]]}", html))
