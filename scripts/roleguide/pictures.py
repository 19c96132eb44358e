"""The PNG pictures of the generated files, drawn once: a cache folder keyed by content hash.

The renderers describe each PNG as a Drawing (its SVG, roleguide/render/drawing.py). Drawing it with
resvg is the slow part of generating the site, and the pixels depend on nothing but the SVG, the
vendored font files and the version of resvg. So each PNG is kept in `.cache/roleguide/pictures/`
next to docs/, named by the SHA-256 of those three: a rebuild with nothing changed takes every PNG
from there and draws none; a content change redraws only the pictures whose SVG it changes.

After each generation the folder holds that generation's pictures and nothing else (older entries
are removed), so it never grows. A damaged entry (not a PNG) is drawn again. Deleting the folder is
always safe. The entry points (build.py for the CLI, the MkDocs hook) call this; the render layer
stays pure.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import version
from pathlib import Path

from .render import Drawing
from .render.infographic import fonts
from .render.infographic.raster import render_png

CACHE = Path(".cache") / "roleguide" / "pictures"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def cache_folder(docs: Path) -> Path:
    """Where the pictures of a project are kept: .cache/roleguide/pictures/ beside its docs/ folder."""
    return docs.resolve().parent / CACHE


@cache
def _renderer() -> bytes:
    """What else the pixels depend on: resvg's version and the font files it loads."""
    digest = hashlib.sha256(f"resvg_py {version('resvg_py')}\n".encode())
    for weight in sorted(fonts.FONT_FILES):
        digest.update(fonts.FONT_FILES[weight].read_bytes())
    return digest.digest()


def picture_key(drawing: Drawing) -> str:
    return hashlib.sha256(_renderer() + drawing.svg.encode("utf-8")).hexdigest()


@dataclass
class Pictures:
    """The generated files with every Drawing replaced by its PNG, and which paths were drawn anew."""

    files: dict[str, str | bytes] = field(default_factory=dict)
    drawn: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)


def draw(files: Mapping[str, str | bytes | Drawing], folder: Path | None) -> Pictures:
    """Every Drawing as PNG bytes: from `folder` when it holds the same picture, else drawn (and kept
    there). With no folder, everything is drawn."""
    result = Pictures()
    used: set[str] = set()
    for path, content in files.items():
        if not isinstance(content, Drawing):
            result.files[path] = content
            continue
        key = picture_key(content)
        entry = folder / f"{key}.png" if folder else None
        used.add(f"{key}.png")
        data = entry.read_bytes() if entry and entry.is_file() else b""
        if data.startswith(PNG_SIGNATURE):
            result.reused.append(path)
        else:
            data = render_png(content.svg)
            result.drawn.append(path)
            if entry:
                _write(entry, data)
        result.files[path] = data
    if folder and folder.is_dir():
        for old in folder.iterdir():
            if old.is_file() and old.name not in used:
                old.unlink()
    return result
