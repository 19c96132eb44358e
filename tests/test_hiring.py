"""The job-description starters (/hiring/): the rules of content/hiring.yml with the exact message a
content writer sees (file:line: field: fix), the ads as the copy buttons give them (golden files of the
real content, tests/golden/ads/), and what the pages hold."""

from __future__ import annotations

import difflib
import html
import re
from pathlib import Path

import pytest

import searchindex
from conftest import ROOT
from roleguide.load import load_guide
from roleguide.render import render_pages
from roleguide.render.hiring import ad_markdown, ad_parts, ad_text, escape_commonmark
from test_load import apply_rule, problems, rule_ids

ADS = Path(__file__).resolve().parent / "golden" / "ads"
SECTIONS = "first, second"

# (file, text to replace, replacement, line marker in the edited file, field path, exact message)
RULES = [
    (
        "hiring.yml",
        "{section: first, take: summary}",
        "{section: third, take: summary}",
        "section: third",
        "ad[0].from[0].section",
        f"no section has id 'third'; use one of: {SECTIONS}",
    ),
    (
        "hiring.yml",
        "{section: first, take: summary}",
        "{take: summary}",
        "{take: summary}",
        "ad[0].from[0].section",
        "'summary' takes from a section: name it with 'section: <id>'",
    ),
    (
        "hiring.yml",
        "{section: first, take: summary}",
        "{section: first, block: shared, take: summary}",
        "block: shared, take: summary",
        "ad[0].from[0].take",
        "a shared block has no summary; take its 'points' or 'facts', or the role's own block",
    ),
    (
        "hiring.yml",
        "{take: decides}",
        "{section: first, take: decides}",
        "section: first, take: decides",
        "ad[2].from[0].section",
        "'decides' takes the rows of the ownership matrix: leave out section and block",
    ),
    (
        "hiring.yml",
        "{take: decides}",
        "{take: rules}",
        "take: rules",
        "ad[2].from[0].take",
        "input should be 'summary', 'points', 'facts', 'cells', 'decides', 'contributes' or 'informed'",
    ),
    (
        "hiring.yml",
        "    from:\n      - {take: decides}",
        "    from: # the matrix\n      - {take: informed}",
        "# the matrix",
        "ad[2].from",
        "gives the ad of role 'alpha' no line at all (nothing to take there); take from another place or remove "
        "the part",
    ),
    (
        "hiring.yml",
        "  - id: duties",
        "  - id: about",
        "id: about",
        "ad[1].id",
        "duplicate part id 'about': every part id must be unique, rename one",
    ),
    (
        "hiring.yml",
        "  - id: duties",
        "  - id: see-also",
        "id: see-also",
        "ad[1].id",
        "id 'see-also' is reserved on this page; choose another",
    ),
    (
        "hiring.yml",
        "linked_from: [second]",
        "linked_from: [second, third]",
        "linked_from:",
        "linked_from[1]",
        f"no section has id 'third'; use one of: {SECTIONS}",
    ),
    (
        "hiring.yml",
        "  beta:\n",
        "  gamma:\n",
        "gamma:",
        "roles.gamma",
        "unknown role 'gamma'; use one of: alpha, beta",
    ),
    (
        "hiring.yml",
        "  beta:\n",
        "  gamma:\n",
        "roles:",
        "roles",
        "missing the role 'beta': add a 'beta:' entry with its description",
    ),
    (
        "hiring.yml",
        "{aspect: focus, take: cells}",
        "{aspect: nowhere, take: cells}",
        "aspect: nowhere",
        "ad[4].from[0].aspect",
        "no row of comparison.yml has id 'nowhere'; use one of: focus, derived",
    ),
    (
        "hiring.yml",
        "{aspect: focus, take: cells}",
        "{take: cells}",
        "{take: cells}",
        "ad[4].from[0].aspect",
        "'cells' takes a row of the comparison table: name it with 'aspect: <id>'",
    ),
    (
        "hiring.yml",
        "{aspect: focus, take: cells}",
        "{aspect: focus, section: first, take: cells}",
        "section: first, take: cells",
        "ad[4].from[0].section",
        "'cells' takes a row of the comparison table: leave out section and block",
    ),
    (
        "hiring.yml",
        "{section: first, take: summary}",
        "{section: first, aspect: focus, take: summary}",
        "aspect: focus, take: summary",
        "ad[0].from[0].aspect",
        "only 'cells' takes a row of the comparison table; leave out aspect for 'summary'",
    ),
    (
        "hiring.yml",
        "    heading: What you do\n",
        "    heading: What you do\n    lines: []\n",
        "lines: []",
        "ad[1].lines",
        "unknown field",
    ),
]


