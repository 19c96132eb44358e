"""Loader rules of content/infographic.yml, with the exact message a content writer sees for each
(file:line: field: what to do)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_load import apply_rule, edit, problems, rule_ids

# (file, text to replace, replacement, line marker in the edited file, field path, exact message)
RULES = [
    (
        "infographic.yml",
        "  heading: Careers\n  section: second\n",
        "  heading: Careers\n  section: third\n",
        "section: third",
        "career.section",
        "no section has id 'third'; use one of: first, second",
    ),
    (
        "infographic.yml",
        "focus: first",
        "focus: missing",
        "focus: missing",
        "focus",
        "no section has id 'missing'; use one of: first, second",
    ),
    (
        "infographic.yml",
        "    - activity: schedule\n",
        "    - activity: budget\n",
        "activity: budget",
        "lifecycle.rows[2].activity",
        "no row of the ownership matrix has id 'budget'; use one of its rows",
    ),
    (
        "infographic.yml",
        "    - activity: schedule\n",
        "    - activity: vision\n",
        "activity: vision",
        "lifecycle.rows[2].activity",
        "duplicate row 'vision': every row must be unique, rename one",
    ),
    (
        "infographic.yml",
        "      phases: [Plan, Check < 3]\n",
        "      phases: [Plan, Launch]\n",
        "phases: [Plan, Launch]",
        "lifecycle.rows[0].phases[1]",
        "'Launch' is not a phase of section 'first'; use one of: Plan, Build & *ship*, Check < 3",
    ),
    (
        "infographic.yml",
        "      phases: [Plan, Check < 3]\n",
        "      phases: [Plan, Plan]\n",
        "phases: [Plan, Plan]",
        "lifecycle.rows[0].phases[1]",
        "duplicate phase 'Plan': every phase must be unique, rename one",
    ),
    (
        "infographic.yml",
        "      phases: [Plan, Check < 3]\n",
        "      phases: []\n",
        "phases: []",
        "lifecycle.rows[0].phases",
        "has 0 item(s); add at least 1",
    ),
    (
        "infographic.yml",
        "  heading: Careers\n",
        "  heading: Careers\n  colour: red\n",
        "colour: red",
        "career.colour",
        "unknown field 'colour'; remove it or fix its spelling; allowed here: heading, section",
    ),
    (
        "infographic.yml",
        "  heading: Metrics\n",
        "",
        "metrics:",
        "metrics.heading",
        "required field 'heading' is missing; add it",
    ),
]


@pytest.mark.parametrize("rule", RULES, ids=rule_ids(RULES))
def test_rule_names_file_line_field_and_fix(fixture_content: Path, rule: tuple[str, ...]) -> None:
    expected = apply_rule(fixture_content, *rule)
    found = problems(fixture_content)
    assert expected in found, "\n".join(found)


def test_the_phases_come_from_a_section_that_lists_them(fixture_content: Path) -> None:
    """The phases are the facts of the lifecycle section's shared block: a section without any is
    refused, and the rows are not checked against phases that do not exist."""
    path = fixture_content / "infographic.yml"
    edit(path, "  section: first\n  rows:", "  section: second\n  rows:")
    edit(fixture_content / "sections" / "second.yml", "  facts: [Common tool]\n", "")
    found = problems(fixture_content)
    line = path.read_text(encoding="utf-8").splitlines().index("  section: second") + 1
    assert found == [
        f"{path}:{line}: lifecycle.section: section 'second' lists no facts in its "
        "shared block; the phases are those facts, add them there"
    ]


def test_a_missing_file_is_reported(fixture_content: Path) -> None:
    (fixture_content / "infographic.yml").unlink()
    missing = f"{fixture_content / 'infographic.yml'}: is missing; see content/README.md for the content layout"
    assert missing in problems(fixture_content)
