"""Material's stylesheets cut down to the rules that the site can use (PurgeCSS, pinned in tools/).

Material ships one stylesheet for every feature it has (main.<hash>.min.css, 137 kB: admonitions,
content tabs, code annotations, right-to-left scripts, every icon...) and one with every colour it
offers (palette.<hash>.min.css). Both block the first paint, so each unused byte delays it, most on a
host that serves files uncompressed. After a MkDocs build, `purge_site` runs PurgeCSS over those two
files with every page of the built site and every script that writes markup as the content: a rule
stays when each class, id, element and attribute of its selector occurs in some page or script.
Material's script names the classes it adds (search results, tooltips, the header's shadow, the table
of contents' states) as whole strings, so their rules stay; the few it builds from pieces are kept by
SAFELIST.

One rule goes on purpose (BLOCKLIST): `[data-md-color-switching] *`, which Material uses to stop
colour transitions while the reader switches light and dark. Material sets and clears that attribute
on every page load too, and each time the rule makes the browser work out the style of every element
again: two full style passes in the page's start-up, the largest part of its main-thread time on a
phone (README, "Stylesheets and scripts"). assets/stylesheets/extra.css and
assets/javascripts/palette.js keep the instant switch for the reader's own toggle only.

Each purged stylesheet gets a name with a hash of its new content (8 hex digits, like Material's, so
the README's cache rule still holds); every page is pointed to it, and the old file goes with its
source map, which no longer matches. Running it again on a purged site changes nothing. Ours
(roleguide.css) is left whole: every rule of it serves some page, and our scripts build markup from
its classes.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

from .bundle import TOOLS, BundleError
from .renames import Renamed, point_pages

SCRIPT = TOOLS / "purge.mjs"
# Material's stylesheets, as Material names them (and as this module renames them).
SHEETS = re.compile(r"^(main|palette)\.[0-9a-f]{8}\.min\.css$")
FOLDER = "assets/stylesheets"
# Class names that Material's script builds from pieces (`md-tag--${type}`, `md-source__fact--${key}`,
# `tabbed-control--${direction}`), so that no page or script holds them whole: kept when a page has the
# feature they belong to (tags, the repository's facts, content tabs), named by the class it has.
SAFELIST = {"^md-tag": "md-tag", "^md-source__fact": "md-source", "^tabbed-control": "tabbed-set"}
BLOCKLIST = ("data-md-color-switching",)
# The scripts that put markup in pages: Material's bundle and ours (assets/javascripts/, not its lunr/
# and workers/ folders, which never touch a page) and print-site's (js/).
SCRIPTS = ("assets/javascripts", "js")
_MAP_COMMENT = re.compile(r"/\*# sourceMappingURL=[^*]*\*/\s*$")


def stylesheets(site: Path) -> list[Path]:
    folder = site / FOLDER
    return sorted(p for p in folder.glob("*.css") if SHEETS.match(p.name)) if folder.is_dir() else []


def _run(options: dict[str, object]) -> list[str]:
    """PurgeCSS's output for each stylesheet of options["css"], in that order."""
    package = TOOLS / "node_modules" / "purgecss" / "package.json"
    if not package.is_file() or shutil.which("node") is None:
        raise BundleError(
            "PurgeCSS is not installed in tools/node_modules (or Node.js is missing); run `make tools`, "
            "which installs the versions pinned in tools/package-lock.json"
        )
    result = subprocess.run(
        ["node", str(SCRIPT)], input=json.dumps(options), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BundleError(f"PurgeCSS failed on the built site:\n{result.stderr.strip()[-2000:]}")
    return json.loads(result.stdout)


def _hashed(name: str, css: str) -> str:
    stem = SHEETS.match(name).group(1)  # type: ignore[union-attr]
    return f"{stem}.{hashlib.sha256(css.encode('utf-8')).hexdigest()[:8]}.min.css"


def purge_site(site: Path) -> list[Renamed]:
    """Cut Material's stylesheets of a built site down to what its pages and scripts use; rename
    them and point every page to the new names. Returns what changed (nothing on a purged site)."""
    sheets = stylesheets(site)
    if not sheets:
        return []
    pages = {page: page.read_text(encoding="utf-8") for page in sorted(site.rglob("*.html"))}
    used = {marker for marker in SAFELIST.values() if any(marker in html for html in pages.values())}
    options = {
        "css": [str(p) for p in sheets],
        "content": [str(site / "**" / "*.html"), *(str(site / folder / "*.js") for folder in SCRIPTS)],
        "safelist": [pattern for pattern, marker in SAFELIST.items() if marker in used],
        "blocklist": list(BLOCKLIST),
    }
    done: list[Renamed] = []
    for sheet, css in zip(sheets, _run(options), strict=True):
        css = _MAP_COMMENT.sub("", css).rstrip() + "\n"
        name = _hashed(sheet.name, css)
        if name == sheet.name and sheet.read_text(encoding="utf-8") == css:
            continue
        (sheet.parent / name).write_text(css, encoding="utf-8")
        if name != sheet.name:
            sheet.unlink()
        sheet.with_name(sheet.name + ".map").unlink(missing_ok=True)
        done.append(Renamed(sheet.name, name))
    point_pages(site, FOLDER, done)
    return done
