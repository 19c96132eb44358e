"""Link previews of a built site: every HTML page (redirect stubs aside) names a picture that the site
holds, 1200 x 630 PNG, its own, with the same picture and alternative text for every kind of preview
(Open Graph for chat apps, Twitter cards)."""

from __future__ import annotations

import hashlib
import html
import io
import re
from pathlib import Path

from PIL import Image

from conftest import page_files

SIZE = (1200, 630)


def meta_tags(page: Path) -> dict[str, str]:
    text = page.read_text(encoding="utf-8")
    found = re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)"', text)
    return {html.unescape(key): html.unescape(value) for key, value in found}


def html_pages(site: Path) -> list[Path]:
    return [*page_files(site), site / "404.html"]


def problems(site: Path, site_url: str) -> list[str]:
    """Everything wrong with the previews of the site built in `site` for the address `site_url`."""
    found: list[str] = []
    seen: dict[str, Path] = {}
    used: set[Path] = set()
    for page in html_pages(site):
        name = page.relative_to(site).as_posix()
        meta = meta_tags(page)
        image = meta.get("og:image")
        if not image:
            found.append(f"{name}: no og:image")
            continue
        if meta.get("twitter:image") != image:
            found.append(f"{name}: twitter:image {meta.get('twitter:image')!r} is not og:image {image!r}")
        alt = meta.get("og:image:alt", "")
        if not alt or meta.get("twitter:image:alt") != alt:
            found.append(f"{name}: og:image:alt and twitter:image:alt must be the same text, and not empty")
        if (meta.get("og:image:width"), meta.get("og:image:height")) != ("1200", "630"):
            found.append(f"{name}: og:image:width and og:image:height must say 1200 x 630")
        if not image.startswith(site_url):
            found.append(f"{name}: og:image {image} is not on the site ({site_url})")
            continue
        file = site / image.removeprefix(site_url)
        if not file.is_file():
            found.append(f"{name}: its preview {image} is not in the built site")
            continue
        used.add(file)
        data = file.read_bytes()
        try:
            with Image.open(io.BytesIO(data)) as picture:
                kind, size = picture.format, picture.size
        except OSError:
            kind, size = "not an image", (0, 0)
        if kind != "PNG" or size != SIZE:
            found.append(f"{name}: {image} is {kind} {size[0]} x {size[1]}, not a 1200 x 630 PNG")
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            found.append(f"{name}: its preview shows the same picture as {seen[digest].relative_to(site).as_posix()}")
        seen.setdefault(digest, page)
    cards = site / "assets" / "cards"
    for unused in sorted(set(cards.glob("*.png")) - used if cards.is_dir() else ()):
        found.append(f"{unused.relative_to(site).as_posix()}: no page uses this card")
    return found
