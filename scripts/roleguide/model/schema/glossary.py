"""content/glossary.yml: the terms and abbreviations the guide uses (its rules: rules/glossary.py)."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field

from ..text import ALIASES_HELP, STRICT, Alias, Description, Id, Label, Text
from .links import Spot

# What counts as an abbreviation in running text: two or more capitals, with at most one lowercase
# letter between two of them (TPjM), and an optional plural s (TPMs). Written-out words such as
# "JavaScript" do not match. The tests derive the abbreviations of the built site with it too.
ABBREVIATION = re.compile(r"(?<![\w-])([A-Z](?:[a-z]?[A-Z])+)(s?)(?![\w-])")


def _abbreviation(value: str) -> str:
    if not re.fullmatch(ABBREVIATION.pattern.replace("(s?)", ""), value):
        raise ValueError(
            "write the abbreviation as the text uses it: two or more capitals, with at most one lowercase "
            "letter between two of them (for example PMO or TPjM)"
        )
    return value


Abbreviation = Annotated[str, AfterValidator(_abbreviation)]


class Term(BaseModel):
    model_config = STRICT
    id: Id = Field(description="Stable id: the term's anchor is /glossary/#<id>.")
    term: Label = Field(description="The term written out, for example 'Project Management Office'.")
    abbreviation: Abbreviation | None = Field(
        default=None,
        description="The short form the text uses, for example 'PMO'. Every page explains it on hover.",
    )
    plural: Label | None = Field(
        default=None,
        description="The term in the plural, needed when the text adds an s to the abbreviation (PMOs).",
    )
    definition: Text = Field(description="What the term means, in one or two sentences of our own.")
    see: Spot | None = Field(default=None, description="The spot of the guide where the term matters most.")


class GlossaryFile(BaseModel):
    """content/glossary.yml: the glossary page at /glossary/ and the tooltips of every abbreviation."""

    model_config = STRICT
    title: Label = Field(description="Heading of the page (its h1).")
    nav_title: Label = Field(description="Short title for the navigation and the home page card.")
    description: Description = Field(description="Page description for search engines and previews.")
    search_aliases: list[Alias] = Field(default_factory=list, description=ALIASES_HELP)
    summary: Text = Field(description="What the page offers, in one or two sentences; opens the page and its card.")
    terms: list[Term] = Field(min_length=1, description="The terms besides the two roles, in any order.")
