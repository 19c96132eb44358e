"""Links between the generated pages: where they point (a Markdown link to the page's .md file, which
MkDocs checks and turns into a URL) and what they say.

- Spots (a page id and an optional anchor): the home page's questions, the glossary's "in the guide"
  links and the 404 page's list.
- Section links (a section and an optional block): the self-assessment and the ownership matrix.
- Topic tags: a section's topics, each a link to its heading on the topics page.

The lowest module of render/: the other modules import from it, it imports only the model.
"""

from __future__ import annotations

from markupsafe import Markup

from ..model import Guide
from ..model.pages import (
    ASSESSMENT_PAGE_ID,
    CHARTER_PAGE_ID,
    COMPARISON_ANCHOR,
    COMPARISON_HEADING,
    COMPARISON_PAGE,
    GLOSSARY_PAGE,
    HIRING_DIR,
    HOME_PAGE,
    INFOGRAPHIC_PAGE,
    OWNERSHIP_PAGE_ID,
    SHARED_ANCHOR,
    TOPICS_PAGE,
    hiring_page,
)
from ..model.schema.files import SectionFile
from ..model.schema.links import SectionLink, Spot

# Page titles that are not in content/ (they match the navigation in templates/nav.md).
FIXED_TITLES = {HOME_PAGE: "Home", COMPARISON_PAGE: "Comparison", INFOGRAPHIC_PAGE: "Infographic"}
# What a spot link calls the comparison rows of a section page.
SPOT_COMPARISON_HEADING = "In the comparison table"


# What the links of a job-description starter call the heading after the ad.
SEE_ALSO_HEADING = "Where to look next"


def page_path(page: str) -> str:
    """The Markdown file of a page id: <id>.md, or index.md in the page's folder for a folder (hiring)."""
    return f"{page}/index.md" if page == HIRING_DIR else f"{page}.md"


def spot_target(spot: Spot) -> Markup:
    """The Markdown link target. Ids are lowercase letters, digits and hyphens: nothing to escape."""
    return Markup(page_path(spot.page) + (f"#{spot.anchor}" if spot.anchor else ""))


def page_title(guide: Guide, page: str) -> str:
    titles = {
        ASSESSMENT_PAGE_ID: guide.assessment.nav_title,
        OWNERSHIP_PAGE_ID: guide.ownership.nav_title,
        CHARTER_PAGE_ID: guide.charter.nav_title,
        GLOSSARY_PAGE: guide.glossary.nav_title,
        TOPICS_PAGE: guide.topics.nav_title,
        HIRING_DIR: guide.hiring.nav_title,
        **{hiring_page(role_id): role.nav_title for role_id, role in guide.hiring.roles.items()},
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
    if page in FIXED_TITLES or page in (ASSESSMENT_PAGE_ID, CHARTER_PAGE_ID, HIRING_DIR):
        return page_title(guide, page)
    if page.startswith(f"{HIRING_DIR}/"):
        parts = {part.id: part.heading for part in guide.hiring.ad}
        return parts.get(anchor, SEE_ALSO_HEADING)
    section = guide.section(page)
    if anchor == SHARED_ANCHOR:
        return section.shared.heading
    if anchor == COMPARISON_ANCHOR:
        return SPOT_COMPARISON_HEADING
    return section.roles[anchor].heading


def spot_text(guide: Guide, spot: Spot) -> str:
    """Where a link leads, in words: the page's short title, then the heading of the spot."""
    title = page_title(guide, spot.page)
    if spot.anchor is None or spot.anchor == "top":
        return title
    return f"{title}: {anchor_title(guide, spot.page, spot.anchor)}"


def link_target(link: SectionLink) -> Markup:
    """The Markdown link target: MkDocs turns it into a URL and checks that the anchor exists.
    It is made of ids only (lowercase letters, digits, hyphens), so it needs no escaping."""
    return Markup(page_path(link.section) + (f"#{link.anchor}" if link.anchor else ""))


def link_text(guide: Guide, link: SectionLink) -> str:
    """Where a link leads, in words: the section's short title and the heading of the block."""
    section = guide.section(link.section)
    if link.anchor is None:
        return section.title
    if link.anchor == SHARED_ANCHOR:
        heading = section.shared.heading
    elif link.anchor == COMPARISON_ANCHOR:
        heading = COMPARISON_HEADING
    else:
        heading = section.roles[link.anchor].heading
    return f"{section.nav_title}: {heading}"


def tags(guide: Guide, section: SectionFile) -> list[tuple[str, Markup]]:
    """The tags of a section page, in alphabetical order: the title of each of its topics and the
    Markdown link target of that topic's heading on the topics page. The generator writes them into the
    page, so that every engine shows the same links, at the same place."""
    topics = sorted((t for t in guide.topics.topics if t.id in section.topics), key=lambda t: t.title.casefold())
    return [(t.title, Markup(f"{page_path(TOPICS_PAGE)}#{t.id}")) for t in topics]
