"""The job-description starters: an index at /hiring/ and one page per role at /hiring/<role id>/.

Each role page shows a draft job ad whose every line is taken from the guide (content/hiring.yml
names where), linked to the spot that states it. The same ad, without the page around it and without
the links, is rendered twice more at build time: as Markdown and as plain text (templates
hiring-ad.md and hiring-ad.txt). The page carries both on its copy buttons (an attribute each, newlines
written as `&#10;` so that the raw HTML block holds no blank line), and hiring.js copies them: the
text a reader copies is exactly the text that tests/golden-ads/ pins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from ..model import Guide
from ..model.pages import COMPARISON_PAGE, HIRING_DIR, HIRING_SEE_ALSO, OWNERSHIP_PAGE_ID, hiring_page
from ..model.schema.files import Role
from ..model.schema.hiring import ASPECT_TAKE, SECTION_TAKES, SHARED_BLOCK, AdPart, AdSource
from .base import MARKDOWN_HTML, context, environment, page_path, tidy
from .links import SEE_ALSO_HEADING, page_title

HIRING_INDEX = f"{HIRING_DIR}/index.md"
# The characters that CommonMark (and GitHub's tables and strikethrough) read as inline syntax; a
# backslash before any ASCII punctuation is always allowed, so escaping is safe everywhere.
_COMMONMARK_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_COMMONMARK_LINE_START = re.compile(r"^([-+>#]|\d+[.)])")


@dataclass(frozen=True)
class Line:
    """One line of the ad and the spot that states it: a page id (a section or the ownership matrix),
    an anchor of that page, and the page's short title for the link."""

    text: str
    page: str
    anchor: str
    source: str


@dataclass(frozen=True)
class Block:
    """A paragraph (one line) or a list (a bullet per line)."""

    is_list: bool
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Part:
    id: str
    heading: str
    blocks: tuple[Block, ...]


def escape_commonmark(value: str) -> str:
    """Plain text as CommonMark that shows it as typed: for the Markdown a reader copies, which goes
    to any Markdown renderer (a wiki, a README, an applicant tracking system), not only to this site."""
    escaped = _COMMONMARK_INLINE.sub(r"\\\1", value)
    return _COMMONMARK_LINE_START.sub(
        lambda m: "\\" + m.group(0) if len(m.group(0)) == 1 else m.group(0)[:-1] + "\\" + m.group(0)[-1], escaped
    )


# The ad as a reader copies it: no HTML, so no autoescaping; Markdown escaping for the .md.
AD_MARKDOWN = environment(lambda value: escape_commonmark(str(value)), autoescape=False)
AD_TEXT = environment(None, autoescape=False)


def _lines(guide: Guide, source: AdSource, role_id: str) -> tuple[Line, ...]:
    """What one source gives the ad of one role, each line with its spot."""
    if source.take == ASPECT_TAKE:
        aspect = next(a for a in guide.comparison.aspects if a.id == source.aspect)
        title = page_title(guide, COMPARISON_PAGE)
        return tuple(Line(cell, COMPARISON_PAGE, aspect.id, title) for cell in guide.cells(aspect)[role_id])
    if source.take not in SECTION_TAKES:
        title = guide.ownership.nav_title
        return tuple(
            Line(a.title, OWNERSHIP_PAGE_ID, a.id, title)
            for group in guide.ownership.groups
            for a in group.activities
            if a.roles[role_id] == source.take
        )
    section = guide.section(source.section or "")
    if source.block == SHARED_BLOCK:
        block: Any = section.shared
        anchor: str = SHARED_BLOCK
    else:
        block = section.roles[role_id]
        anchor = role_id
    texts = [block.summary] if source.take == "summary" else list(getattr(block, source.take) or [])
    return tuple(Line(text, section.id, anchor, section.nav_title) for text in texts)


def ad_parts(guide: Guide, role_id: str) -> list[Part]:
    """The ad of one role, part by part: a summary is a paragraph, points, facts and rows of the matrix
    are bullets, and bullets that follow each other make one list."""
    parts = []
    for part in guide.hiring.ad:
        parts.append(Part(part.id, part.heading, _blocks(guide, part, role_id)))
    return parts


def _blocks(guide: Guide, part: AdPart, role_id: str) -> tuple[Block, ...]:
    """The blocks of one part. A line that an earlier source of the part already gave (the same words,
    in any case) is left out: two places of the guide may name the same fact, the ad says it once."""
    blocks: list[Block] = []
    said: set[str] = set()
    for source in part.take_from:
        lines = tuple(line for line in _lines(guide, source, role_id) if line.text.casefold() not in said)
        said |= {line.text.casefold() for line in lines}
        if not lines:
            continue
        is_list = source.take != "summary"
        if is_list and blocks and blocks[-1].is_list:
            blocks[-1] = Block(True, blocks[-1].lines + lines)
        else:
            blocks.append(Block(is_list, lines))
    return tuple(blocks)


def ad_markdown(guide: Guide, role: Role) -> str:
    """The ad of one role as Markdown, as the "Copy as Markdown" button gives it."""
    return tidy(AD_MARKDOWN.get_template("hiring-ad.md").render(role=role, parts=ad_parts(guide, role.id)))


def ad_text(guide: Guide, role: Role) -> str:
    """The ad of one role as plain text, as the "Copy as plain text" button gives it."""
    return tidy(AD_TEXT.get_template("hiring-ad.txt").render(role=role, parts=ad_parts(guide, role.id)))


def attribute(text: str) -> Markup:
    """Text for an HTML attribute inside a Markdown page: escaped, and its newlines as `&#10;`, so the
    raw HTML block that holds it has no blank line (which would end the block)."""
    return Markup(str(escape(text)).replace("\n", "&#10;"))


def render_hiring_pages(guide: Guide) -> dict[str, str | bytes]:
    """/hiring/ and one page per role."""
    common: dict[str, Any] = {**context(guide), "hiring": guide.hiring}
    common |= {"see_also": HIRING_SEE_ALSO, "see_also_heading": SEE_ALSO_HEADING}
    # The pages live one folder down: their links climb out of it.
    common["up"] = lambda page: Markup("../" + page_path(page))
    pages: dict[str, str | bytes] = {HIRING_INDEX: MARKDOWN_HTML.get_template("hiring-index.md").render(common)}
    template = MARKDOWN_HTML.get_template("hiring.md")
    for role in guide.roles:
        pages[page_path(hiring_page(role.id))] = template.render(
            common,
            role=role,
            parts=ad_parts(guide, role.id),
            markdown=attribute(ad_markdown(guide, role)),
            text=attribute(ad_text(guide, role)),
        )
    return pages
