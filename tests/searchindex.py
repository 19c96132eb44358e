"""What the search index of a built site holds, read from Pagefind's own files: each indexed page is a
fragment (pagefind/fragment/*.pf_fragment), gzip-compressed JSON after a fixed signature, with the
page's address, the text Pagefind took from it, its metadata and its headings (anchors)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


def fragments(site: Path) -> dict[str, dict]:
    """Each indexed page's fragment, by its address ("/tools/")."""
    found = {}
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(SIGNATURE), f"{path.name}: not a Pagefind fragment"
        fragment = json.loads(data[len(SIGNATURE) :])
        found[fragment["url"]] = fragment
    return found
