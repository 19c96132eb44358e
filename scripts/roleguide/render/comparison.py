"""The comparison page (/comparison/): every aspect as a row, the two roles side by side.

The table is HTML written in the Markdown page (md_in_html), because a row needs an id and attributes
that a Markdown table cannot carry; the cells keep `markdown` attributes so that links to sections
are real Markdown links, which MkDocs checks and rewrites for any URL scheme. In the parts that stay
raw HTML, values go through `|e` (HTML escaping only), since Markdown's backslash escapes would show.
"""

from __future__ import annotations

from ..model import Guide
from ..model.pages import COMPARISON_PAGE, INFOGRAPHIC_PAGE
from ..model.schema.files import grouped
from .base import MARKDOWN, context, page_path


def render_comparison(guide: Guide) -> dict[str, str | bytes]:
    page = MARKDOWN.get_template("comparison.md").render(
        context(guide),
        groups=grouped(guide.comparison),
        infographic_path=page_path(INFOGRAPHIC_PAGE),
    )
    return {page_path(COMPARISON_PAGE): page}
