"""The labels of the navigation and of the table of contents, taken out of Material's ellipsis watch.

Material writes every label of its navigation and table of contents as `<span class="md-ellipsis">`
(clipped with "…" when it does not fit), and its script's ellipsis patch watches each such element as
a page starts: an IntersectionObserver entry and a chain of observables for every label (about 40 on
a page here, the same again after each instant page change), so that a label that is seen clipped
gets its full text as a `title`. None of this site's labels is clipped: the navigation wraps them, at
every width from 320 px up. The watch was about a third of Material's `DOMContentLoaded` task, which
Lighthouse counts as blocking time (notes/2026-12-07-theme-patches.md).

`plain_nav_labels` gives those labels the class `rg-nav-label` instead, in every page of a built
site, so that Material's script leaves them alone; `stylesheets/extra.css` lays them out as Material
did, except that a word too long for the sidebar wraps instead of being cut. The clipped titles that
Material's patch is for (the header's, the footer's previous and next, the breadcrumb) keep
`md-ellipsis`. Both engines write the same markup here, so `make build` runs it for either; running
it again changes nothing.
"""

from __future__ import annotations

import re

from .site import BuiltSite

CLASS = "rg-nav-label"
# A label is the span that opens a navigation link: an <a> or a <label> whose classes include
# md-nav__link (sections, pages, the table of contents' entries and its title on small screens).
_LABEL = re.compile(r'(<(?:a|label)\b[^>]*\bclass="md-nav__link(?:\s[^"]*)?"[^>]*>\s*<span class=")md-ellipsis(">)')


def plain_labels(html: str) -> str:
    """The page with its navigation labels marked `rg-nav-label` instead of `md-ellipsis`."""
    return _LABEL.sub(rf"\g<1>{CLASS}\g<2>", html)


def plain_nav_labels(site: BuiltSite) -> list[str]:
    """Step: mark the navigation labels of every page; the pages that changed."""
    return site.rewrite(plain_labels)