@pytest.mark.parametrize("rule", RULES, ids=rule_ids(RULES))
def test_rule_names_file_line_field_and_fix(fixture_content: Path, rule: tuple[str, ...]) -> None:
    expected_start = apply_rule(fixture_content, *rule)
    found = problems(fixture_content)
    assert any(p.startswith(expected_start) for p in found), f"expected {expected_start!r}, got {found}"


def _golden(name: str, text: str, update: bool) -> None:
    path = ADS / name
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        lines = expected.splitlines(True), text.splitlines(True)
        diff = "".join(difflib.unified_diff(*lines, f"golden/ads/{name}", name))
        pytest.fail(f"the ad differs from tests/golden/ads/{name} (pytest --update-goldens to accept):\n{diff}")


@pytest.mark.parametrize("role_id", ["product", "project"])
def test_the_real_ads_match_their_goldens(role_id: str, update_goldens: bool) -> None:
    """What "Copy as Markdown" and "Copy as plain text" give on the real site, pinned."""
    guide = load_guide(ROOT / "content")
    role = next(r for r in guide.roles if r.id == role_id)
    _golden(f"{role_id}.md", ad_markdown(guide, role), update_goldens)
    _golden(f"{role_id}.txt", ad_text(guide, role), update_goldens)


def test_every_golden_ad_belongs_to_a_role() -> None:
    """A golden left behind by a removed role fails, instead of pinning nothing."""
    role_ids = {r.id for r in load_guide(ROOT / "content").roles}
    assert {p.stem for p in ADS.iterdir()} == role_ids
    assert sorted(p.name for p in ADS.iterdir()) == sorted(f"{r}.{ext}" for r in role_ids for ext in ("md", "txt"))


def test_each_page_carries_exactly_its_ad_on_its_buttons() -> None:
    guide = load_guide(ROOT / "content")
    pages = render_pages(guide)
    for role in guide.roles:
        page = pages[f"hiring/{role.id}.md"]
        assert isinstance(page, str)
        carried = dict(re.findall(r'data-rg-ad-format="(\w+)" data-rg-ad-text="([^"]*)"', page))
        assert carried.keys() == {"markdown", "text"}
        assert html.unescape(carried["markdown"]) == ad_markdown(guide, role)
        assert html.unescape(carried["text"]) == ad_text(guide, role)
        # No blank line inside the raw HTML block, or Markdown would end it there.
        assert "\n" not in carried["markdown"] and "\n" not in carried["text"]


def test_every_line_of_an_ad_is_said_by_the_spot_it_links_to() -> None:
    """Each line's text stands in the block (or matrix row) it links to, and the spot exists."""
    guide = load_guide(ROOT / "content")
    anchors = guide.anchors()
    rows = {a.id: a.title for g in guide.ownership.groups for a in g.activities}
    aspects = {a.id: a for a in guide.comparison.aspects}
    for role in guide.roles:
        lines = [line for part in ad_parts(guide, role.id) for block in part.blocks for line in block.lines]
        assert lines
        for line in lines:
            assert line.anchor in anchors[line.page], line
            if line.page == "ownership":
                assert rows[line.anchor] == line.text
                continue
            if line.page == "comparison":
                assert line.text in guide.cells(aspects[line.anchor])[role.id], line
                continue
            section = guide.section(line.page)
            block = section.shared if line.anchor == "shared" else section.roles[line.anchor]
            said = [getattr(block, "summary", None), *block.points, *(block.facts or [])]
            assert line.text in said, line


# The rows of the article's own comparison table that an ad must hold whole, for each role: who the
# role works with, its skills and its goal (issue 27: the ads had left out customers, "product
# management", "risk assessment" and both goals).
TABLE_ROWS_IN_THE_AD = ["stakeholder-interaction", "skills", "goal"]


@pytest.mark.parametrize("role_id", ["product", "project"])
def test_the_ad_holds_what_the_article_gives_the_role(role_id: str) -> None:
    guide = load_guide(ROOT / "content")
    role = next(r for r in guide.roles if r.id == role_id)
    said = {line.casefold() for line in re.findall(r"^- (.+)$", ad_markdown(guide, role), re.M)}
    for aspect in (a for a in guide.comparison.aspects if a.id in TABLE_ROWS_IN_THE_AD):
        missing = [cell for cell in guide.cells(aspect)[role_id] if escape_commonmark(cell).casefold() not in said]
        assert not missing, f"the {role_id} ad leaves out {missing} ({aspect.title})"


