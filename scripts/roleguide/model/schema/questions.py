"""content/questions.yml: "Which section answers my question?", the list of common questions on
the home page, each linked to the spot of the guide that answers it."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, Field

from .guide import Problem, _duplicates
from .spots import Anchors, Spot, check_spot
from .text import STRICT, Label


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


def check_questions(key: str, file: QuestionsFile, anchors: Anchors) -> Iterator[Problem]:
    """Each question is asked once, ends with a question mark and points at a spot that exists."""
    asked = ((("questions", i, "question"), q.question.casefold()) for i, q in enumerate(file.questions))
    yield from _duplicates(key, asked, "question")
    for i, question in enumerate(file.questions):
        if not question.question.endswith("?"):
            yield Problem(key, ("questions", i, "question"), "end the question with a question mark")
        yield from check_spot(key, ("questions", i, "answer"), question.answer, anchors)
