"""The "Which role fits you?" page (/which-role-fits-you/).

A Markdown page with blocks of HTML in it, rendered with base.MARKDOWN_HTML (the `html` filter for
the raw HTML of the form), like the "Who owns what" matrix (ownership.py).

The scoring itself is JavaScript (assets/javascripts/assessment-score.js). It reads the weights
from JSON that this module renders into an attribute of the form (`data-rg-scoring`), so the numbers
live only in content/. An attribute rather than a <script type="application/json"> block: Material's
instant navigation re-creates every script in the page content without its type, and runs it.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Guide
from ..model.pages import ASSESSMENT_PAGE_ID
from ..model.schema.assessment import BALANCED, RESULT_PARAM, Statement
from .base import MARKDOWN_HTML, link_context

ASSESSMENT_PAGE = f"{ASSESSMENT_PAGE_ID}.md"
BOTH = "both"


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


def render_assessment_page(guide: Guide) -> dict[str, str | bytes]:
    role_ids = [r.id for r in guide.roles]
    page = MARKDOWN_HTML.get_template("assessment.md").render(
        link_context(guide),
        assessment=guide.assessment,
        scoring=json.dumps(scoring_data(guide), ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        lean=lambda statement: lean(statement, role_ids),
        both=BOTH,
        balanced=BALANCED,
    )
    return {ASSESSMENT_PAGE: page}
