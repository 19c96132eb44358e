"""The rules that tie content/assessment.yml to the rest of the guide: roles, sections and anchors
that must exist, ids that must be unique. Also the rule that keeps section ids off the addresses of the
self-assessment, the ownership matrix, the team charter and the job-description starters."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ...problems import Problem, duplicates, expected_keys
from ..pages import ASSESSMENT_PAGE_ID, CHARTER_PAGE_ID, HIRING_DIR, OWNERSHIP_PAGE_ID
from ..schema.assessment import BALANCED, RESULT_PARAM, AssessmentFile, Statement
from ..schema.files import SectionFile
from .links import LinkTargets, check_link

# The addresses of these pages, /<id>/ (and /hiring/<role id>/): no section may take one of them.
PAGE_IDS = {
    ASSESSMENT_PAGE_ID: "the self-assessment page",
    OWNERSHIP_PAGE_ID: "the ownership matrix page",
    CHARTER_PAGE_ID: "the team charter page",
    HIRING_DIR: "the folder of the job-description starters",
}
# Query parameters the page URL uses besides one per statement id: the result, and the ones Material
# reads (`h` highlights search terms, `q` opens the search). A statement id may not take one of them.
RESERVED_PARAMS = frozenset({RESULT_PARAM, "h", "q"})


def check_page_ids(sections: Mapping[str, SectionFile]) -> Iterator[Problem]:
    """A section page may not take the address of one of these pages."""
    for key, section in sections.items():
        if section.id in PAGE_IDS:
            yield Problem(
                key, ("id",), f"section id '{section.id}' is the address of {PAGE_IDS[section.id]}; choose another id"
            )


def check_assessment(key: str, file: AssessmentFile, role_ids: list[str], targets: LinkTargets) -> Iterator[Problem]:
    """Cross-file rules of content/assessment.yml, as Problems (file key, field path, what to do)."""
    statement_ids = ((("statements", i, "id"), s.id) for i, s in enumerate(file.statements))
    yield from duplicates(key, statement_ids, "statement id")
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
