"""Our bundles named by their content, as the theme names its own files.

The generator writes our stylesheet and scripts under fixed names (assets/stylesheets/roleguide.css,
assets/javascripts/roleguide.js, charter.js), because mkdocs.yml and the templates name them. A host
may then let browsers keep them for a long time only at the risk of a new page meeting an old
stylesheet. `fingerprint` gives each a name with a hash of what it holds (`roleguide.<8 hex>.css`,
like the theme's `main.<8 hex>.min.css`), so that the cache rule for hashed names (hosting/README.md) covers them: a
changed file is a new address. A bundle that names another one (the script of every page loads the
charter's script by its file name) is hashed after it, with the new name written in. Every page is
pointed to the new names. Our bundles are found by the banner that bundle.py puts first in each.
Running it again changes nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..bundle import BANNER, OUTPUT
from .site import BuiltSite, content_name

_MARK = BANNER.split("{", 1)[0]  # "/* The role guide: "
_HASHED = re.compile(r"\.[0-9a-f]{8}$")


def bundles(site: BuiltSite) -> list[Path]:
    """Our bundles in the site, not yet named by their content."""
    found = []
    for folder in sorted(set(OUTPUT.values())):
        for path in sorted((site.root / folder).glob("*")):
            if (
                path.suffix in OUTPUT
                and not _HASHED.search(path.stem)
                and path.read_text(encoding="utf-8").startswith(_MARK)
            ):
                found.append(path)
    return found


def fingerprint(site: BuiltSite) -> list[str]:
    """Step: name each of our bundles by its content, those that others name first; point every page
    (and every bundle) to the new names. Returns the files that changed."""
    texts = {path: path.read_text(encoding="utf-8") for path in bundles(site)}
    changed: list[str] = []
    while texts:
        # A bundle is ready when it names no other bundle still to be renamed.
        ready = [p for p, text in texts.items() if not any(f'"{o.name}"' in text for o in texts if o != p)]
        if not ready:
            raise ValueError(f"our bundles name each other in a circle: {sorted(p.name for p in texts)}")
        for path in ready:
            text = texts.pop(path)
            name = content_name(path.stem, text, path.suffix)
            for other, other_text in texts.items():
                texts[other] = other_text.replace(f'"{path.name}"', f'"{name}"')
            changed += site.replace(path, text, name)
    return sorted(set(changed))
