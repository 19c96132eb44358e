"""Thin MkDocs hook for publishing: the downloads, and one fix to the page that mkdocs-print-site-plugin makes.

MkDocs loads this file by its path (mkdocs.yml, `hooks:`), so it imports the package with absolute
imports only.

- Downloads: the files named under `extra.downloads` in mkdocs.yml (the PDF and the offline zip) are
  published at downloads/<name> when `make pdf` / `make offline` have written them to dist/; the
  page at /print/ then links to them with their sizes. A build without them links to nothing.
- The print page: mkdocs-print-site-plugin renders /print/ with the template context of 404.html,
  whose base URL is the absolute path of site_url ("/"). Material reads that base for its search
  index and sitemap, so under file:// (the offline copy) it would look for /search/search_index.js
  at the root of the disk. The page gets the relative base that every other page has. (Written by
  hand: the plugin has no option for this.)
- Linkable spots on the print page: the plugin makes anchors unique by prefixing the page key, but
  only on headings (and li/sup), while it rewrites every in-page link. Table rows and other elements
  marked as linkable (`data-copy-link`) get the same prefix here, so /print/#comparison-goal
  resolves like /comparison/#goal does.
- Valid HTML on the print page (tests/test_html_valid.py): once the plugin has written it, three
  things that the Nu HTML Checker rejects change, and nothing that a reader sees: the plugin's
  `heading-number` attribute on each <section> goes (nothing reads it: its numbering styles select by
  id), its numbering <style>, which it appends to the body, moves to the end of <head>, and the title of
  Material's table of contents loses its `for`, which names the `__toc` toggle that only pages in the
  navigation have. And the plugin's empty permalinks on its section headings are named by
  `aria-label` instead of `title`, as ours are (roleguide/markdown_permalink.py).
- Material's stylesheets: once every page, /print/ included, is written, they are cut down to the rules
  that the site's pages and scripts can use (roleguide/purge.py, PurgeCSS), renamed by their new
  content hash, and every page is pointed to the new names. Not under `mkdocs serve`, which rebuilds
  on every save: it serves Material's stylesheets whole.
- The navigation's labels: each label of the navigation and of the table of contents gets the class
  `rg-nav-label` instead of Material's `md-ellipsis`, so that Material's script does not watch them
  for clipping as every page starts (roleguide/nav_labels.py; none is clipped). Not under `mkdocs
  serve`.
- Material's script: its first line becomes V8's compile hint, so that Chromium compiles it while it
  downloads rather than function by function in the page's start-up (roleguide/compile_hints.py); it
  is renamed by its new content hash and every page is pointed to it. Not under `mkdocs serve`.
- The Content-Security-Policy: last of all, every page gets the site's policy (roleguide/csp.py), so
  that a plain `mkdocs build` or `mkdocs gh-deploy` publishes it as `make build` does (build.py writes
  it for either engine). Not under `mkdocs serve`: its live reload adds an inline script to every page
  as it serves it, which the policy would block.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.utils import get_relative_url
from mkdocs_print_site_plugin.urls import get_page_key

from roleguide.bundle import BundleError
from roleguide.compile_hints import hint_site
from roleguide.csp import secure_site
from roleguide.nav_labels import plain_nav_labels
from roleguide.purge import purge_site

DIST = "dist"
DOWNLOADS = "downloads"
# The MkDocs command that runs this build: build, gh-deploy or serve (on_startup).
_command = {"name": "build"}


def on_startup(command: str, dirty: bool) -> None:
    _command["name"] = command


def _dist(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / DIST


def _human_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{max(1, round(size / 1000))} kB"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    found: list[dict[str, Any]] = []
    for item in config.extra.get("downloads") or []:
        name = item["file"]
        path = _dist(config) / name
        if path.is_file():
            size = _human_size(path.stat().st_size)
            found.append({"name": name, "path": f"{DOWNLOADS}/{name}", "size": size, "label": item["label"]})
    config.extra["published_downloads"] = found
    return config


# A start tag that is a linkable spot but not a heading: a table row, or anything with data-copy-link.
_SPOT = re.compile(r"<(?!h[1-6]\b|li\b|sup\b)(tr\b[^>]*|[a-z][a-z0-9]*\b[^>]*\bdata-copy-link\b[^>]*)>")
_ID = re.compile(r'(\sid=")([^"]+)(")')


def prefix_spot_ids(html: str, page_key: str) -> str:
    """id="x" -> id="<page_key>-x" on linkable spots that print-site leaves alone."""
    return _SPOT.sub(lambda tag: _ID.sub(rf"\g<1>{page_key}-\g<2>\g<3>", tag.group(0), count=1), html)


_HEADING_NUMBER = re.compile(r"""(<section\b[^>]*?)\s+heading-number=(["'])[^"']*\2""")
_NUMBERING_STYLE = re.compile(r"<style>(?:\.print-site-enumerate-[^<]*)?</style>")
_TOC_TITLE = '<label class="md-nav__title" for="__toc">'
_SECTION_PERMALINK = re.compile(r"(<a class='headerlink' href='[^']*') title='([^']*)'")


def valid_print_page(html: str) -> str:
    """The print page without print-site's heading-number attributes, with its numbering styles in
    <head>, without a label for a __toc toggle that the page lacks, and with its section permalinks
    named by aria-label."""
    html = _HEADING_NUMBER.sub(r"\1", html)
    html = _SECTION_PERMALINK.sub(r"\1 aria-label='\2'", html)
    styles = _NUMBERING_STYLE.findall(html)
    if styles and html.count("</head>") == 1:
        html = _NUMBERING_STYLE.sub("", html).replace("</head>", "".join(styles) + "</head>")
    if 'id="__toc"' not in html:
        html = html.replace(_TOC_TITLE, '<label class="md-nav__title">')
    return html


_TOC_START = '<ul class="md-nav__list" data-md-component="toc"'
_TOC_SLOT = "<h1 class='print-page-toc-title'>Contents</h1>"
_TOC_CALL = "generate_toc();"


def static_print_toc(html: str) -> str:
    """The print page with its contents written in, as print-site.js's generate_toc() would copy them
    from the sidebar (its first list, without data-md-component), and without that call."""
    start, slot = html.find(_TOC_START), html.find(_TOC_SLOT)
    if start < 0 or slot < 0 or html.count(_TOC_CALL) != 1:
        return html
    depth = 0
    for tag in re.finditer(r"<(/?)ul\b[^>]*>", html[start:]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            end = start + tag.end()
            break
    else:
        return html
    toc = html[start:end].replace(' data-md-component="toc"', "", 1)
    at = slot + len(_TOC_SLOT)
    return (html[:at] + toc + html[at:]).replace(_TOC_CALL, "")


def _pages(items: list[Any]) -> list[Any]:
    return [page for item in items for page in ([item] if item.is_page else _pages(item.children or []))]


# Before print-site's own on_post_build (priority 0), which renders /print/ with the saved context.
@event_priority(50)
def _before_print_site(config: MkDocsConfig) -> None:
    print_site = config.plugins.get("print-site")
    context = getattr(print_site, "context", None)
    if print_site is not None and context:
        context["base_url"] = get_relative_url(".", print_site.print_page.url)
        for page in _pages(print_site.renderer.items):
            if getattr(page, "html", None):
                page.html = prefix_spot_ids(page.html, get_page_key(page.url))
    target = Path(config.site_dir) / DOWNLOADS
    for item in config.extra.get("published_downloads", []):
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_dist(config) / item["name"], target / item["name"])


# After print-site's own on_post_build, which has written /print/.
@event_priority(-50)
def _after_print_site(config: MkDocsConfig) -> None:
    print_site = config.plugins.get("print-site")
    page = getattr(print_site, "print_page", None)
    target = Path(page.file.abs_dest_path) if page is not None else None
    if target is not None and target.is_file():
        html = target.read_text(encoding="utf-8")
        fixed = static_print_toc(valid_print_page(html))
        if fixed != html:
            target.write_text(fixed, encoding="utf-8")


def serving(config: MkDocsConfig) -> bool:
    """Whether `mkdocs serve` runs this build. `mkdocs serve --clean` says "build" to on_startup, but
    builds, as every serve does, into a folder of its own under the system's temporary folder
    (mkdocs/commands/serve.py: `tempfile.mkdtemp(prefix="mkdocs_")`)."""
    site = Path(config.site_dir)
    return _command["name"] == "serve" or (
        site.name.startswith("mkdocs_") and site.parent == Path(tempfile.gettempdir())
    )


# Last: after every page, /print/ included, has its final markup. The navigation's labels first, so
# that PurgeCSS reads the pages as they will be; the stylesheets and Material's script next, since both
# re-point pages to new file names; then the policy, which reads the pages as they will be served.
@event_priority(-100)
def _finish(config: MkDocsConfig) -> None:
    if serving(config):
        return
    site = Path(config.site_dir)
    try:
        plain_nav_labels(site)
        purge_site(site)
        hint_site(site)
        secure_site(site)
    except (BundleError, ValueError) as error:
        raise PluginError(str(error)) from None


on_post_build = CombinedEvent(_before_print_site, _after_print_site, _finish)
