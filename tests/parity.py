"""What must come out the same from both engines (MkDocs with Material, and Zensical), and the short list
of what Zensical 0.0.73 cannot do alike, each with its reason.

`compare(mkdocs_site, zensical_site)` returns every difference between the two builds that is not on the
list, as one line each (an empty list passes): the same pages, the same element ids on each page, the
same article text, the same `<abbr>` explanations, tags that link to the same topics, the same
link-preview tags (`og:`, `twitter:`), the same dated sitemap (compressed too), and the same bytes for
every file the site takes from docs/ as it is (the redirect pages at old addresses among them).
test_engines.py runs it on the real builds and on copies with planted differences.

Each entry of DIFFERENCES is as narrow as it can be, and `stale(...)` reports an entry that no longer
holds, so that the list shrinks as Zensical grows: remove the entry, and its exception in compare().
"""

from __future__ import annotations

import gzip
import html
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

# The article of a page: Material's and Zensical's templates both wrap the content in it.
ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
ID = re.compile(r'<[a-zA-Z][^>]*?\sid="([^"]*)"')
ABBR = re.compile(r"<abbr\b[^>]*>.*?</abbr>", re.S)
TAG = re.compile(r'<a class="md-tag" href="([^"]+)">([^<]*)</a>')
PREVIEW = re.compile(r'<meta (?:property|name)="((?:og|twitter):[^"]+)" content="([^"]*)"')
# Each address of the sitemap with its date.
LOC = re.compile(r"<loc>([^<]+)</loc>\s*<lastmod>([^<]+)</lastmod>")
# Files of docs/ that no site holds: the navigation, the includes, the shim only the offline copy loads.
NOT_PUBLISHED = ("SUMMARY.md", "includes/", "assets/javascripts/vendor/")

# The one-page guide (/print/) comes from mkdocs-print-site-plugin, and only MkDocs runs plugins.
PRINT_PAGE = "print/index.html"
PRINT_BUTTON = 'class="md-content__button md-icon rg-print-link"'
# Zensical's base template gives its skip link a target of its own; Material's points at the first heading.
SKIP_TARGET = "__skip"
# A page at an old address (content/redirects.yml): every page has an http-equiv (the policy), only
# these a refresh.
REFRESH = 'http-equiv="refresh"'
# Each build's Content-Security-Policy (roleguide/csp.py), one per site, hashed from its own pages.
POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">\n?')


def _same_but_hashes(mk: set[str], zs: set[str]) -> bool:
    """One policy on every page of each build, and the two differ only in the hashes of their inline
    scripts; neither allows inline code but by hash, nor eval."""
    if len(mk) != 1 or len(zs) != 1 or mk == zs or "" in mk | zs:
        return False
    if any(token in policy.split() for policy in mk | zs for token in ("'unsafe-inline'", "'unsafe-eval'")):
        return False
    strip = re.compile(r" ?'sha256-[^']*'")
    return strip.sub("", next(iter(mk))) == strip.sub("", next(iter(zs)))


def _policies(site: Path) -> set[str]:
    return {found.group(1) if (found := POLICY.search(read(site / p))) else "" for p in html_files(site)}


@dataclass(frozen=True)
class Difference:
    """A difference that Zensical 0.0.73 cannot avoid: what, why, and a check that it still holds."""

    name: str
    reason: str
    holds: Callable[[Path, Path], bool]


