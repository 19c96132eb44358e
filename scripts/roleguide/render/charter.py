"""The team charter (/team-charter/): the "Who owns what" matrix made editable for one team.

Rendered like the self-assessment (assessment.py), with base.MARKDOWN_HTML. The page holds two
versions of the matrix: the guide's matrix as a table, for a reader without JavaScript
(data-rg-nojs), and the same rows as a form with the guide's levels already chosen (data-rg-js),
which assets/javascripts/charter.js brings to life. Both are laid out from the first paint, so
nothing moves when the script starts.

The script reads what it needs from JSON in an attribute of the form (`data-rg-charter`): the roles,
the levels and their labels, and each row's stable id, title and levels. The ids go into the links
that teams share, so they are the ids of content/ownership.yml, never positions.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Guide
from ..model.pages import CHARTER_PAGE_ID
from ..model.schema.ownership import LEVELS
from .base import MARKDOWN_HTML, link_context

CHARTER_PAGE = f"{CHARTER_PAGE_ID}.md"
# The version of the link format (assets/javascripts/charter-state.js reads and writes it).
LINK_VERSION = 1
# How many rows of its own a team may add, and the longest texts it may type.
MAX_OWN_ROWS = 10
MAX_TEAM = 80
MAX_TITLE = 120
MAX_NOTE = 280


def charter_data(guide: Guide) -> dict[str, Any]:
    """What the charter script needs, and nothing else: roles, levels, rows and limits."""
    role_ids = [r.id for r in guide.roles]
    legend = guide.ownership.legend
    return {
        "version": LINK_VERSION,
        "title": guide.ownership.title,
        "ownRows": guide.charter.own_rows,
        "limits": {"own": MAX_OWN_ROWS, "team": MAX_TEAM, "title": MAX_TITLE, "note": MAX_NOTE},
        "roles": [{"id": r.id, "name": r.name, "short": r.short} for r in guide.roles],
        "levels": [{"id": level, "label": getattr(legend, level).label} for level in LEVELS],
        "groups": [
            {
                "id": group.id,
                "title": group.title,
                "rows": [
                    {"id": a.id, "title": a.title, "levels": {r: a.roles[r] for r in role_ids}}
                    for a in group.activities
                ],
            }
            for group in guide.ownership.groups
        ],
    }


def render_charter_page(guide: Guide) -> dict[str, str | bytes]:
    page = MARKDOWN_HTML.get_template("charter.md").render(
        link_context(guide),
        charter=guide.charter,
        ownership=guide.ownership,
        levels=LEVELS,
        limits=charter_data(guide)["limits"],
        data=json.dumps(charter_data(guide), ensure_ascii=False, sort_keys=True, separators=(",", ":")),
    )
    return {CHARTER_PAGE: page}
