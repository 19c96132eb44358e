"""A built site as the post-build steps see it: its folder, the engine that built it, and its HTML pages,
read from disk once and written back once, whatever number of steps change them.

Steps that rename a file of the site (a stylesheet cut down, the theme's script with a hint, our
bundle named by its content) name it by `content_name` and put it in place through `replace`, which
points every page to the new name, so no step walks the pages on its own.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path


def content_name(stem: str, text: str, suffix: str) -> str:
    """`<stem>.<8 hex digits of text's SHA-256><suffix>`: a file named by what it holds, as the themes
    name theirs (`main.<hash>.min.css`), so that the cache rule for hashed names (hosting/README.md)
    covers it."""
    return f"{stem}.{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}{suffix}"


@dataclass
class BuiltSite:
    """The folder an engine has just built, with its pages held in memory between steps."""

    root: Path
    engine: str
    # The build's time (SOURCE_DATE_EPOCH, or the last commit), for what a step dates.
    epoch: int = 0
    _pages: dict[str, str] | None = field(default=None, repr=False)
    _changed: set[str] = field(default_factory=set, repr=False)

    @property
    def pages(self) -> Mapping[str, str]:
        """Every HTML page of the site, by its path under the root (sorted), as the steps left it."""
        if self._pages is None:
            self._pages = {
                p.relative_to(self.root).as_posix(): p.read_text(encoding="utf-8")
                for p in sorted(self.root.rglob("*.html"))
            }
        return self._pages

    def set_page(self, name: str, html: str) -> bool:
        """Replace a page's text; True when it changed."""
        if self.pages[name] == html:
            return False
        assert self._pages is not None
        self._pages[name] = html
        self._changed.add(name)
        return True

    def rewrite(self, fix: Callable[[str], str]) -> list[str]:
        """Pass every page through `fix`; the names of the pages it changed."""
        return [name for name, html in list(self.pages.items()) if self.set_page(name, fix(html))]

    def rename(self, folder: str, renames: Mapping[str, str]) -> list[str]:
        """Every page that names `folder/<old>` names `folder/<new>` instead (the files themselves are
        the caller's); the names of the pages that changed."""
        renames = {old: new for old, new in renames.items() if old != new}
        if not renames:
            return []
        pattern = re.compile("|".join(re.escape(f"{folder}/{old}") for old in sorted(renames, key=len, reverse=True)))
        return self.rewrite(
            lambda html: pattern.sub(lambda m: f"{folder}/{renames[m.group(0)[len(folder) + 1 :]]}", html)
        )

    def replace(self, old: Path, text: str, name: str) -> list[str]:
        """Write `text` as `name` in the folder of `old`, in its place, and point every page to it; the
        files that changed (the new one and the pages), relative to the root."""
        (old.parent / name).write_text(text, encoding="utf-8")
        if name != old.name:
            old.unlink()
        folder = old.parent.relative_to(self.root).as_posix()
        return [f"{folder}/{name}", *self.rename(folder, {old.name: name})]

    def save(self) -> list[str]:
        """Write the pages that changed since they were read; the names written."""
        written = sorted(self._changed)
        for name in written:
            (self.root / name).write_text(self.pages[name], encoding="utf-8")
        self._changed.clear()
        return written
