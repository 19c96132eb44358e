"""Loader and schema: every rule, and the exact message a content writer sees for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from roleguide.load import ContentError, load_guide


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    """The last line that contains needle."""
    return max(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def rule_ids(rules: list[tuple[str, ...]]) -> list[str]:
    return [f"{r[0]}:{r[4]}:{r[5][:24]}" for r in rules]


def apply_rule(content: Path, name: str, old: str, new: str, marker: str, field: str, message: str) -> str:
    """Make one edit to a content file; return the problem line the rule should report for it."""
    path = content / name
    edit(path, old, new)
    return f"{path}:{line_of(path, marker)}: {field}: {message}"


def problems(content: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_guide(content)
    return [str(p) for p in caught.value.problems]


# (file, text to replace, replacement, line marker in the edited file, field path, message)
RULES = [
    (
        "sections/first.yml",
        "    label: Alpha label\n",
        "",
        "  alpha:",
        "roles.alpha.label",
        "required field 'label' is missing; add it",
    ),
    (
        "sections/first.yml",
        "search_boost: 2.0",
        "search_boost: 2.0\ncolour: red",
        "colour:",
        "colour",
        "unknown field 'colour'; remove it or fix its spelling; allowed here: id, title, nav_title",
    ),
    (
        "sections/first.yml",
        "search_boost: 2.0",
        "search_boost: high",
        "search_boost:",
        "search_boost",
        "expected a number, for example 1.5 (got str 'high')",
    ),
    (
        "sections/first.yml",
        "nav_title: First",
        "nav_title: [First]",
        "nav_title:",
        "nav_title",
        "expected text; put quotes around it",
    ),
    (
        "sections/first.yml",
        "nav_title: First",
        "nav_title: yes",
        "nav_title:",
        "nav_title",
        "expected text; put quotes around it (YAML reads yes, no, 1.0 and dates as other types) (got bool True)",
    ),
    (
        "sections/first.yml",
        "label: Alpha label",
        'label: ""',
        'label: ""',
        "roles.alpha.label",
        "is empty; write some text",
    ),
    (
        "sections/first.yml",
        "points: [A point]",
        "points: []",
        "points: []",
        "roles.beta.points",
        "has 0 item(s); add at least 1",
    ),
    (
        "sections/first.yml",
        "points: [One point,",
        "points: 'One point'\n    x: [",
        "points: 'One point'",
        "roles.alpha.points",
        "expected a list; write one item per line",
    ),
    (
        "sections/first.yml",
        "summary: Alpha does the first thing.",
        "summary: <script>alert(1)</script>",
        "<script>",
        "roles.alpha.summary",
        "contains markup ('<script>'); write plain text",
    ),
    (
        "sections/first.yml",
        "summary: Alpha does the first thing.",
        "summary: see [the docs](http://x)",
        "the docs",
        "roles.alpha.summary",
        "contains markup (']('); write plain text",
    ),
    (
        "comparison.yml",
        "  - id: focus",
        "  - id: Focus_1",
        "Focus_1",
        "aspects[0].id",
        "use lowercase letters, digits and single hyphens",
    ),
    (
        "comparison.yml",
        "  - id: derived",
        "  - id: focus",
        "  - id: focus",
        "aspects[1].id",
        "duplicate aspect id 'focus': every aspect id must be unique, rename one",
    ),
    (
        "comparison.yml",
        "section: second",
        "section: third",
        "section: third",
        "aspects[1].section",
        "no section has id 'third'; use one of: first, second",
    ),
    (
        "comparison.yml",
        "category: one\n    section: second",
        "category: two\n    section: second",
        "category: two",
        "aspects[1].category",
        "no category has id 'two'; use one of: one",
    ),
    (
        "comparison.yml",
        "      beta: [Delivery]",
        "      gamma: [Delivery]",
        "gamma:",
        "aspects[0].cells.gamma",
        "unknown role 'gamma'; use one of: alpha, beta",
    ),
    (
        "guide.yml",
        "sections: [first, second]",
        "sections: [first, second, fourth]",
        "fourth",
        "parts[0].sections[2]",
        "no section has id 'fourth': add content/sections/fourth.yml or fix the id",
    ),
    (
        "guide.yml",
        "updated: 2024-01-31",
        "updated: 31/01/2024",
        "updated:",
        "source.updated",
        "expected a date; write it as YYYY-MM-DD",
    ),
    (
        "guide.yml",
        "description: A tiny guide",
        "description: Tiny. #",
        "description:",
        "description",
        "is too short (5 characters); write at least 50",
    ),
    (
        "sections/second.yml",
        "title: The Second Section",
        "title: The Second Section\ntitle: Again",
        "title: Again",
        "title",
        "this key appears twice in the same mapping; keep one",
    ),
]


@pytest.mark.parametrize("rule", RULES, ids=rule_ids(RULES))
def test_rule_names_file_line_field_and_fix(fixture_content: Path, rule: tuple[str, ...]) -> None:
    """The messages in RULES are the start of what the writer sees (the rest names the input)."""
    expected_start = apply_rule(fixture_content, *rule)
    found = problems(fixture_content)
    assert any(p.startswith(expected_start) for p in found), "\n".join(found)


def test_missing_role_block_and_unknown_role_are_both_reported(fixture_content: Path) -> None:
    path = fixture_content / "sections" / "second.yml"
    edit(path, "  beta:\n", "  gamma:\n")
    found = problems(fixture_content)
    assert f"{path}:{line_of(path, 'roles:')}: roles: missing the block for role 'beta': add a 'beta:' entry" in found
    assert f"{path}:{line_of(path, 'gamma:')}: roles.gamma: unknown role 'gamma'; use one of: alpha, beta" in found


def test_section_in_no_part_and_file_name_mismatch(fixture_content: Path) -> None:
    third = fixture_content / "sections" / "third.yml"
    third.write_text((fixture_content / "sections" / "second.yml").read_text().replace("id: second", "id: third"))
    assert (
        f"{third}:1: id: section 'third' is in no part: add it to parts in {fixture_content / 'guide.yml'}"
        in problems(fixture_content)
    )
    third.rename(fixture_content / "sections" / "renamed.yml")
    renamed = fixture_content / "sections" / "renamed.yml"
    assert f"{renamed}:1: id: is 'third' but the file is renamed.yml: rename one so they match" in problems(
        fixture_content
    )


def test_every_error_of_a_file_is_reported_together(fixture_content: Path) -> None:
    path = fixture_content / "sections" / "first.yml"
    edit(path, "nav_title: First", "nav_title: 7")
    edit(path, "label: Alpha label", "label: ''")
    edit(path, "search_boost: 2.0", "search_boost: 2.0\nextra: 1")
    found = problems(fixture_content)
    assert len(found) == 3
    assert {p.split(": ")[1] for p in found} == {"nav_title", "extra", "roles.alpha.label"}


def test_errors_in_several_files_are_reported_together(fixture_content: Path) -> None:
    edit(fixture_content / "sections" / "first.yml", "nav_title: First", "nav_title: ''")
    edit(fixture_content / "comparison.yml", "title: One", "title: ''")
    found = problems(fixture_content)
    assert len(found) == 2
    assert {Path(p.split(":")[0]).name for p in found} == {"first.yml", "comparison.yml"}


def test_invalid_yaml_names_the_line(fixture_content: Path) -> None:
    path = fixture_content / "sections" / "second.yml"
    edit(path, "summary: Summary of the second section.", "summary: [unclosed, list")
    [found] = problems(fixture_content)
    assert found.startswith(f"{path}:")
    assert "is not valid YAML" in found
    assert "check indentation, colons and quotes" in found
    assert int(found.split(":")[1]) >= line_of(path, "unclosed")


def test_empty_file(fixture_content: Path) -> None:
    path = fixture_content / "comparison.yml"
    path.write_text("# nothing but a comment\n", encoding="utf-8")
    assert problems(fixture_content) == [f"{path}:1: is empty; it must hold the fields described in content/schema/"]


def test_file_that_is_a_list_not_a_mapping(fixture_content: Path) -> None:
    path = fixture_content / "comparison.yml"
    path.write_text("- one\n- two\n", encoding="utf-8")
    assert problems(fixture_content) == [
        f"{path}:1: must be a mapping of fields ('name: value' lines), not a list or a single value"
    ]


def test_not_utf8_names_the_line(fixture_content: Path) -> None:
    path = fixture_content / "sections" / "first.yml"
    raw = path.read_bytes().replace(b"title: The First Section", b"title: The First Secti\xf3n")
    path.write_bytes(raw)
    assert problems(fixture_content) == [f"{path}:2: is not UTF-8 text (byte 0xf3); save the file as UTF-8"]


def test_missing_file(fixture_content: Path) -> None:
    (fixture_content / "guide.yml").unlink()
    assert f"{fixture_content / 'guide.yml'}: is missing; see content/README.md for the content layout" in problems(
        fixture_content
    )


def test_valid_fixture_loads(fixture_content: Path) -> None:
    guide = load_guide(fixture_content)
    assert [s.id for s in guide.sections] == ["first", "second"]
    derived = guide.comparison.aspects[1]
    assert guide.cells(derived) == {"alpha": ["Tool X", "Tool Y"], "beta": ["Tool Z"]}


def test_real_content_is_valid() -> None:
    guide = load_guide(Path(__file__).resolve().parent.parent / "content")
    assert len(guide.sections) == 10
    assert len(guide.comparison.aspects) >= 13


def test_cli_reports_without_traceback_and_fails(fixture_content: Path) -> None:
    edit(fixture_content / "sections" / "first.yml", "nav_title: First", "nav_title: [x]")
    result = run_cli("--content", str(fixture_content), "check", cwd=fixture_content.parent)
    assert result.returncode == 1
    assert result.stderr.startswith("content error: 1 problem to fix\n  ")
    assert "nav_title: expected text" in result.stderr
    assert "Traceback" not in result.stderr


def test_paths_inside_the_working_directory_are_shown_relative(fixture_content: Path) -> None:
    edit(fixture_content / "sections" / "first.yml", "nav_title: First", "nav_title: [x]")
    result = run_cli("--content", "content", "check", cwd=fixture_content.parent)
    assert "  content/sections/first.yml:3: nav_title:" in result.stderr
