"""The one post-build pipeline: what turns the folder an engine wrote into the site we publish.

Both engines build from mkdocs.yml, and both builds then run `run(folder, engine)`: `roleguide build`
(make build, make build-zensical, make offline) calls it on its staging folder, and the MkDocs hook
calls it after a plain `mkdocs build` or `mkdocs gh-deploy`. The steps and their order are the data
below, not a convention: each is a small function of the built site that returns the files it
changed. The pages are read once, before the first step, and written once, after the last one that
changes them; a step that reads the folder from disk comes after that write.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from .fingerprint import fingerprint
from .hint import hint
from .labels import plain_nav_labels
from .policy import secure
from .printpage import fix_print_page
from .purge import purge
from .search import index
from .site import BuiltSite
from .sitemap import date_sitemap


@dataclass(frozen=True)
class Step:
    """One step: its name (for `roleguide build --without NAME` and the benchmark), the function, and
    what it does, in a line."""

    name: str
    run: Callable[[BuiltSite], list[str]]
    does: str
    # It reads the pages from the disk (an outside tool): the pages are written before it runs.
    reads_disk: bool = False


# In this order. Pages first take their final markup (the print page, the navigation's labels), so
# that PurgeCSS reads them as they will be served; the theme's files and ours are then renamed by
# their content, which re-points the pages; the policy comes last among the steps that change
# pages, since it hashes their inline scripts and styles.
STEPS: tuple[Step, ...] = (
    Step("print-page", fix_print_page, "the one-page guide made valid, its contents written in"),
    Step("labels", plain_nav_labels, "navigation labels out of the theme's ellipsis watch"),
    Step("purge", purge, "the theme's stylesheets cut down to the rules the site uses"),
    Step("hint", hint, "the theme's script marked for Chromium to compile while it downloads"),
    Step("fingerprint", fingerprint, "our stylesheet and scripts named by their content"),
    Step("policy", secure, "the Content-Security-Policy in every page"),
    Step("sitemap", date_sitemap, "every address of the sitemap dated, and sitemap.xml.gz"),
    Step("search", index, "the search index of the pages' articles (Pagefind)", reads_disk=True),
)
NAMES = tuple(step.name for step in STEPS)


def run(root: Path, engine: str, epoch: int = 0, without: Collection[str] = ()) -> list[str]:
    """Run every step but those named in `without` over the site an engine has built in `root`;
    returns the files changed, sorted. Raises ValueError (a page the policy cannot go in) or
    BundleError (PurgeCSS missing or failing)."""
    unknown = sorted(set(without) - set(NAMES))
    if unknown:
        raise ValueError(f"no post-build step named {', '.join(unknown)}; the steps are {', '.join(NAMES)}")
    site = BuiltSite(root, engine, epoch)
    changed: set[str] = set()
    for step in STEPS:
        if step.name not in without:
            if step.reads_disk:
                site.save()
            changed.update(step.run(site))
    site.save()
    return sorted(changed)
