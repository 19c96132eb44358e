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
- Everything else that a built site gets, under either engine, is the post-build pipeline
  (roleguide/postbuild/): the print page made valid and static, the theme's stylesheets cut down, our
  bundles named by their content, the Content-Security-Policy, the dated sitemap. After a plain
  `mkdocs build` or `mkdocs gh-deploy` this hook runs it, last of all; under `roleguide build` (make
  build, make offline), which runs it itself on its staging folder for either engine, and under
  `mkdocs serve`, whose live reload adds an inline script to every page that the policy would block,
  it does not.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.utils import get_build_timestamp, get_relative_url
from mkdocs_print_site_plugin.urls import get_page_key

from roleguide import postbuild
from roleguide.build import GENERATED
from roleguide.bundle import BundleError

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


# mkdocs-print-site-plugin puts its script first in `extra_javascript` (its on_config), so every page
# loads it, though only its own page (/print/) calls it. It is taken out here, after the plugin's
# on_config, and put back just before the plugin renders its page, once every other page is written:
# the theme writes `config.extra_javascript` into each page it renders.
PRINT_SITE_SCRIPT = "js/print-site.js"
_print_site_scripts: list[Any] = []


@event_priority(-50)
def _print_site_script_off(config: MkDocsConfig) -> None:
    scripts = config.extra_javascript
    _print_site_scripts[:] = [s for s in scripts if str(s) == PRINT_SITE_SCRIPT]
    scripts[:] = [s for s in scripts if str(s) != PRINT_SITE_SCRIPT]


def _downloads(config: MkDocsConfig) -> None:
    found: list[dict[str, Any]] = []
    for item in config.extra.get("downloads") or []:
        name = item["file"]
        path = _dist(config) / name
        if path.is_file():
            size = _human_size(path.stat().st_size)
            found.append({"name": name, "path": f"{DOWNLOADS}/{name}", "size": size, "label": item["label"]})
    config.extra["published_downloads"] = found


on_config = CombinedEvent(_downloads, _print_site_script_off)


# A start tag that is a linkable spot but not a heading: a table row, or anything with data-copy-link.
_SPOT = re.compile(r"<(?!h[1-6]\b|li\b|sup\b)(tr\b[^>]*|[a-z][a-z0-9]*\b[^>]*\bdata-copy-link\b[^>]*)>")
_ID = re.compile(r'(\sid=")([^"]+)(")')


def prefix_spot_ids(html: str, page_key: str) -> str:
    """id="x" -> id="<page_key>-x" on linkable spots that print-site leaves alone."""
    return _SPOT.sub(lambda tag: _ID.sub(rf"\g<1>{page_key}-\g<2>\g<3>", tag.group(0), count=1), html)


def _pages(items: list[Any]) -> list[Any]:
    return [page for item in items for page in ([item] if item.is_page else _pages(item.children or []))]


# Before print-site's own on_post_build (priority 0), which renders /print/ with the saved context.
@event_priority(50)
def _before_print_site(config: MkDocsConfig) -> None:
    print_site = config.plugins.get("print-site")
    context = getattr(print_site, "context", None)
    if print_site is not None and context:
        context["base_url"] = get_relative_url(".", print_site.print_page.url)
        config.extra_javascript[:0] = _print_site_scripts
        for page in _pages(print_site.renderer.items):
            if getattr(page, "html", None):
                page.html = prefix_spot_ids(page.html, get_page_key(page.url))
    target = Path(config.site_dir) / DOWNLOADS
    for item in config.extra.get("published_downloads", []):
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_dist(config) / item["name"], target / item["name"])


def serving(config: MkDocsConfig) -> bool:
    """Whether `mkdocs serve` runs this build. `mkdocs serve --clean` says "build" to on_startup, but
    builds, as every serve does, into a folder of its own under the system's temporary folder
    (mkdocs/commands/serve.py: `tempfile.mkdtemp(prefix="mkdocs_")`)."""
    site = Path(config.site_dir)
    return _command["name"] == "serve" or (
        site.name.startswith("mkdocs_") and site.parent == Path(tempfile.gettempdir())
    )


# Last: after every page, /print/ included, has its final markup.
@event_priority(-100)
def _finish(config: MkDocsConfig) -> None:
    if serving(config) or os.environ.get(GENERATED):
        return
    try:
        postbuild.run(Path(config.site_dir), "mkdocs", get_build_timestamp())
    except (BundleError, ValueError) as error:
        raise PluginError(str(error)) from None


on_post_build = CombinedEvent(_before_print_site, _finish)
