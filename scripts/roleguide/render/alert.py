"""The panel that `mkdocs serve` puts on top of every page while content/ (or assets/) has a mistake.

Under `mkdocs serve` the hook (hooks/generate.py) does not stop the rebuild on a content error: the
generator has written nothing, so MkDocs builds the last good pages again, and this panel, in each of
them, lists every problem as the terminal does (`file:line: field: what to do`). The browser tab's live
reload shows it as soon as the file is saved, and takes it away with the fix. `mkdocs build`, `make
build` and Zensical never show it: they stop with the message instead.

Plain HTML, no script (the pages' content security policy allows none of ours inline), in Material's
own admonition style ("failure"), so it needs no stylesheet of ours and reads well in both schemes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import escape

from ..load import Located
from .base import HTML

# Where the panel goes: the first thing inside the content column, above the page's heading.
ARTICLE = '<article class="md-content__inner md-typeset">'
TITLE = "<title>"


@dataclass(frozen=True)
class ProblemPanel:
    """What the panel says: what stopped the generation ("content", "assets"), and either the problems,
    each as (where, what): ("content/guide.yml:4", "nav_title: expected text"), where may be empty; or
    one message as a tool wrote it (esbuild's, with its excerpt of the file), shown as preformatted."""

    kind: str
    problems: tuple[tuple[str, str], ...] = ()
    message: str = ""

    @property
    def html(self) -> str:
        return HTML.get_template("problems.html").render(kind=self.kind, problems=self.problems, message=self.message)


def content_panel(problems: Sequence[Located]) -> ProblemPanel:
    """The panel for a ContentError's problems, each split where the terminal's line puts its location."""
    items = []
    for problem in problems:
        where = f"{problem.path}:{problem.line}" if problem.line else problem.path
        items.append((where, f"{problem.field}: {problem.message}" if problem.field else problem.message))
    return ProblemPanel("content", tuple(items))


def message_panel(kind: str, message: str) -> ProblemPanel:
    """The panel for an error that is one message (esbuild refusing a file of assets/)."""
    return ProblemPanel(kind, message=message.strip("\n"))


def with_panel(page: str, panel: ProblemPanel | None) -> str:
    """A built page with the panel on top of its content and the problem named first in its title, so
    a tab in the background says it too. A page without Material's content column is left as it is."""
    if panel is None or ARTICLE not in page:
        return page
    prefix = f"{panel.kind.capitalize()} error - "
    page = page.replace(ARTICLE, ARTICLE + panel.html, 1)
    return page.replace(TITLE, TITLE + str(escape(prefix)), 1)
