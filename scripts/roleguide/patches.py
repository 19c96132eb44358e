"""Every place where the site works around the theme instead of through it, and what each depends on.

A patch depends on the theme's private markup, class names, script internals or a copied template. It
stays only where `make bench` shows that it pays (removing it costs at least 1 Lighthouse point, 5 ms
of blocking time or 5 KiB gzip on some page type, under either engine: `python -m roleguide.bench
--only patches`), and it names the theme files it relies on, so that tests/test_theme_guard.py fails
when an upgrade of Material or Zensical changes one of them, with the patch to re-check.

`without` says how the benchmark takes a patch out of a copy of the project: a post-build step left
out (`roleguide build --without STEP`), or edits to the copy's files, each of which must apply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

# The themes, by the name of the package that installs them; globs relative to its templates/ folder.
MATERIAL = "mkdocs-material"
ZENSICAL = "zensical"
BUNDLE = "assets/javascripts/bundle.*.min.js"


@dataclass(frozen=True)
class Edit:
    """Replace what the regular expression `old` matches (exactly once) by `new` in a file of the
    project; `old` None deletes the file."""

    path: str
    old: str | None = None
    new: str = ""

    def apply(self, project: Path) -> None:
        """Make the edit in a copy of the project; ValueError when it does not apply."""
        target = project / self.path
        if not target.is_file():
            raise ValueError(f"{self.path}: no such file to edit")
        if self.old is None:
            target.unlink()
            return
        text = target.read_text(encoding="utf-8")
        found = len(re.findall(self.old, text))
        if found != 1:
            raise ValueError(f"{self.path}: {self.old!r} matches {found} times, not once")
        target.write_text(re.sub(self.old, lambda _: self.new, text), encoding="utf-8")


@dataclass(frozen=True)
class Patch:
    name: str
    # What it buys, in words; the README ("What works around the theme") gives the measured figures.
    buys: str
    # Our files that make it.
    ours: tuple[str, ...]
    # The theme files (globs) it depends on, for each theme.
    theme: dict[str, tuple[str, ...]]
    # How the benchmark builds the site without it: a post-build step, or edits.
    step: str | None = None
    edits: tuple[Edit, ...] = field(default=())


PATCHES: tuple[Patch, ...] = (
    Patch(
        "purge",
        "the theme's stylesheets cut to the rules the pages use: fewer bytes on every page",
        ("scripts/roleguide/postbuild/purge.py", "tools/purge.mjs"),
        {
            MATERIAL: ("assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css", BUNDLE),
            ZENSICAL: (
                "assets/stylesheets/classic/main.*.min.css",
                "assets/stylesheets/classic/palette.*.min.css",
                BUNDLE,
            ),
        },
        step="purge",
    ),
    Patch(
        "hint",
        "the theme's script compiled while it downloads (Chromium): less blocking time at start-up",
        ("scripts/roleguide/postbuild/hint.py",),
        {MATERIAL: (BUNDLE,), ZENSICAL: (BUNDLE,)},
        step="hint",
    ),
    Patch(
        "labels",
        "navigation labels out of the theme's ellipsis watch: less work in its start-up task",
        ("scripts/roleguide/postbuild/labels.py", "assets/stylesheets/extra.css"),
        {
            MATERIAL: ("partials/nav-item.html", "partials/toc-item.html", BUNDLE),
            ZENSICAL: ("partials/nav-item.html", "partials/toc-item.html", BUNDLE),
        },
        step="labels",
    ),
    Patch(
        "palette",
        "the light/dark toggle without the theme's palette component, which restyled the whole page twice a load",
        ("assets/javascripts/palette.js", "overrides/partials/palette.html", "scripts/roleguide/postbuild/purge.py"),
        {
            MATERIAL: ("partials/palette.html", "partials/javascripts/palette.html", "base.html", BUNDLE),
            ZENSICAL: ("partials/palette.html", "partials/javascripts/palette.html", "base.html", BUNDLE),
        },
        edits=(
            Edit("assets/roleguide.js", r'import "\./javascripts/palette\.js";\n'),
            Edit("overrides/partials/palette.html"),
            Edit(
                "scripts/roleguide/postbuild/purge.py", r'BLOCKLIST = \("data-md-color-switching",\)', "BLOCKLIST = ()"
            ),
        ),
    ),
    Patch(
        "tooltips",
        "tooltips built when one opens instead of the theme setting up every titled element at start-up",
        ("assets/javascripts/tooltips.js",),
        {MATERIAL: (BUNDLE,), ZENSICAL: (BUNDLE,)},
        edits=(
            Edit("assets/roleguide.js", r'import "\./javascripts/tooltips\.js";\n'),
            Edit("mkdocs.yml", r"    - navigation\.top\n", "    - navigation.top\n    - content.tooltips\n"),
        ),
    ),
)
# Templates copied from the theme and changed, which no measurement is for: they are guarded the same way.
COPIES: tuple[Patch, ...] = (
    Patch(
        "breadcrumb",
        "the breadcrumb named apart from the main navigation (axe: landmark-unique), a part without a page as text",
        ("overrides/partials/path.html",),
        {
            MATERIAL: ("partials/path.html", "partials/path-item.html"),
            ZENSICAL: ("partials/path.html", "partials/path-item.html"),
        },
    ),
)
