"""content/assessment.yml: the "Which role fits you?" self-assessment (its rules: rules/assessment.py)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from ..text import ALIASES_HELP, STRICT, Alias, Description, Id, Label, Text
from .links import SectionLink

# The result that means "no clear leaning"; the other results are keyed by role id.
BALANCED = "balanced"
# The query parameter of the page URL that holds the result (the others are one per statement id).
RESULT_PARAM = "result"

Weight = Annotated[int, Field(ge=0, le=3)]


class Statement(BaseModel):
    model_config = STRICT
    id: Id = Field(description="Stable id; it is also the name of this answer in a shared result link.")
    text: Text = Field(description="The statement, in the first person, as the reader rates it.")
    weights: dict[Id, Weight] = Field(
        description=(
            "How strongly agreeing points to each role, keyed by role id: 0 (not at all) to 3 (strongly). "
            "Give both roles the same weight for a statement that fits both."
        )
    )
    backed_by: SectionLink = Field(description="The section (and block) of the guide that this statement rests on.")


class Result(BaseModel):
    model_config = STRICT
    heading: Label = Field(description="What the reader is told, for example 'You lean towards product'.")
    summary: Text = Field(description="What this leaning means, in two or three sentences.")
    read_next: list[SectionLink] = Field(min_length=1, description="Sections to read next, most useful first.")


class AssessmentFile(BaseModel):
    """content/assessment.yml: the self-assessment page at /which-role-fits-you/."""

    model_config = STRICT
    title: Label = Field(description="Heading of the page (its h1).")
    nav_title: Label = Field(description="Short title for the navigation and the home page card.")
    description: Description = Field(description="Page description for search engines and previews.")
    search_aliases: list[Alias] = Field(default_factory=list, description=ALIASES_HELP)
    summary: Text = Field(description="What the page offers, in one or two sentences; opens the page and its card.")
    instructions: list[Text] = Field(min_length=1, description="How to use the form, one paragraph each.")
    checklist: list[Text] = Field(
        min_length=1,
        description="How to read the statements as a checklist: what the page shows when JavaScript is off.",
    )
    scale: list[Label] = Field(
        min_length=3,
        max_length=7,
        description="The answers a reader can give to each statement, from 'not me' to 'very much me'.",
    )
    balanced_within: float = Field(
        gt=0,
        description=(
            "The result is 'balanced' when the reader's average ratings of the two roles' statements "
            "differ by at most this many points of the scale."
        ),
    )
    statements: list[Statement] = Field(min_length=8, max_length=12, description="What the reader rates, in order.")
    results: dict[Id, Result] = Field(description="One result per role id, and one for 'balanced'.")
