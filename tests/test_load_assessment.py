"""Loader rules of content/assessment.yml and content/ownership.yml, with the exact message a content
writer sees for each (file:line: field: what to do)."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleguide.load import load_guide
from test_load import apply_rule, edit, line_of, problems, rule_ids

# (file, text to replace, replacement, line marker in the edited file, field path, exact message)
RULES = [
    (
        "assessment.yml",
        "  - id: eight\n",
        "  - id: two\n",
        "  - id: two",
        "statements[7].id",
        "duplicate statement id 'two': every statement id must be unique, rename one",
    ),
    (
        "assessment.yml",
        "  - id: eight\n",
        "  - id: h\n",
        "  - id: h",
        "statements[7].id",
        "statement id 'h' is reserved for the page address; choose another (reserved: h, q, result)",
    ),
    (
        "assessment.yml",
        "weights: {alpha: 3, beta: 0}",
        "weights: {alpha: 4, beta: 0}",
        "alpha: 4",
        "statements[0].weights.alpha",
        "input should be less than or equal to 3",
    ),
    (
        "assessment.yml",
        "weights: {alpha: 3, beta: 0}",
        "weights: {alpha: 0, beta: 0}",
        "alpha: 0, beta: 0",
        "statements[0].weights",
        "every weight is 0: give at least one role a weight from 1 to 3",
    ),
    (
        "assessment.yml",
        "weights: {alpha: 3, beta: 0}",
        "weights: {alpha: 3}",
        "weights: {alpha: 3}",
        "statements[0].weights",
        "missing the weight for role 'beta': add 'beta: 0', or a weight up to 3",
    ),
    (
        "assessment.yml",
        "weights: {alpha: 3, beta: 0}",
        "weights: {alpha: 3, beta: 0, gamma: 1}",
        "gamma: 1",
        "statements[0].weights.gamma",
        "unknown weight for role 'gamma'; use one of: alpha, beta",
    ),
    (
        "assessment.yml",
        "backed_by: {section: second}",
        "backed_by: {section: third}",
        "section: third",
        "statements[1].backed_by.section",
        "no section has id 'third'; use one of: first, second",
    ),
    (
        "assessment.yml",
        "backed_by: {section: second, anchor: beta}",
        "backed_by: {section: second, anchor: gamma}",
        "anchor: gamma",
        "statements[3].backed_by.anchor",
        "the page of section 'second' has no anchor 'gamma'; use one of: alpha, beta, shared, "
        "in-the-comparison, or leave it out for the top of the page",
    ),
    (
        "assessment.yml",
        "      - {section: second, anchor: beta}",
        "      - {section: second, anchor: top}",
        "anchor: top",
        "results.beta.read_next[0].anchor",
        "the page of section 'second' has no anchor 'top'; use one of: alpha, beta, shared, in-the-comparison, "
        "or leave it out for the top of the page",
    ),
    (
        "assessment.yml",
        "  balanced:\n",
        "  even:\n",
        "results:",
        "results",
        "missing the result 'balanced': add a 'balanced:' entry",
    ),
    (
        "assessment.yml",
        "  balanced:\n",
        "  even:\n",
        "  even:",
        "results.even",
        "unknown result 'even'; use one of: alpha, beta, balanced",
    ),
    (
        "assessment.yml",
        "balanced_within: 0.5",
        "balanced_within: 2",
        "balanced_within:",
        "balanced_within",
        "is 2, but on a scale of 3 answers two averages differ by 2 at most, so every result would be "
        "'balanced'; use a smaller number, such as 0.5",
    ),
    (
        "assessment.yml",
        "  - id: eight\n    text: Statement eight fits both.\n    weights: {alpha: 2, beta: 2}\n"
        "    backed_by: {section: second, anchor: shared}\n",
        "",
        "statements:",
        "statements",
        "has 7 item(s); add at least 8",
    ),
    (
        "ownership.yml",
        "roles: {alpha: decides, beta: informed}",
        "roles: {alpha: owns, beta: informed}",
        "alpha: owns",
        "groups[0].activities[0].roles.alpha",
        "input should be 'decides', 'contributes' or 'informed'",
    ),
    (
        "ownership.yml",
        "roles: {alpha: decides, beta: informed}",
        "roles: {alpha: informed, beta: informed}",
        "alpha: informed, beta: informed",
        "groups[0].activities[0].roles",
        "no role decides or contributes: a row needs a role that acts on it",
    ),
    (
        "ownership.yml",
        "roles: {alpha: decides, beta: informed}",
        "roles: {alpha: decides, beta: decides}",
        "alpha: decides, beta: decides",
        "groups[0].activities[0].roles",
        "more than one role decides: the matrix gives each row one owner; make the other 'contributes'",
    ),
    (
        "ownership.yml",
        "      - id: schedule",
        "      - id: vision",
        "      - id: vision",
        "groups[1].activities[0].id",
        "duplicate group or activity id 'vision': every group or activity id must be unique, rename one",
    ),
    (
        "ownership.yml",
        "  - id: delivery",
        "  - id: launch",
        "  - id: launch",
        "groups[1].id",
        "duplicate group or activity id 'launch': every group or activity id must be unique, rename one",
    ),
    (
        "ownership.yml",
        "      - id: schedule",
        "      - id: legend",
        "      - id: legend",
        "groups[1].activities[0].id",
        "id 'legend' is reserved on this page; choose another",
    ),
    (
        "ownership.yml",
        "source: {section: second}",
        "source: {section: fourth}",
        "section: fourth",
        "groups[1].activities[0].source.section",
        "no section has id 'fourth'; use one of: first, second",
    ),
    (
        "ownership.yml",
        "roles: {alpha: contributes, beta: decides}",
        "roles: {alpha: contributes}",
        "roles: {alpha: contributes}",
        "groups[1].activities[0].roles",
        "missing the block for role 'beta': add a 'beta:' entry",
    ),
]


@pytest.mark.parametrize("rule", RULES, ids=rule_ids(RULES))
def test_rule_names_file_line_field_and_fix(fixture_content: Path, rule: tuple[str, ...]) -> None:
    expected = apply_rule(fixture_content, *rule)
    found = problems(fixture_content)
    assert expected in found, "\n".join(found)


def test_a_role_no_statement_leans_to_is_reported(fixture_content: Path) -> None:
    path = fixture_content / "assessment.yml"
    for old in ["{alpha: 0, beta: 3}", "{alpha: 0, beta: 2}", "{alpha: 0, beta: 2}"]:
        edit(path, old, "{alpha: 1, beta: 1}")
    assert problems(fixture_content) == [
        f"{path}:{line_of(path, 'statements:')}: statements: no statement leans towards 'beta' (a higher weight "
        "for it than for the other roles), so the result could never be 'beta'; add one or raise a weight"
    ]


PAGE_NAMES = {
    "which-role-fits-you": "the self-assessment page",
    "ownership": "the ownership matrix page",
    "hiring": "the folder of the job-description starters",
}


@pytest.mark.parametrize("page", list(PAGE_NAMES))
def test_a_section_may_not_take_the_address_of_these_pages(fixture_content: Path, page: str) -> None:
    sections = fixture_content / "sections"
    (sections / "second.yml").rename(sections / f"{page}.yml")
    edit(sections / f"{page}.yml", "id: second", f"id: {page}")
    edit(fixture_content / "guide.yml", "sections: [first, second]", f"sections: [first, {page}]")
    edit(fixture_content / "hiring.yml", "linked_from: [second]", f"linked_from: [{page}]")
    for name in ["comparison.yml", "assessment.yml", "ownership.yml", "infographic.yml", "hiring.yml"]:
        path = fixture_content / name
        path.write_text(path.read_text(encoding="utf-8").replace("section: second", f"section: {page}"))
    what = PAGE_NAMES[page]
    assert problems(fixture_content) == [
        f"{sections / f'{page}.yml'}:1: id: section id '{page}' is the address of {what}; choose another id"
    ]


def test_missing_files_are_reported(fixture_content: Path) -> None:
    (fixture_content / "assessment.yml").unlink()
    (fixture_content / "ownership.yml").unlink()
    found = problems(fixture_content)
    for name in ["assessment.yml", "ownership.yml"]:
        assert f"{fixture_content / name}: is missing; see content/README.md for the content layout" in found


def test_fixture_and_real_content_load() -> None:
    root = Path(__file__).resolve().parent.parent
    for content, statements in [(root / "tests" / "fixtures" / "content", 8), (root / "content", 12)]:
        guide = load_guide(content)
        assert len(guide.assessment.statements) == statements
        assert guide.ownership.groups
