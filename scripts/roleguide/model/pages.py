"""The addresses of the generated pages and the fixed anchors their templates write.

A page id is the page's address: /<id>/ on the site, <id>.md in docs/. A section's page id is its own id;
these are the others. Content ids may not take one of them (the rules in rules/ say which may not).
"""

from __future__ import annotations

HOME_PAGE = "index"
COMPARISON_PAGE = "comparison"
INFOGRAPHIC_PAGE = "infographic"
GLANCE_PAGES = (COMPARISON_PAGE, INFOGRAPHIC_PAGE)
# The self-assessment ("Which role fits you?") and the ownership matrix ("Who owns what").
ASSESSMENT_PAGE_ID = "which-role-fits-you"
OWNERSHIP_PAGE_ID = "ownership"
# The job-description starters: an index at hiring/ and one page per role at hiring/<role id>
# (/hiring/product/...): a section may not take that address.
HIRING_DIR = "hiring"
# The heading after the ad on a role's page: links to the other role's starter and the comparison.
HIRING_SEE_ALSO = "see-also"
# The team charter: the ownership matrix made editable for one team (content/charter.yml).
CHARTER_PAGE_ID = "team-charter"
GLOSSARY_PAGE = "glossary"
TOPICS_PAGE = "topics"

# Anchors the section template uses besides the role ids; a role id may not take one of them.
SHARED_ANCHOR = "shared"
# The block of a section page that repeats its comparison rows: its anchor and its heading.
COMPARISON_ANCHOR = "in-the-comparison"
COMPARISON_HEADING = "The facts side by side"
SECTION_ANCHORS = frozenset({SHARED_ANCHOR, "top", COMPARISON_ANCHOR})


def hiring_page(role_id: str) -> str:
    """The page id (and address) of a role's job-description starter: hiring/<role id>."""
    return f"{HIRING_DIR}/{role_id}"


def hiring_anchors(part_ids: list[str]) -> list[str]:
    """The anchors of a role's starter: the top, one per part of the ad, and the links after it."""
    return ["top", *part_ids, HIRING_SEE_ALSO]
