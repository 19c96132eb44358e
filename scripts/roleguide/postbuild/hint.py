"""Material's script, marked so that Chromium compiles it while it downloads instead of on the main thread.

V8 compiles a function the first time it is called, on the main thread, unless it knows beforehand
that the function will run. Material's bundle (assets/javascripts/bundle.<hash>.min.js) sets up every
component of the page when it loads, so about 550 of its functions were compiled one by one in its
start-up tasks: the largest part of the main-thread time that Lighthouse counts as blocking. A file
that begins with the comment `//# allFunctionsCalledOnLoad` (V8's explicit compile hints, Chromium
136 and later) is compiled whole on a background thread while it streams in; other browsers read a
comment. `hint` puts that line first in the bundle of a built site, names the file by a hash of
its new code (8 hex digits, as Material does, so the cache rule of hosting/README.md still holds), shifts its
source map by the one line and points every page to the new name. Running it again changes nothing.

Our own scripts get no hint: most of their functions are event handlers that may never run, and
marking them measured no gain (notes/2026-12-07-theme-patches.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .site import BuiltSite, content_name

HINT = "//# allFunctionsCalledOnLoad\n"
FOLDER = "assets/javascripts"
BUNDLE = re.compile(r"^bundle\.[0-9a-f]{8}\.min\.js$")
_MAP_URL = re.compile(r"//# sourceMappingURL=(\S+)\s*$")


def bundles(site: Path) -> list[Path]:
    folder = site / FOLDER
    return sorted(p for p in folder.glob("bundle.*.min.js") if BUNDLE.match(p.name)) if folder.is_dir() else []


def _shift_map(old_map: Path, new_map: Path, new_name: str) -> None:
    """The source map of a script that got one line more at its top: one empty line more in
    `mappings` (lines are separated by ';'), and the script's new name."""
    data = json.loads(old_map.read_text(encoding="utf-8"))
    data["mappings"] = ";" + data["mappings"]
    data["file"] = new_name
    new_map.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    if new_map != old_map:
        old_map.unlink()


def hint(site: BuiltSite) -> list[str]:
    """Step: put the compile hint first in the theme's bundle; rename it (and its map) by the new
    content's hash and point every page to it. Returns the files that changed (none the second time)."""
    changed: list[str] = []
    for script in bundles(site.root):
        text = script.read_text(encoding="utf-8")
        if text.startswith(HINT):
            continue
        found = _MAP_URL.search(text)
        code = HINT + (text[: found.start()] if found else text)
        # Named by the code, not by the line that names the map (and so the script).
        name = content_name("bundle", code, ".min.js")
        old_map = script.with_name(script.name + ".map")
        if found and found.group(1) == old_map.name and old_map.is_file():
            _shift_map(old_map, script.with_name(name + ".map"), name)
            code += f"//# sourceMappingURL={name}.map\n"
        changed += site.replace(script, code, name)
    return changed
