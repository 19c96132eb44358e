"""What each page's link preview says: the card's title, its one-line description, the role labels at
its foot, the PNG file it is drawn to, and the alternative text that describes it.

A chat app or a social site shows a page's `og:image` when a link to it is pasted; every page has its
own card, made from content/ (cards/ draws them). The pages generated from content/ name their card in
their front matter (`preview`: image and alt), which overrides/main.html reads. The two pages that
are not generated from content/ (the 404 page and /print/) are listed here with the texts their
templates show (tests/test_previews.py checks that they agree), and main.html finds their card by the
page's address: `assets/cards/<address>.png`, alt text made by the same rule as `alt_text`.

The home page keeps the infographic's card (infographic/page.py draws `assets/social-card.png`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Guide
from ..model.pages import (
    ASSESSMENT_PAGE_ID,
    CHARTER_PAGE_ID,
    COMPARISON_PAGE,
    GLOSSARY_PAGE,
    HIRING_DIR,
    HOME_PAGE,
    INFOGRAPHIC_PAGE,
    OWNERSHIP_PAGE_ID,
    TOPICS_PAGE,
    hiring_page,
)

CARD_DIR = "assets/cards"
# The home page's card: the infographic's (infographic/page.py, CARD_FILE).
HOME_CARD = "assets/social-card.png"

# Pages that are not generated from content/: the address, and the title and description their
# templates show (overrides/404.html; mkdocs.yml's print_page_title and site_description for /print/).
NOT_FOUND_PAGE = "404"
NOT_FOUND_TITLE = "Page not found"
NOT_FOUND_DESCRIPTION = (
    "There is no page at this address. Search the guide, or pick one of its pages from the full list."
)
PRINT_PAGE = "print"
PRINT_TITLE = "The whole guide on one page"
PRINT_DESCRIPTION = (
    "Technical Product Manager vs Technical Project Manager, compared section by section: duties, skills, "
    "decisions, metrics, tools, career paths and how to choose."
)


@dataclass(frozen=True)
class Preview:
    """One page's card. `labels` are the chips at its foot, one per role, in role order: the role's
    full name and short name, or on a section's card its short name and what it does there."""

    page: str
    title: str
    description: str
    labels: tuple[str, ...]
    image: str

    def alt(self, site_name: str) -> str:
        return alt_text(site_name, self.title, self.description)

    def meta(self, site_name: str) -> dict[str, str]:
        """The front matter entry that overrides/main.html reads."""
        return {"image": self.image, "alt": self.alt(site_name)}


def alt_text(site_name: str, title: str, description: str) -> str:
    """What the card shows, in words. overrides/main.html writes the same for pages without front matter."""
    return f"{site_name}: {title} \u2013 {description}"


def comparison_heading(guide: Guide) -> tuple[str, str]:
    """The comparison page's heading and description (its template writes both)."""
    first, second = guide.roles
    return (
        "Comparison table: the two roles side by side",
        f"The {first.name} and the {second.name} side by side, aspect by aspect, each row linked to the "
        "section that explains it.",
    )


def infographic_heading(guide: Guide) -> tuple[str, str]:
    """The infographic page's heading and description (its template writes both)."""
    first, second = guide.roles
    return (
        "Infographic: the two roles at a glance",
        f"The {first.name} and the {second.name} in one picture: lifecycle, skills, careers, tools and "
        "metrics, as SVG or PNG, and as text.",
    )


def card_file(page: str) -> str:
    return HOME_CARD if page == HOME_PAGE else f"{CARD_DIR}/{page}.png"


def previews(guide: Guide) -> dict[str, Preview]:
    """Every page's card, by page id (the page's address): the home page, the pages at a glance, the
    sections in reading order, the other pages, then the two pages not generated from content/."""
    names = tuple(f"{role.name} ({role.short})" for role in guide.roles)
    texts: list[tuple[str, str, str, tuple[str, ...]]] = [
        (HOME_PAGE, guide.site.title, guide.site.in_short, names),
        (COMPARISON_PAGE, *comparison_heading(guide), names),
        (INFOGRAPHIC_PAGE, *infographic_heading(guide), names),
    ]
    for section in guide.sections:
        labels = tuple(f"{role.short}: {section.roles[role.id].label}" for role in guide.roles)
        texts.append((section.id, section.title, section.description, labels))
    for page, file in (
        (ASSESSMENT_PAGE_ID, guide.assessment),
        (OWNERSHIP_PAGE_ID, guide.ownership),
        (HIRING_DIR, guide.hiring),
        (CHARTER_PAGE_ID, guide.charter),
        (GLOSSARY_PAGE, guide.glossary),
        (TOPICS_PAGE, guide.topics),
    ):
        texts.append((page, file.title, file.description, names))
    hiring = guide.hiring
    for role in guide.roles:
        title = f"{hiring.page_title}: {role.name}"
        texts.append((hiring_page(role.id), title, hiring.roles[role.id].description, names))
    texts.append((NOT_FOUND_PAGE, NOT_FOUND_TITLE, NOT_FOUND_DESCRIPTION, names))
    texts.append((PRINT_PAGE, PRINT_TITLE, PRINT_DESCRIPTION, names))
    return {page: Preview(page, title, text, labels, card_file(page)) for page, title, text, labels in texts}


def preview_meta(guide: Guide, page: str) -> dict[str, Any]:
    """The `preview` front matter of a generated page."""
    return previews(guide)[page].meta(guide.site.site_name)
