"""Loader rules of content/glossary.yml, topics.yml, questions.yml and redirects.yml, and of the topics
of sections and rows, with the exact message a content writer sees for each (file:line: field: fix)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from roleguide.load import load_guide
from roleguide.model.rules.findability import site_anchors
from test_load import apply_rule, edit, line_of, problems, rule_ids

PAGES = (
    "index, first, second, comparison, infographic, which-role-fits-you, ownership, team-charter, hiring, "
    "hiring/alpha, hiring/beta, glossary, topics"  # fixture pages
)

# (file, text to replace, replacement, line marker in the edited file, field path, exact message)
RULES = [
    # redirects.yml
    (
        "redirects.yml",
        "to: {page: first, anchor: beta}",
        "to: {page: third}",
        "page: third",
        "pages[0].to.page",
        f"no page has id 'third'; use one of: {PAGES}",
    ),
    (
        "redirects.yml",
        "to: {page: first, anchor: beta}",
        "to: {page: first, anchor: gamma}",
        "anchor: gamma",
        "pages[0].to.anchor",
        "the page 'first' has no anchor 'gamma'; use one of: top, alpha, beta, shared, in-the-comparison, "
        "or leave it out for the top of the page",
    ),
    (
        "redirects.yml",
        "  - from: old-first",
        "  - from: second",
        "from: second",
        "pages[0].from",
        "the page 'second' is live: a redirect would hide it; remove the redirect or fix the id",
    ),
    (
        "redirects.yml",
        "    from: old-focus",
        "    from: derived",
        "from: derived",
        "anchors[0].from",
        "'derived' is a live anchor of 'comparison': a redirect would take readers away from it; remove the "
        "redirect or fix the id",
    ),
    (
        "redirects.yml",
        "    to: focus",
        "    to: old-focus",
        "to: old-focus",
        "anchors[0].to",
        "the redirect leads to itself: give the anchor it moved to",
    ),
    (
        "redirects.yml",
        "    to: {page: first, anchor: beta}",
        "    to: {page: old-first}",
        "to: {page: old-first}",
        "pages[0].to.page",
        "the redirect leads to itself: give the page it moved to",
    ),
    (
        "redirects.yml",
        "    to: focus",
        "    to: focus\n  - page: comparison\n    from: older-focus\n    to: newer-focus\n"
        "  - page: comparison\n    from: newer-focus\n    to: older-focus",
        "to: older-focus",
        "anchors[2].to",
        "'older-focus' is itself redirected to 'newer-focus': point straight at 'newer-focus'",
    ),
    (
        "redirects.yml",
        "    to: focus",
        "    to: gone",
        "to: gone",
        "anchors[0].to",
        "the page 'comparison' has no anchor 'gone'; use one of: top, focus, derived",
    ),
    (
        "redirects.yml",
        "  - page: comparison",
        "  - page: old-first",
        "page: old-first",
        "anchors[0].page",
        "no live page has id 'old-first' (it is redirected to first#beta: put the old anchor there); "
        f"use one of: {PAGES}",
    ),
    (
        "redirects.yml",
        "    to: {page: first, anchor: beta}",
        "    to: {page: first, anchor: beta}\n  - from: older-first\n    to: {page: old-first}",
        "page: old-first",
        "pages[1].to.page",
        "'old-first' is itself redirected to first#beta: point straight at that",
    ),
    (
        "redirects.yml",
        "    to: {page: first, anchor: beta}",
        "    to: {page: comparison, anchor: old-focus}",
        "anchor: old-focus",
        "pages[0].to.anchor",
        "'old-focus' is itself redirected to 'focus': point straight at 'focus'",
    ),
    (
        "redirects.yml",
        "    to: focus",
        "    to: focus\n  - page: comparison\n    from: old-focus\n    to: derived",
        "from: old-focus",
        "anchors[1].from",
        "duplicate old anchor 'comparison#old-focus': every old anchor must be unique, rename one",
    ),
    # questions.yml
    (
        "questions.yml",
        "answer: {page: comparison, anchor: focus}",
        "answer: {page: comparison, anchor: focal}",
        "anchor: focal",
        "questions[1].answer.anchor",
        "the page 'comparison' has no anchor 'focal'; use one of: top, focus, derived, or leave it out for the "
        "top of the page",
    ),
    (
        "questions.yml",
        "What does WIP mean?",
        "What does WIP mean",
        "What does WIP mean",
        "questions[2].question",
        "end the question with a question mark",
    ),
    (
        "questions.yml",
        "What does WIP mean?",
        "Who picks *WHAT* gets built?",
        "*WHAT*",
        "questions[2].question",
        "duplicate question 'who picks *what* gets built?': every question must be unique, rename one",
    ),
    # glossary.yml, and the abbreviations every content file uses
    (
        "sections/first.yml",
        "summary: Alpha does the first thing.",
        "summary: Alpha reports to the PMO.",
        "Alpha reports to the PMO.",
        "roles.alpha.summary",
        "'PMO' looks like an abbreviation, and {glossary} does not define it: add a term with "
        "'abbreviation: PMO' (every page explains it on hover), or write it out",
    ),
    (
        "sections/first.yml",
        "summary: Alpha does the first thing.",
        "summary: Alpha pays for WIPs and AMs.",
        "Alpha pays for WIPs",
        "roles.alpha.summary",
        "",  # accepted: both abbreviations are defined with a plural (roles get theirs from their names)
    ),
    (
        "glossary.yml",
        "    plural: Works in progress\n",
        "",
        "WIP limit",
        "terms[0].definition",
        "",  # a singular use needs no plural
    ),
    (
        "glossary.yml",
        "abbreviation: WIP",
        "abbreviation: Wip",
        "abbreviation: Wip",
        "terms[0].abbreviation",
        "write the abbreviation as the text uses it: two or more capitals, with at most one lowercase letter "
        "between two of them (for example PMO or TPjM)",
    ),
    (
        "glossary.yml",
        "abbreviation: WIP",
        "abbreviation: AM",
        "abbreviation: AM",
        "terms[0].abbreviation",
        "'AM' is the short name of the role 'alpha', which the glossary lists already (from guide.yml); "
        "remove this term",
    ),
    (
        "glossary.yml",
        "  - id: zeta",
        "  - id: beta",
        "id: beta",
        "terms[1].id",
        "id 'beta' is taken by a role or the page; choose another",
    ),
    (
        "glossary.yml",
        "  - id: zeta",
        "  - id: wip",
        "id: wip",
        "terms[1].id",
        "duplicate term id 'wip': every term id must be unique, rename one",
    ),
    (
        "glossary.yml",
        "    see: {page: first, anchor: alpha}",
        "    see: {page: first, anchor: delta}",
        "anchor: delta",
        "terms[0].see.anchor",
        "the page 'first' has no anchor 'delta'; use one of: top, alpha, beta, shared, in-the-comparison, or "
        "leave it out for the top of the page",
    ),
    # topics.yml, and the topics of sections and rows
    (
        "sections/second.yml",
        "topics: [planning, delivery]",
        "topics: [planning, delivered]",
        "topics: [planning, delivered]",
        "topics[1]",
        "no topic has id 'delivered'; use one of: planning, delivery",
    ),
    (
        "comparison.yml",
        "    topics: [delivery]",
        "    topics: [planning, planning]",
        "topics: [planning, planning]",
        "aspects[1].topics[1]",
        "duplicate topic in the list 'planning': every topic in the list must be unique, rename one",
    ),
    (
        "sections/first.yml",
        "topics: [planning]\n",
        "",
        "id: first",
        "topics",
        "required field 'topics' is missing; add it",
    ),
]


@pytest.mark.parametrize("rule", RULES, ids=rule_ids(RULES))
def test_rule_names_file_line_field_and_fix(fixture_content: Path, rule: tuple[str, ...]) -> None:
    *edit_and_place, message = rule
    message = message.format(glossary=fixture_content / "glossary.yml")
    expected = apply_rule(fixture_content, *edit_and_place, message)
    if not message:
        load_guide(fixture_content)  # no problem to report
        return
    found = problems(fixture_content)
    assert expected in found, "\n".join(found)


def test_a_plural_abbreviation_needs_the_plural_of_its_term(fixture_content: Path) -> None:
    glossary = fixture_content / "glossary.yml"
    edit(glossary, "    plural: Works in progress\n", "")
    first = fixture_content / "sections" / "first.yml"
    edit(first, "summary: Alpha does the first thing.", "summary: Alpha limits WIPs.")
    assert problems(fixture_content) == [
        f"{first}:{line_of(first, 'WIPs')}: roles.alpha.summary: 'WIPs' is the plural of WIP: give that term in "
        f"{glossary} a 'plural:' (the term in the plural), so the explanation on hover reads right"
    ]


def test_an_unused_topic_is_reported(fixture_content: Path) -> None:
    topics = fixture_content / "topics.yml"
    edit(fixture_content / "sections" / "second.yml", "topics: [planning, delivery]", "topics: [planning]")
    edit(fixture_content / "comparison.yml", "    topics: [delivery]", "    topics: [planning]")
    assert problems(fixture_content) == [
        f"{topics}:{line_of(topics, 'id: delivery')}: topics[1].id: topic 'delivery' is used by no section or "
        "row: use it or remove it"
    ]


@pytest.mark.parametrize("page", ["glossary", "topics", "index"])
def test_a_section_may_not_take_the_address_of_a_generated_page(fixture_content: Path, page: str) -> None:
    sections = fixture_content / "sections"
    (sections / "second.yml").rename(sections / f"{page}.yml")
    edit(sections / f"{page}.yml", "id: second", f"id: {page}")
    edit(fixture_content / "guide.yml", "sections: [first, second]", f"sections: [first, {page}]")
    for name in ["comparison.yml", "assessment.yml", "ownership.yml", "infographic.yml"]:
        path = fixture_content / name
        path.write_text(path.read_text(encoding="utf-8").replace("section: second", f"section: {page}"))
    found = problems(fixture_content)
    what = {"glossary": "the glossary", "topics": "the topics page", "index": "the home page"}[page]
    assert f"{sections / f'{page}.yml'}:1: id: section id '{page}' is the address of {what}; choose another id" in found


def test_every_problem_of_every_file_is_reported_at_once(fixture_content: Path) -> None:
    edit(fixture_content / "redirects.yml", "to: {page: first, anchor: beta}", "to: {page: third}")
    edit(fixture_content / "questions.yml", "What does WIP mean?", "What does WIP mean")
    unused = "\n  - id: unused\n    title: Unused\n    description: Nothing carries it."
    edit(
        fixture_content / "topics.yml",
        "    description: Shipping | with pipes.",
        "    description: Shipping | with pipes." + unused,
    )
    found = problems(fixture_content)
    assert [p.split(":")[0].rsplit("/", 1)[-1] for p in found] == ["questions.yml", "redirects.yml", "topics.yml"]


def test_the_anchors_of_the_real_site() -> None:
    """The list of spots covers every page, in navigation order, each anchor once."""
    guide = load_guide(ROOT / "content")
    anchors = guide.anchors()
    assert list(anchors)[:2] == ["index", guide.sections[0].id]
    assert set(anchors) >= {s.id for s in guide.sections} | {"comparison", "glossary", "topics", "ownership"}
    for page, ids in anchors.items():
        assert ids[0] == "top" and len(ids) == len(set(ids)), page
    assert anchors == site_anchors(
        guide.site,
        guide.sections,
        guide.comparison,
        guide.ownership,
        guide.hiring,
        guide.glossary_entries(),
        guide.topics,
    )
