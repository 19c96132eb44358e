"""The rules of content/questions.yml: each question is asked once and points at a spot that exists."""

from __future__ import annotations

from collections.abc import Iterator

from ...problems import Problem, duplicates
from ..schema.questions import QuestionsFile
from .links import Anchors, check_spot


def check_questions(key: str, file: QuestionsFile, anchors: Anchors) -> Iterator[Problem]:
    """Each question is asked once, ends with a question mark and points at a spot that exists."""
    asked = ((("questions", i, "question"), q.question.casefold()) for i, q in enumerate(file.questions))
    yield from duplicates(key, asked, "question")
    for i, question in enumerate(file.questions):
        if not question.question.endswith("?"):
            yield Problem(key, ("questions", i, "question"), "end the question with a question mark")
        yield from check_spot(key, ("questions", i, "answer"), question.answer, anchors)
