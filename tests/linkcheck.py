"""Gate 5: every internal link and #anchor in a built site resolves to a file and an element.

Written by hand (with the standard library's HTML parser) because the well-kept checkers do not fit:
MkDocs' own validation sees only Markdown links, not raw HTML, inline SVG or the theme's templates;
the htmlproofer plugin checks Markdown pages only; linkchecker needs a server or the network and checks
anchors through an optional plugin. This reads every .html and .svg file of the built site, offline.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

# (tag, attribute) pairs that point at another resource; SVG spells href as href or xlink:href.
LINK_ATTRIBUTES = {
    ("a", "href"),
    ("area", "href"),
    ("link", "href"),
    ("img", "src"),
    ("script", "src"),
    ("iframe", "src"),
    ("source", "src"),
    ("use", "href"),
    ("use", "xlink:href"),
    ("image", "href"),
    ("image", "xlink:href"),
    ("a", "xlink:href"),
}
SKIPPED_SCHEMES = {"mailto", "tel", "javascript", "data", "blob"}


class _Document(HTMLParser):
    """The ids a file defines and the links it holds (with their line numbers)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif (tag, name) in LINK_ATTRIBUTES:
                self.links.append((self.getpos()[0], value.strip()))

    handle_startendtag = handle_starttag


def _parse(path: Path) -> _Document:
    document = _Document()
    document.feed(path.read_text(encoding="utf-8"))
    document.close()
    return document


def _target(site: Path, url_path: str) -> Path | None:
    """The file a static server would answer for url_path, or None."""
    candidate = site / unquote(url_path).lstrip("/")
    if url_path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def broken_links(site: Path, site_url: str = "") -> list[str]:
    """Every internal link of every page that does not resolve, as 'file:line: link: why'.

    site_url is the address the site was built for: absolute links to it (canonical, og:url) are
    internal too. Links to other hosts are not fetched; the third-party gate covers requests.
    """
    site = site.resolve()
    base = urlsplit(site_url)
    documents = {path: _parse(path) for path in sorted([*site.rglob("*.html"), *site.rglob("*.svg")])}
    problems = []
    for path, document in documents.items():
        page_url = "/" + path.relative_to(site).as_posix()
        for line, link in document.links:
            if not link:
                problems.append(f"{path.relative_to(site)}:{line}: empty link")
                continue
            parts = urlsplit(urljoin(page_url, link))
            if parts.scheme in SKIPPED_SCHEMES:
                continue
            url_path = parts.path
            if parts.netloc:
                if (parts.scheme, parts.netloc) != (base.scheme, base.netloc) or not base.netloc:
                    continue  # another host
                url_path = "/" + parts.path.removeprefix(base.path.rstrip("/")).lstrip("/")
            target = _target(site, url_path)
            where = f"{path.relative_to(site)}:{line}: {link}"
            if target is None:
                problems.append(f"{where}: no such page or file")
            elif parts.fragment and unquote(parts.fragment) not in _ids(documents, target):
                problems.append(f"{where}: {target.relative_to(site)} has no element with id '{parts.fragment}'")
    return problems


def _ids(documents: dict[Path, _Document], target: Path) -> set[str]:
    document = documents.get(target.resolve())
    return document.ids if document is not None else set()