@pytest.mark.parametrize("role_id", ["product", "project"])
def test_the_ad_speaks_to_the_candidate(role_id: str) -> None:
    """As ads are written: every sentence of the ad (a line that ends with a full stop) says "you" or
    "your"; the lists name things (skills, tools, titles), and the role is never "it" or "he/she"."""
    guide = load_guide(ROOT / "content")
    lines = [line for part in ad_parts(guide, role_id) for block in part.blocks for line in block.lines]
    sentences = [line.text for line in lines if line.text.endswith(".")]
    assert sentences, "the ad has no sentence left to check"
    third = [text for text in sentences if not re.search(r"\b(you|your)\b", text, re.I)]
    assert not third, f"the {role_id} ad speaks of the candidate in the third person: {third}"


def test_a_fact_two_sources_give_a_part_is_said_once(fixture_content: Path) -> None:
    """The comparison's cells and a section's facts may name the same thing: the part names it once,
    where it comes first, whatever the case."""
    path = fixture_content / "comparison.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("beta: [Delivery]", "beta: [Delivery, tool z]"))
    guide = load_guide(fixture_content)
    part = next(p for p in ad_parts(guide, "beta") if p.id == "people")
    assert [line.text for block in part.blocks for line in block.lines] == ["Delivery", "tool z"]
    assert [line.page for block in part.blocks for line in block.lines] == ["comparison", "comparison"]


def test_the_copied_text_has_no_site_chrome_and_no_markup_in_plain_text() -> None:
    guide = load_guide(ROOT / "content")
    for role in guide.roles:
        markdown, text = ad_markdown(guide, role), ad_text(guide, role)
        for copied in (markdown, text):
            assert guide.site.site_name not in copied
            assert "](" not in copied and "<" not in copied and "{" not in copied
            assert copied.endswith("\n") and not copied.endswith("\n\n")
        assert markdown.startswith(f"# {role.name}\n")
        assert text.startswith(f"{role.name}\n")
        assert "#" not in text and "\\" not in text
        headings = [part.heading for part in guide.hiring.ad]
        assert re.findall(r"^## (.+)$", markdown, re.M) == headings


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a *b* _c_", r"a \*b\* \_c\_"),
        ("x | y < z", r"x \| y \< z"),
        ("[1] `code`", r"\[1\] \`code\`"),
        ("# not a heading", r"\# not a heading"),
        ("- item", r"\- item"),
        ("1. first", r"1\. first"),
        ("C++ and a-b = c", "C++ and a-b = c"),
    ],
)
def test_commonmark_escaping(raw: str, escaped: str) -> None:
    """Markup characters of the copied Markdown show as typed in any renderer; the rest stays readable."""
    assert escape_commonmark(raw) == escaped


def test_a_spot_may_point_at_a_part_of_a_starter(fixture_content: Path) -> None:
    """A question on the home page (any spot) can lead to one part of a role's ad, named in words."""
    path = fixture_content / "questions.yml"
    text = path.read_text(encoding="utf-8")
    first_answer = re.search(r"answer: \{[^}]*\}", text)
    assert first_answer
    path.write_text(text.replace(first_answer.group(0), "answer: {page: hiring/alpha, anchor: skills}", 1))
    home = render_pages(load_guide(fixture_content))["index.md"]
    assert "[Alpha ad: What you bring](hiring/alpha.md#skills)" in home
    path.write_text(text.replace(first_answer.group(0), "answer: {page: hiring/alpha, anchor: nowhere}", 1))
    found = problems(fixture_content)
    assert any("questions.yml:" in p and "the page 'hiring/alpha' has no anchor 'nowhere'" in p for p in found), found


@pytest.mark.build
def test_the_starters_are_found_below_the_sections(site: Path) -> None:
    """The ads restate the sections: they are in the search index, weighed below the sections, so
    that a search for a fact lands on the section that states it, and one for a job ad on the ads."""
    indexed = searchindex.fragments(site)
    for page in ("/hiring/", "/hiring/product/", "/hiring/project/"):
        assert float(indexed[page]["meta"]["weight"]) < float(indexed["/tools/"]["meta"]["weight"]), page
    assert "job ad" in indexed["/hiring/"]["meta"]["aliases"]
