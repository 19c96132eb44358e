"""Links to spots (a page id and an optional anchor): where they point, and what they say.

Used by the home page's questions, the glossary's "in the guide" links and the 404 page's list.
The link target is a Markdown link to the page's .md file, so MkDocs checks it and writes the URL.
"""

from __future__ import annotations

from markupsafe import Markup

from .model import SHARED_ANCHOR, Guide
from .model.assessment import ASSESSMENT_PAGE_ID, COMPARISON_ANCHOR, OWNERSHIP_PAGE_ID
from .model.glance import COMPARISON_PAGE, INFOGRAPHIC_PAGE
from .model.spots import GLOSSARY_PAGE, HOME_PAGE, TOPICS_PAGE, Spot

# Page titles that are not in content/ (they match the navigation in templates/nav.md).
FIXED_TITLES = {HOME_PAGE: "Home", COMPARISON_PAGE: "Comparison", INFOGRAPHIC_PAGE: "Infographic"}
COMPARISON_HEADING = "In the comparison table"


def spot_target(spot: Spot) -> Markup:
    """The Markdown link target. Ids are lowercase letters, digits and hyphens: nothing to escape."""
    return Markup(f"{spot.page}.md" + (f"#{spot.anchor}" if spot.anchor else ""))


def page_title(guide: Guide, page: str) -> str:
    titles = {
        ASSESSMENT_PAGE_ID: guide.assessment.nav_title,
        OWNERSHIP_PAGE_ID: guide.ownership.nav_title,
        GLOSSARY_PAGE: guide.glossary.nav_title,
        TOPICS_PAGE: guide.topics.nav_title,
        **FIXED_TITLES,
    }
    return titles[page] if page in titles else guide.section(page).nav_title


def anchor_title(guide: Guide, page: str, anchor: str) -> str:
    """The heading (or row title) that an anchor of a page stands for."""
    if page == COMPARISON_PAGE:
        return next(a.title for a in guide.comparison.aspects if a.id == anchor)
    if page == OWNERSHIP_PAGE_ID:
        named = {g.id: g.title for g in guide.ownership.groups}
        named |= {a.id: a.title for g in guide.ownership.groups for a in g.activities}
        return named.get(anchor, "Legend")
    if page == GLOSSARY_PAGE:
        return next(e.heading for e in guide.glossary_entries() if e.id == anchor)
    if page == TOPICS_PAGE:
        return next(t.title for t in guide.topics.topics if t.id == anchor)
    if page in FIXED_TITLES or page == ASSESSMENT_PAGE_ID:
        return page_title(guide, page)
    section = guide.section(page)
    if anchor == SHARED_ANCHOR:
        return section.shared.heading
    if anchor == COMPARISON_ANCHOR:
        return COMPARISON_HEADING
    return section.roles[anchor].heading


def spot_text(guide: Guide, spot: Spot) -> str:
    """Where a link leads, in words: the page's short title, then the heading of the spot."""
    title = page_title(guide, spot.page)
    if spot.anchor is None or spot.anchor == "top":
        return title
    return f"{title}: {anchor_title(guide, spot.page, spot.anchor)}"
