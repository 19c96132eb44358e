"""The theme's stylesheets cut down to the rules that the site can use (PurgeCSS, pinned in tools/).

Material and Zensical ship one stylesheet for every feature they have (main.<hash>.min.css, 137 kB
and 144 kB: admonitions, content tabs, code annotations, right-to-left scripts, every icon...) and one
with every colour they offer (palette.<hash>.min.css). Both block the first paint, so each unused byte
delays it, most on a host that serves files uncompressed. `purge` runs PurgeCSS over the two that the
pages link, with every page and every script that writes markup as the content: a rule stays when each
class, id, element and attribute of its selector occurs in some page or script. The theme's script
names the classes it adds (search results, tooltips, the header's shadow, the table of contents'
states) as whole strings, so their rules stay; the few it builds from pieces are kept by SAFELIST.

One rule goes on purpose (BLOCKLIST): `[data-md-color-switching] *`, which the theme uses to stop
colour transitions while the reader switches light and dark; see javascripts/palette.js.

Each purged stylesheet gets a name with a hash of its new content (8 hex digits, like the theme's, so
the cache rule for hashed names still holds); every page is pointed to it, and the old file goes with
its source map, which no longer matches. Running it again on a purged site changes nothing. Ours
(roleguide.css) is left whole: every rule of it serves some page, and our scripts build markup from
its classes.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

from ..bundle import TOOLS, BundleError
from .site import BuiltSite, content_name

SCRIPT = TOOLS / "purge.mjs"
# The theme's stylesheets, as Material and Zensical name them (and as this module renames them), in
# assets/stylesheets/ (Material) or a folder of it per variant (Zensical: classic/, modern/).
SHEETS = re.compile(r"^(main|palette)\.[0-9a-f]{8}\.min\.css$")
FOLDER = "assets/stylesheets"
_LINK = re.compile(r'<link rel="stylesheet" href="(?:[^"]*/)?(assets/stylesheets/[^"]+)"')
# Class names that the theme's script builds from pieces (`md-tag--${type}`, `md-source__fact--${key}`,
# `tabbed-control--${direction}`), so that no page or script holds them whole: kept when a page has the
# feature they belong to (tags, the repository's facts, content tabs), named by the class it has.
SAFELIST = {"^md-tag": "md-tag", "^md-source__fact": "md-source", "^tabbed-control": "tabbed-set"}
BLOCKLIST = ("data-md-color-switching",)
# The scripts that put markup in pages: the theme's bundle and ours (assets/javascripts/, not its lunr/
# and workers/ folders, which never touch a page) and print-site's (js/).
SCRIPTS = ("assets/javascripts", "js")
_MAP_COMMENT = re.compile(r"/\*# sourceMappingURL=[^*]*\*/\s*$")


def stylesheets(site: BuiltSite) -> list[Path]:
    """The theme's stylesheets that some page links to."""
    linked = {found for html in site.pages.values() for found in _LINK.findall(html)}
    return sorted(site.root / name for name in linked if SHEETS.match(Path(name).name) and (site.root / name).is_file())


def _run(options: Mapping[str, object]) -> list[str]:
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
    return list(json.loads(result.stdout))


def purge(site: BuiltSite) -> list[str]:
    """Step: cut the theme's stylesheets down to what the pages and scripts use, rename them by
    their new content and point every page to them. Returns the files that changed."""
    sheets = stylesheets(site)
    if not sheets:
        return []
    pages = site.pages
    used = {marker for marker in SAFELIST.values() if any(marker in html for html in pages.values())}
    options = {
        "css": [str(p) for p in sheets],
        "content": [str(site.root / folder / "*.js") for folder in SCRIPTS],
        "raw": list(pages.values()),
        "safelist": [pattern for pattern, marker in SAFELIST.items() if marker in used],
        "blocklist": list(BLOCKLIST),
    }
    changed: list[str] = []
    for sheet, css in zip(sheets, _run(options), strict=True):
        css = _MAP_COMMENT.sub("", css).rstrip() + "\n"
        name = content_name(sheet.name.split(".", 1)[0], css, ".min.css")
        if name == sheet.name and sheet.read_text(encoding="utf-8") == css:
            continue
        sheet.with_name(sheet.name + ".map").unlink(missing_ok=True)
        changed += site.replace(sheet, css, name)
    return changed
