"""content/charter.yml: the team charter at /team-charter/, the "Who owns what" matrix made editable.

The file holds only the page's own words. The rows, the levels and their legend come from
content/ownership.yml, so the charter always starts from the matrix the guide publishes.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..text import ALIASES_HELP, STRICT, Alias, Description, Label, Text


class CharterFile(BaseModel):
    """content/charter.yml: the words of the team charter page."""

    model_config = STRICT
    title: Label = Field(description="Heading of the page (its h1) and of its link-preview card.")
    nav_title: Label = Field(description="Short title for the navigation, the home page and search results.")
    description: Description = Field(description="Page description for search engines and link previews.")
    search_aliases: list[Alias] = Field(default_factory=list, description=ALIASES_HELP)
    summary: Text = Field(description="What the page does, in one or two sentences; opens the page.")
    intro: list[Text] = Field(min_length=1, description="How to use the charter, one paragraph each.")
    no_script: Text = Field(
        description="Shown instead of the intro when JavaScript is off: the page then shows the guide's matrix."
    )
    own_rows: Label = Field(
        description="Heading of the team's own rows, and their group's name in the Markdown and CSV exports."
    )
