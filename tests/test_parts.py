"""Parts that hold smaller parts: the reading order, the navigation file, the messages and the pruned
navigation of a built site (each page lists only the pages of its own group)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import FIXTURE_CONTENT, copy_project, run_cli
from roleguide.load import load_guide
from roleguide.render import render_pages
from test_load import line_of, problems

NESTED = """parts:
  - id: all
    title: All sections
    parts:
      - id: early
        title: Early
        sections: [first, second]
      - id: late
        title: Late
        parts:
          - id: later
            title: Later
            sections: [third, fourth]
"""


def nest(content: Path, parts: str = NESTED) -> Path:
    """Two more sections (copies of second.yml) and the parts above in place of the flat list."""
    second = (content / "sections" / "second.yml").read_text(encoding="utf-8")
    for extra in ("third", "fourth"):
        (content / "sections" / f"{extra}.yml").write_text(second.replace("id: second", f"id: {extra}"))
    guide = content / "guide.yml"
    text = guide.read_text(encoding="utf-8")
    guide.write_text(text[: text.index("parts:")] + parts, encoding="utf-8")
    return content


def test_nested_parts_keep_the_reading_order(fixture_content: Path) -> None:
    guide = load_guide(nest(fixture_content))
    assert [s.id for s in guide.sections] == ["first", "second", "third", "fourth"]
    assert guide.site.parts[0].section_ids() == ["first", "second", "third", "fourth"]


def test_navigation_file_indents_each_level(fixture_content: Path) -> None:
    summary = render_pages(load_guide(nest(fixture_content)))["SUMMARY.md"]
    assert (
        "* All sections\n"
        "    * Early\n"
        "        * [First](first.md)\n"
        "        * [Second](second.md)\n"
        "    * Late\n"
        "        * Later\n"
        "            * [Second](third.md)\n"
        "            * [Second](fourth.md)\n"
        "* ["  # the next top-level entry follows the parts
    ) in summary


def test_flat_parts_are_unchanged() -> None:
    summary = render_pages(load_guide(FIXTURE_CONTENT))["SUMMARY.md"]
    assert "\n* All sections\n    * [First](first.md)\n    * [Second](second.md)\n* [" in summary


def test_a_part_needs_sections_or_parts_not_both(fixture_content: Path) -> None:
    nest(fixture_content, NESTED.replace("        sections: [first, second]\n", ""))
    guide = fixture_content / "guide.yml"
    found = problems(fixture_content)
    assert any(
        p.startswith(f"{guide}:{line_of(guide, '- id: early')}: parts[0].parts[0]: ")
        and "list either its 'sections' or its 'parts'" in p
        for p in found
    ), found
    nest(
        fixture_content,
        NESTED.replace("    parts:\n      - id: early", "    sections: [first]\n    parts:\n      - id: early"),
    )
    found = problems(fixture_content)
    assert any(p.startswith(f"{guide}:{line_of(guide, '- id: all')}: parts[0]: ") and "exactly one" in p for p in found)


def test_nested_references_are_checked_with_their_path(fixture_content: Path) -> None:
    nest(fixture_content, NESTED.replace("[third, fourth]", "[third, fifth, first]"))
    guide = fixture_content / "guide.yml"
    found = problems(fixture_content)
    at = line_of(guide, "[third, fifth, first]")
    assert (
        f"{guide}:{at}: parts[0].parts[1].parts[0].sections[1]: no section has id 'fifth': "
        "add content/sections/fifth.yml or fix the id" in found
    ), found
    assert any(
        p.startswith(f"{guide}:{at}: parts[0].parts[1].parts[0].sections[2]: duplicate section in parts 'first'")
        for p in found
    ), found
    assert any("section 'fourth' is in no part" in p for p in found), found


@pytest.mark.build
def test_each_page_lists_only_its_own_group(tmp_path: Path, fixture_content: Path) -> None:
    project = copy_project(tmp_path / "nested", content=nest(fixture_content))
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stderr

    def nav_links(page: str) -> set[str]:
        html = (project / "site" / page / "index.html").read_text(encoding="utf-8")
        nav = html[html.index("md-sidebar--primary") : html.index("md-sidebar--secondary")]
        return set(re.findall(r'href="\.\./([a-z]+)/"', nav))

    # /first/ is in Early: Late is closed, shown as one link to its first page, without its other pages.
    assert {"second", "third"} <= nav_links("first") and "fourth" not in nav_links("first")
    # and the other way round from /fourth/, deep in Late > Later: Early shrinks to a link to /first/.
    assert {"first", "third"} <= nav_links("fourth") and "second" not in nav_links("fourth")
