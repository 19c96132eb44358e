"""content/questions.yml: "Which section answers my question?", the list of common questions on
the home page, each linked to the spot of the guide that answers it."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..text import STRICT, Label
from .links import Spot


class Question(BaseModel):
    model_config = STRICT
    question: Label = Field(description="The question as a reader would ask it, ending with a question mark.")
    answer: Spot = Field(description="The spot that answers it: a page id and, usually, an anchor on that page.")


class QuestionsFile(BaseModel):
    """content/questions.yml: the questions on the home page."""

    model_config = STRICT
    questions: list[Question] = Field(
        min_length=3, max_length=12, description="The questions, most common first; keep the list short."
    )
