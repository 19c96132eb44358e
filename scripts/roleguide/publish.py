"""`python -m roleguide.publish offline|pdf`: the two things a reader can take away.

- `offline`: build mkdocs.offline.yml (Material's offline plugin: file:// links and an inlined search
  index) into site-offline/ the same way `roleguide build` builds site/, drop the files a browser never
  loads from disk, then zip it into dist/role-guide-offline.zip. The zip is reproducible: sorted
  entries, one fixed timestamp.
- `pdf`: open the one-page guide of a built site (/print/, made by mkdocs-print-site-plugin) in headless
  Chromium over file:// and print it to dist/role-guide.pdf, with a document outline (bookmarks) and
  tags. The layout is the site's own print stylesheet, exactly what a browser's Print gives.

Like build.py, this module writes only through temporary files that replace their target at the end, so a
failure leaves the previous zip or PDF in place.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from .browser import chromium
from .build import build, last_commit_time
from .bundle import BundleError
from .load import ContentError, display
from .render.previews import CARD_DIR

OFFLINE_CONFIG = Path("mkdocs.offline.yml")
OFFLINE_SITE = Path("site-offline")
OFFLINE_ZIP = Path("dist/role-guide-offline.zip")
# The folder the zip unpacks into.
ZIP_FOLDER = "role-guide"
PDF = Path("dist/role-guide.pdf")
PRINT_PAGES = ("print/index.html", "print.html")  # with and without directory URLs


def _replace(target: Path, write: Callable[[Path], object]) -> None:
    """Call write(temporary path), then move the result over target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the file is for publishing
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _zip_time(root: Path) -> tuple[int, int, int, int, int, int]:
    """One timestamp for every entry: SOURCE_DATE_EPOCH, else the last commit, else 1980-01-01."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or last_commit_time(root)
    if not epoch:
        return (1980, 1, 1, 0, 0, 0)
    return time.gmtime(max(int(epoch), 315532800))[:6]


def write_zip(folder: Path, archive: Path, stamp: tuple[int, int, int, int, int, int]) -> None:
    """Zip folder into archive under ZIP_FOLDER/, byte for byte the same for the same files."""

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                info = zipfile.ZipInfo(f"{ZIP_FOLDER}/{path.relative_to(folder).as_posix()}", date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
                zf.writestr(info, path.read_bytes())

    _replace(archive, write)


def unused_offline(site: Path) -> list[Path]:
    """Files of an offline build that a reader's browser never loads from disk: source maps, the search
    index as JSON (file:// reads search_index.js), lunr's language packs when the search is English
    only (Material's search worker imports them for other languages), and the pages' link-preview cards
    (a chat app fetches them from the published site, never from a copy on disk). They are two thirds
    of the zip."""
    unused = sorted(site.rglob("*.map")) + sorted((site / CARD_DIR).rglob("*.png"))
    index = site / "search" / "search_index.json"
    if index.is_file():
        if json.loads(index.read_text(encoding="utf-8")).get("config", {}).get("lang") == ["en"]:
            unused += sorted(p for p in (site / "assets" / "javascripts" / "lunr").rglob("*") if p.is_file())
        unused.append(index)
    return unused


def offline(root: Path, content: Path, docs: Path, assets: Path) -> Path:
    site = root / OFFLINE_SITE
    build(content, docs, site, root / OFFLINE_CONFIG, assets)
    for path in unused_offline(site):
        path.unlink()
    for folder in sorted((p for p in site.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    write_zip(site, root / OFFLINE_ZIP, _zip_time(root))
    return root / OFFLINE_ZIP


def find_print_page(site: Path) -> Path:
    for name in PRINT_PAGES:
        if (site / name).is_file():
            return site / name
    raise SystemExit(f"{display(site)} has no one-page guide ({' or '.join(PRINT_PAGES)}); build the site first")


def pdf(site: Path, target: Path) -> Path:
    """Print the one-page guide of a built site to target."""
    page_file = find_print_page(site).resolve()
    with chromium() as browser:
        page = browser.new_page(color_scheme="light")
        page.goto(page_file.as_uri(), wait_until="load")
        # The contents, which the build writes into the page (postbuild/printpage.py), are there.
        page.wait_for_selector("#print-page-toc ul", state="attached")
        data = page.pdf(format="A4", print_background=True, prefer_css_page_size=False, outline=True, tagged=True)
    _replace(target, lambda tmp: tmp.write_bytes(data))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="roleguide.publish", description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")
    parser.add_argument("--docs", type=Path, default=Path("docs"), help="MkDocs docs_dir (default: docs)")
    parser.add_argument(
        "--assets", type=Path, default=Path("assets"), help="stylesheets and scripts to bundle (default: assets)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("offline", help=f"build {OFFLINE_SITE}/ and {OFFLINE_ZIP}")
    pdf_cmd = commands.add_parser("pdf", help=f"print /print/ of a built site to {PDF}")
    pdf_cmd.add_argument("--site", type=Path, default=Path("site"), help="the built site (default: site)")
    pdf_cmd.add_argument("--out", type=Path, default=PDF, help=f"the PDF to write (default: {PDF})")
    args = parser.parse_args(argv)
    try:
        if args.command == "offline":
            archive = offline(Path.cwd(), args.content, args.docs, args.assets)
            print(f"wrote {display(OFFLINE_SITE)}/ and {display(archive)} ({archive.stat().st_size:,} bytes)")
        elif args.command == "pdf":
            target = pdf(args.site, args.out)
            print(f"wrote {display(target)} ({target.stat().st_size:,} bytes)")
    except (ContentError, BundleError) as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
