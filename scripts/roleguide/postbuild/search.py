"""The search index: Pagefind (pinned in tools/package.json) over the built site, the same for both
engines.

Pagefind reads the built pages and writes its index, its script and its WebAssembly into pagefind/ at
the site's root; the search (assets/search.js) fetches only the parts of the index that a query needs.
It indexes what a page marks as its body (`data-pagefind-body`: overrides/main.html marks the article
of each page whose front matter does not exclude it), so the navigation, the header and the table of
contents stay out, and so do the pages with no such mark (the 404 page, the pages at old addresses,
the one-page guide: printpage.py takes its mark off, as it repeats every page). A site with no marked
page (the offline copy, which keeps the theme's search) gets no index.

Pagefind also writes its ready-made interfaces (pagefind-ui.js and others), which the site does not
use (its own is assets/javascripts/search/); they are left out of the published site.
"""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
from pathlib import Path

from ..bundle import TOOLS, BundleError
from .site import BuiltSite

MARK = "data-pagefind-body"
FOLDER = "pagefind"
# What no page's search should find: the parts that the theme's search leaves out too (the pages mark
# them `data-search-exclude`: a section's lead and tags, forms, the comparison's restated rows) and
# the permalinks' sign after each heading.
EXCLUDE = "[data-search-exclude], .headerlink"
# Pagefind's interfaces that the site does not load.
UNUSED = ("pagefind-ui.*", "pagefind-modular-ui.*", "pagefind-component-ui.*", "pagefind-highlight.js")
_ARCH = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}


def binary() -> Path:
    """Pagefind's binary for this machine, from tools/node_modules, at the version tools/package.json pins."""
    wanted = json.loads((TOOLS / "package.json").read_text(encoding="utf-8"))["dependencies"]["pagefind"]
    package = (
        TOOLS
        / "node_modules"
        / "@pagefind"
        / f"{platform.system().lower()}-{_ARCH.get(platform.machine().lower(), platform.machine())}"
    )
    manifest = package / "package.json"
    found = json.loads(manifest.read_text(encoding="utf-8")).get("version") if manifest.is_file() else None
    executable = next(
        (package / "bin" / name for name in ("pagefind_extended", "pagefind") if (package / "bin" / name).is_file()),
        None,
    )
    if found != wanted or executable is None:
        raise BundleError(
            f"Pagefind {wanted} is not installed in tools/node_modules (found: {found or 'nothing'}); run "
            "`make tools`, which installs the versions pinned in tools/package-lock.json"
        )
    return executable


def run_pagefind(root: Path) -> list[str]:
    """Pagefind over the site in `root`, its index written to pagefind/ (what was there goes); the
    files written, relative to root."""
    target = root / FOLDER
    shutil.rmtree(target, ignore_errors=True)
    result = subprocess.run(
        [str(binary()), "--site", str(root), "--output-subdir", FOLDER, "--exclude-selectors", EXCLUDE, "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BundleError(f"Pagefind failed on the built site:\n{(result.stderr or result.stdout).strip()[-2000:]}")
    for pattern in UNUSED:
        for path in target.glob(pattern):
            path.unlink()
    return sorted(p.relative_to(root).as_posix() for p in target.rglob("*") if p.is_file())


def index(site: BuiltSite) -> list[str]:
    """Step: Pagefind's index of the marked pages, in pagefind/. Returns the files it wrote."""
    if not any(MARK in html for html in site.pages.values()):
        return []
    return run_pagefind(site.root)
