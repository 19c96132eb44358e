"""content/infographic.yml: which sections and rows of the ownership matrix the infographic at
/infographic/ draws, and the heading of each of its panels (its rules: rules/infographic.py).

The file holds no fact of its own: every name, skill, title, tool and metric in the picture comes from
the sections it points to, and every level in the lifecycle swimlane from the ownership matrix.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..text import ALIASES_HELP, STRICT, Alias, Id, Label


class Panel(BaseModel):
    model_config = STRICT
    heading: Label = Field(description="Heading of the panel in the picture and in its text version.")
    section: Id = Field(
        description=(
            "Id of the section the panel draws from: the facts of each role's block, and those of its "
            "shared block. The panel links to that section."
        )
    )


class LifecycleRow(BaseModel):
    model_config = STRICT
    activity: Id = Field(
        description=(
            "Id of a row of content/ownership.yml. Each role's lane shows the row at that role's level "
            "(decides, contributes, kept informed), so the level is never typed twice."
        )
    )
    phases: list[Label] = Field(
        min_length=1,
        description=(
            "The phases the row holds in, each one a fact of the lifecycle section's shared block. List only "
            "the phases the source supports for this row."
        ),
    )


class LifecyclePanel(BaseModel):
    model_config = STRICT
    heading: Label = Field(description="Heading of the swimlane in the picture and in its text version.")
    section: Id = Field(
        description=(
            "Id of the section whose shared facts are the phases, drawn across in the order they are "
            "listed there (a listing, not a sequence: the picture draws no arrows between them)."
        )
    )
    rows: list[LifecycleRow] = Field(min_length=1, description="Rows of the ownership matrix the lanes show.")


class InfographicFile(BaseModel):
    """content/infographic.yml: where each panel of the infographic takes its content from."""

    model_config = STRICT
    search_aliases: list[Alias] = Field(default_factory=list, description=ALIASES_HELP)
    focus: Id = Field(
        description="Id of the section whose role labels say, in one line under each role's name, what it focuses on."
    )
    lifecycle: LifecyclePanel = Field(description="The swimlane: phases across, one lane per role.")
    skills: Panel = Field(
        description="Two overlapping circles: each role's own skills, and in the overlap the shared ones."
    )
    career: Panel = Field(description="Each role's career destinations, drawn as parallel options.")
    tools: Panel = Field(description="Each role's tools and methods as labelled chips, and the ones both use.")
    metrics: Panel = Field(description="Each role's success metrics, each with a small pictogram.")
