"""The sitemap dated, and compressed, whichever engine wrote it.

MkDocs writes `<lastmod>` for each address (the build date, SOURCE_DATE_EPOCH when set) and a
sitemap.xml.gz beside it; Zensical 0.0.73 writes neither. `date_sitemap` gives every `<url>` without a
`<lastmod>` the build's date, and writes sitemap.xml.gz as MkDocs does (gzip, the file's name inside,
the build's time as its timestamp), so that both engines publish the same dated sitemap and two
builds of one commit are byte for byte the same.
"""

from __future__ import annotations

import gzip
import io
import re
import time

from .site import BuiltSite

SITEMAP = "sitemap.xml"
_UNDATED = re.compile(r"<url>(\s*)<loc>[^<]*</loc>(?=\s*</url>)")


def dated(xml: str, day: str) -> str:
    """The sitemap with `day` as the <lastmod> of every address that has none."""
    return _UNDATED.sub(lambda m: f"{m.group(0)}{m.group(1)}<lastmod>{day}</lastmod>", xml)


def compressed(xml: str, epoch: int) -> bytes:
    """sitemap.xml.gz as MkDocs writes it."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, filename=f"{SITEMAP}.gz", mode="wb", mtime=epoch) as packed:
        packed.write(xml.encode("utf-8"))
    return buffer.getvalue()


def date_sitemap(site: BuiltSite) -> list[str]:
    """Step: every address of sitemap.xml dated, and sitemap.xml.gz next to it. Returns the files
    that changed."""
    path = site.root / SITEMAP
    if not path.is_file():
        return []
    xml = path.read_text(encoding="utf-8")
    new = dated(xml, time.strftime("%Y-%m-%d", time.gmtime(site.epoch)))
    packed, target = compressed(new, site.epoch), site.root / f"{SITEMAP}.gz"
    changed = []
    if new != xml:
        path.write_text(new, encoding="utf-8")
        changed.append(SITEMAP)
    if new != xml or not target.is_file():
        target.write_bytes(packed)
        changed.append(target.name)
    return changed
