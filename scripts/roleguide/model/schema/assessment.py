"""content/assessment.yml: the "Which role fits you?" self-assessment, and the rules that tie it to
the rest of the guide (roles, sections and anchors that must exist, ids that must be unique)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import Annotated

from pydantic import BaseModel, Field

from .files import ComparisonFile, SectionFile
from .guide import COMPARISON_ANCHOR, SHARED_ANCHOR, Loc, Problem, _duplicates, expected_keys
from .spots import check_target
from .text import STRICT, Description, Id, Label, Text

# The addresses of the two pages, /<id>/: no section may take one of them.
ASSESSMENT_PAGE_ID = "which-role-fits-you"
OWNERSHIP_PAGE_ID = "ownership"
PAGE_IDS = {ASSESSMENT_PAGE_ID: "the self-assessment page", OWNERSHIP_PAGE_ID: "the ownership matrix page"}

# The result that means "no clear leaning"; the other results are keyed by role id.
BALANCED = "balanced"
# Query parameters the page URL uses besides one per statement id: the result, and the ones Material
# reads (`h` highlights search terms, `q` opens the search). A statement id may not take one of them.
RESULT_PARAM = "result"
RESERVED_PARAMS = frozenset({RESULT_PARAM, "h", "q"})
# The anchor of the comparison rows on a section page (see templates/section.md).

Weight = Annotated[int, Field(ge=0, le=3)]


class SectionLink(BaseModel):
    model_config = STRICT
    section: Id = Field(description="Id of the section that backs this, from content/sections/.")
    anchor: Id | None = Field(
        default=None,
        description=(
            "Block of that section to link to: a role id, 'shared', or 'in-the-comparison' (its rows of the "
            "comparison table). Leave it out for the top of the page."
        ),
    )


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


LinkTargets = Mapping[str, list[str]]
"""Each section id with the anchors its page has."""


def link_targets(sections: Collection[SectionFile], role_ids: list[str], comparison: ComparisonFile) -> LinkTargets:
    """The anchors of each section page, as the section template writes them."""
    compared = {a.section for a in comparison.aspects}
    return {
        s.id: [*role_ids, SHARED_ANCHOR, *([COMPARISON_ANCHOR] if s.id in compared else [])]
        for s in sorted(sections, key=lambda s: s.id)
    }


def check_link(key: str, loc: Loc, link: SectionLink, targets: LinkTargets) -> Iterator[Problem]:
    """A link into a section page: the section must exist, and the anchor must be on its page."""
    owner = f"the page of section '{link.section}'"
    return check_target(key, loc, "section", link.section, link.anchor, targets, owner)


def check_page_ids(sections: Mapping[str, SectionFile]) -> Iterator[Problem]:
    """A section page may not take the address of one of these two pages."""
    for key, section in sections.items():
        if section.id in PAGE_IDS:
            yield Problem(
                key, ("id",), f"section id '{section.id}' is the address of {PAGE_IDS[section.id]}; choose another id"
            )


def check_assessment(key: str, file: AssessmentFile, role_ids: list[str], targets: LinkTargets) -> Iterator[Problem]:
    """Cross-file rules of content/assessment.yml, as Problems (file key, field path, what to do)."""
    statement_ids = ((("statements", i, "id"), s.id) for i, s in enumerate(file.statements))
    yield from _duplicates(key, statement_ids, "statement id")
    for i, statement in enumerate(file.statements):
        loc = ("statements", i)
        if statement.id in RESERVED_PARAMS:
            yield Problem(
                key,
                (*loc, "id"),
                f"statement id '{statement.id}' is reserved for the page address; choose another "
                f"(reserved: {', '.join(sorted(RESERVED_PARAMS))})",
            )
        add = "add '{}: 0', or a weight up to 3"
        yield from expected_keys(key, (*loc, "weights"), statement.weights, role_ids, "weight for role", add)
        if statement.weights and not any(statement.weights.values()):
            yield Problem(key, (*loc, "weights"), "every weight is 0: give at least one role a weight from 1 to 3")
        yield from check_link(key, (*loc, "backed_by"), statement.backed_by, targets)
    for role_id in role_ids:
        if not any(_leans_to(s, role_id) for s in file.statements):
            yield Problem(
                key,
                ("statements",),
                f"no statement leans towards '{role_id}' (a higher weight for it than for the other roles), "
                f"so the result could never be '{role_id}'; add one or raise a weight",
            )
    if BALANCED in role_ids:
        yield Problem(key, ("results",), f"a role has the id '{BALANCED}', the id of the even result; rename the role")
    yield from expected_keys(key, ("results",), file.results, [*role_ids, BALANCED], "result", "add a '{}:' entry")
    for result_id, result in file.results.items():
        for j, link in enumerate(result.read_next):
            yield from check_link(key, ("results", result_id, "read_next", j), link, targets)
    top = len(file.scale) - 1
    if file.balanced_within >= top:
        yield Problem(
            key,
            ("balanced_within",),
            f"is {file.balanced_within:g}, but on a scale of {len(file.scale)} answers two averages differ by "
            f"{top} at most, so every result would be '{BALANCED}'; use a smaller number, such as 0.5",
        )


def _leans_to(statement: Statement, role_id: str) -> bool:
    own = statement.weights.get(role_id, 0)
    return own > 0 and all(own > w for r, w in statement.weights.items() if r != role_id)
