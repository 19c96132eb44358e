"""The "Which role fits you?" page (/which-role-fits-you/), and the helpers it shares with the
"Who owns what" matrix (render_ownership.py).

Both are Markdown pages with blocks of HTML in them. Inside a block with a `markdown` attribute the
values go through the usual Markdown escaping; inside a raw HTML block (the form) Markdown does not
run, so those values use the `html` filter: HTML-escaped, and nothing else.

The scoring itself is JavaScript (docs/assets/javascripts/assessment-score.js). It reads the weights
from JSON that this module renders into an attribute of the form (`data-rg-scoring`), so the numbers
live only in content/. An attribute rather than a <script type="application/json"> block: Material's
instant navigation re-creates every script in the page content without its type, and runs it.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import jinja2
from markupsafe import Markup, escape

from .model import COMPARISON_ANCHOR, COMPARISON_HEADING, SHARED_ANCHOR, Guide
from .model.assessment import ASSESSMENT_PAGE_ID, BALANCED, RESULT_PARAM, SectionLink, Statement

ASSESSMENT_PAGE = f"{ASSESSMENT_PAGE_ID}.md"
BOTH = "both"


@functools.cache
def templates() -> jinja2.Environment:
    """render.py's Markdown environment, plus the `html` filter for raw HTML blocks."""
    # Imported here, not at the top: render.py imports this module to list it in RENDERERS.
    from .render import _environment, _finalize_markdown

    env = _environment(_finalize_markdown)
    env.filters["html"] = escape  # returns Markup, so the Markdown finalize leaves it alone
    return env


def lean(statement: Statement, role_ids: list[str]) -> str:
    """The role a statement points to: the one with the highest weight, or 'both' on a tie."""
    best = max(statement.weights[r] for r in role_ids)
    top = [r for r in role_ids if statement.weights[r] == best]
    return top[0] if len(top) == 1 else BOTH


def scoring_data(guide: Guide) -> dict[str, Any]:
    """What the scoring script needs, and nothing else: ids, weights and the scale."""
    role_ids = [r.id for r in guide.roles]
    assessment = guide.assessment
    return {
        "roles": role_ids,
        "balanced": BALANCED,
        "balancedWithin": assessment.balanced_within,
        "resultParam": RESULT_PARAM,
        "scale": len(assessment.scale),
        "statements": [{"id": s.id, "weights": {r: s.weights[r] for r in role_ids}} for s in assessment.statements],
    }


def link_target(link: SectionLink) -> Markup:
    """The Markdown link target: MkDocs turns it into a URL and checks that the anchor exists.
    It is made of ids only (lowercase letters, digits, hyphens), so it needs no escaping."""
    from .render import page_path  # see templates()

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


def link_context(guide: Guide) -> dict[str, Any]:
    """What the templates of both pages may use: the common context, and links into sections."""
    from .render import context  # see templates()

    return {**context(guide), "link_target": link_target, "link_text": lambda link: link_text(guide, link)}


def render_assessment_page(guide: Guide) -> dict[str, str | bytes]:
    role_ids = [r.id for r in guide.roles]
    page = (
        templates()
        .get_template("assessment.md")
        .render(
            link_context(guide),
            assessment=guide.assessment,
            scoring=json.dumps(scoring_data(guide), ensure_ascii=False, sort_keys=True, separators=(",", ":")),
            lean=lambda statement: lean(statement, role_ids),
            both=BOTH,
            balanced=BALANCED,
        )
    )
    return {ASSESSMENT_PAGE: page}