def html_files(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _every_page(site: Path, check: Callable[[str], bool]) -> bool:
    pages = [p for p in html_files(site) if p != PRINT_PAGE and REFRESH not in read(site / p)]
    return bool(pages) and all(check(read(site / p)) for p in pages)


DIFFERENCES = [
    Difference(
        "the one-page guide",
        "/print/, its printer button on every page and the downloads it offers come from "
        "mkdocs-print-site-plugin and our publish hook; Zensical 0.0.73 runs no MkDocs plugin or hook",
        lambda mk, zs: (
            (mk / PRINT_PAGE).is_file()
            and not (zs / PRINT_PAGE).exists()
            and PRINT_BUTTON in read(mk / "index.html")
            and PRINT_BUTTON not in read(zs / "index.html")
        ),
    ),
    Difference(
        "the skip link's target",
        "Zensical's base template adds <a id=\"__skip\"> for its skip link on every page; Material's "
        "skip link points at the page's first heading, which both have",
        lambda mk, zs: (
            _every_page(zs, lambda t: f'id="{SKIP_TARGET}"' in t)
            and not any(f'id="{SKIP_TARGET}"' in read(mk / p) for p in html_files(mk))
        ),
    ),
    Difference(
        "the policy's hashes",
        "each build lists the hashes of its own inline scripts in its Content-Security-Policy, and "
        "Zensical's base template writes the theme's storage helpers (__md_scope) differently; every "
        "directive is otherwise the same, and the pages at old addresses differ only in that <meta>",
        lambda mk, zs: _same_but_hashes(_policies(mk), _policies(zs)),
    ),
]


def stale(mkdocs_site: Path, zensical_site: Path) -> list[str]:
    """The listed differences that no longer hold: Zensical has caught up, so the entry must go."""
    return [
        f"{d.name}: no longer differs; remove it from DIFFERENCES"
        for d in DIFFERENCES
        if not d.holds(mkdocs_site, zensical_site)
    ]


def visible_text(markup: str) -> str:
    markup = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", markup, flags=re.S)
    markup = re.sub(r"</?(abbr|a|span|strong|em|code)\b[^>]*>", "", markup)  # inline: no space
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _article(text: str) -> str:
    found = ARTICLE.search(text)
    return found.group(1) if found else ""


def _page(name: str, mk: str, zs: str) -> Iterator[str]:
    mk_ids, zs_ids = Counter(ID.findall(mk)), Counter(ID.findall(zs))
    if zs_ids[SKIP_TARGET] == 1:  # DIFFERENCES: the skip link's target
        del zs_ids[SKIP_TARGET]
    for only, ids in (("MkDocs", mk_ids - zs_ids), ("Zensical", zs_ids - mk_ids)):
        if ids:
            yield f"{name}: element ids only {only} gives: {sorted(ids)}"
    mk_article, zs_article = _article(mk), _article(zs)
    if not mk_article or not zs_article:
        yield f"{name}: no article in the {'MkDocs' if not mk_article else 'Zensical'} build"
    mk_text, zs_text = visible_text(mk_article), visible_text(zs_article)
    if mk_text != zs_text:
        start = next((i for i, (a, b) in enumerate(zip(mk_text, zs_text, strict=False)) if a != b), 0)
        yield f"{name}: the article text differs: MkDocs {mk_text[start:][:80]!r}, Zensical {zs_text[start:][:80]!r}"
    for what, pattern in (("<abbr> explanations", ABBR), ("topic tags", TAG)):
        mk_found, zs_found = sorted(set(pattern.findall(mk_article))), sorted(set(pattern.findall(zs_article)))
        if mk_found != zs_found:
            yield f"{name}: the {what} differ: MkDocs {mk_found[:5]}, Zensical {zs_found[:5]}"
    mk_preview, zs_preview = sorted(PREVIEW.findall(mk)), sorted(PREVIEW.findall(zs))
    if mk_preview != zs_preview:
        changed = sorted(set(mk_preview) ^ set(zs_preview))
        yield f"{name}: the link-preview tags differ: {changed}"


def published(site: Path, rel: str) -> Path:
    """Where a file of docs/ is in a built site: at its own path, or under a name that carries its
    content's hash (our bundles, roleguide/postbuild/fingerprint.py)."""
    path = site / rel
    hashed = sorted(path.parent.glob(f"{path.stem}.[0-9a-f]*{path.suffix}")) if not path.exists() else []
    return hashed[0] if len(hashed) == 1 else path


def compare(mkdocs_site: Path, zensical_site: Path, docs: Path) -> list[str]:
    """Every difference between the two builds that DIFFERENCES does not list."""
    problems = []
    mk_files, zs_files = set(html_files(mkdocs_site)), set(html_files(zensical_site))
    mk_files.discard(PRINT_PAGE)  # DIFFERENCES: the one-page guide
    for only, files in (("MkDocs", mk_files - zs_files), ("Zensical", zs_files - mk_files)):
        if files:
            problems.append(f"pages only {only} builds: {sorted(files)}")
    for name in sorted(mk_files & zs_files):
        mk, zs = read(mkdocs_site / name), read(zensical_site / name)
        if REFRESH in mk or REFRESH in zs:  # pages at old addresses: compared as files below
            continue
        problems += _page(name, mk, zs)
    locs = [sorted(LOC.findall(read(site / "sitemap.xml"))) for site in (mkdocs_site, zensical_site)]
    if locs[0] != locs[1] or not locs[0]:
        problems.append(f"the sitemaps list different dated addresses: {sorted(set(locs[0]) ^ set(locs[1]))}")
    packed = [site / "sitemap.xml.gz" for site in (mkdocs_site, zensical_site)]
    if not all(
        p.is_file() and gzip.decompress(p.read_bytes()) == (p.parent / "sitemap.xml").read_bytes() for p in packed
    ):
        problems.append("sitemap.xml.gz is missing from a build, or is not its sitemap.xml compressed")
    for source in sorted(p for p in docs.rglob("*") if p.is_file() and p.suffix != ".md"):
        rel = source.relative_to(docs).as_posix()
        if rel.startswith(NOT_PUBLISHED) or rel == ".gitignore":
            continue
        copies = [published(site, rel) for site in (mkdocs_site, zensical_site)]
        if all(c.is_file() for c in copies) and rel.endswith(".html"):  # DIFFERENCES: the policy's hashes
            same = POLICY.sub("", read(copies[0])) == POLICY.sub("", read(copies[1]))
        else:
            same = all(c.is_file() for c in copies) and copies[0].read_bytes() == copies[1].read_bytes()
        if not same:
            problems.append(f"{rel}: not published as the same bytes by both engines")
    return problems
