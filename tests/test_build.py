"""Whole-site builds: strict, deterministic, complete, and safe when the input is bad."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from conftest import ENV, FIXTURE_CONTENT, ROOT, copy_project, fetch, mkdocs_serve, run_cli, snapshot
from roleguide.load import load_guide

pytestmark = pytest.mark.build
GUIDE = load_guide(ROOT / "content")


def page_text(path: Path) -> str:
    """The visible text of a built page: tags dropped, entities decoded, whitespace folded."""
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).split())


def test_strict_build_has_no_warnings(built_project: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "strict-site"],
        cwd=built_project,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr


def test_one_page_per_section_at_a_url_from_its_id(site: Path) -> None:
    for section in GUIDE.sections:
        page = site / section.id / "index.html"
        assert page.is_file(), f"/{section.id}/ was not built"
        text = page.read_text(encoding="utf-8")
        assert f'<h1 id="top">{html.escape(section.title, quote=False)}' in text
        for anchor in ["product", "project", "shared"]:
            assert f'id="{anchor}"' in text, f"/{section.id}/#{anchor} is missing"


def test_home_page_shows_the_overview_and_a_card_per_section(site: Path) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    cards = re.search(r'<div class="grid cards rg-sections"[^>]*>(.*?)</div>', home, re.S)
    assert cards, "the section cards are missing"
    links = re.findall(r'href="([a-z-]+)/"', cards.group(1))
    assert links == [s.id for s in GUIDE.sections]
    assert GUIDE.site.in_short.split(";")[0] in page_text(site / "index.html")


def test_every_page_has_a_description(site: Path) -> None:
    for section in GUIDE.sections:
        text = (site / section.id / "index.html").read_text(encoding="utf-8")
        assert f'<meta name="description" content="{html.escape(section.description)}">' in text, section.id


def test_every_fact_of_the_article_is_on_the_site(site: Path) -> None:
    text = " ".join(page_text(p) for p in sorted(site.rglob("index.html"))).lower()
    checklist = yaml.safe_load((ROOT / "tests" / "facts.yml").read_text(encoding="utf-8"))
    missing = [
        f"{group}: {fact}" for group, facts in checklist.items() for fact in facts if str(fact).lower() not in text
    ]
    assert not missing, "facts missing from the built site:\n" + "\n".join(missing)


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    sites = []
    for name in ("one", "two"):
        project = copy_project(tmp_path / name)
        result = run_cli("build", cwd=project, env={"SOURCE_DATE_EPOCH": "1700000000"})
        assert result.returncode == 0, result.stderr
        sites.append(snapshot(project / "site"))
    assert sites[0].keys() == sites[1].keys()
    differ = [path for path in sites[0] if sites[0][path] != sites[1][path]]
    assert not differ, f"files differ between two builds: {differ}"


def test_text_from_content_shows_literally(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "fixture", content=FIXTURE_CONTENT)
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stderr
    first = page_text(project / "site" / "first" / "index.html")
    assert "Two * stars * here" in first
    assert "with ~tilde~ and ==mark== and ^^caret^^ and ++plus++." in first
    assert "Focus | Pipes Vision, Cells with | pipes Delivery" in first
    home = page_text(project / "site" / "index.html")
    assert "Alpha & Beta < compared >" in home
    assert 'Alpha picks *what*; Beta decides _when_ | and "how" it ships.' in home
    assert "- a leading dash, 1. a number, and a trailing C#" in home


@pytest.fixture(scope="module")
def good_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    project = copy_project(tmp_path_factory.mktemp("bad-input"))
    assert run_cli("build", cwd=project).returncode == 0
    yield project


BAD_INPUTS = {
    "broken YAML": (
        "sections/tools.yml",
        "nav_title: Tools and methods",
        "nav_title: [Tools",
        ":",
        "is not valid YAML",
    ),
    "empty file": ("comparison.yml", None, "", "comparison.yml:1: is empty", "is empty"),
    "not UTF-8": ("sections/career.yml", "id: career", "id: career\nnav_title: Caf\xe9", "career.yml:", "is not UTF-8"),
    "missing field": (
        "sections/skills.yml",
        "nav_title: Skills\n",
        "",
        "skills.yml:2: nav_title:",
        "required field 'nav_title' is missing",
    ),
    "wrong type": (
        "guide.yml",
        "updated: 2025-03-05",
        "updated: [2025]",
        "guide.yml:",
        "source.updated: expected a date",
    ),
    "markup in a value": (
        "sections/metrics.yml",
        "label: Product impact",
        "label: <script>alert(1)</script>",
        "metrics.yml:",
        "roles.product.label: contains markup ('<script>')",
    ),
    "duplicate id": (
        "comparison.yml",
        "  - id: goal",
        "  - id: skills",
        "comparison.yml:",
        "duplicate aspect id 'skills'",
    ),
    "unknown reference": (
        "comparison.yml",
        "section: tools",
        "section: toolz",
        "comparison.yml:",
        "aspects[12].section: no section has id 'toolz'",
    ),
}


@pytest.mark.parametrize("kind", BAD_INPUTS)
def test_bad_input_fails_clearly_and_keeps_site_and_pages(good_build: Path, kind: str) -> None:
    name, old, new, where, what = BAD_INPUTS[kind]
    path = good_build / "content" / name
    original = path.read_bytes()
    site_before, docs_before = snapshot(good_build / "site"), snapshot(good_build / "docs")
    if kind == "not UTF-8":
        path.write_bytes(original.replace(old.encode(), new.encode("latin-1")))
    else:
        path.write_text(new if old is None else original.decode().replace(old, new, 1), encoding="utf-8")
    try:
        result = run_cli("build", cwd=good_build)
    finally:
        path.write_bytes(original)
    assert result.returncode == 1
    assert result.stderr.startswith("content error:"), result.stderr
    assert where in result.stderr and what in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(good_build / "site") == site_before, "site/ changed after a failed build"
    assert snapshot(good_build / "docs") == docs_before, "generated pages changed after a failed build"


def test_failed_mkdocs_build_keeps_the_previous_site(good_build: Path) -> None:
    page = good_build / "docs" / "broken.md"
    site_before = snapshot(good_build / "site")
    page.write_text("# Broken\n\n[nowhere](missing.md)\n", encoding="utf-8")
    try:
        result = run_cli("build", cwd=good_build)
    finally:
        page.unlink()
    assert result.returncode != 0
    assert "site is unchanged" in result.stderr
    assert snapshot(good_build / "site") == site_before
    assert not list(good_build.glob(".site.*")), "the staging folder was left behind"


def _stamps(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under folder with its bytes and the time it was last written."""
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_serve_reloads_after_a_content_edit(tmp_path: Path) -> None:
    """`mkdocs serve` regenerates the pages when content/ changes, with no second command. It does not
    loop: serve rebuilds whenever a file of docs/ is written, so the generator writes only the files
    whose bytes changed, and the rebuild that its own writes cause writes nothing."""
    project = copy_project(tmp_path / "serve")
    heading = GUIDE.section("tools").roles["product"].heading  # one line of tools.yml, shown as typed
    edited = f"{heading}, edited while serving"
    with mkdocs_serve(project) as served:
        url = f"{served.url}/tools/"
        assert heading in fetch(url)
        before = _stamps(project / "docs")
        tools = project / "content" / "sections" / "tools.yml"
        tools.write_text(tools.read_text().replace(f"heading: {heading}\n", f"heading: {edited}\n"))
        assert served.wait_for("Reloading browsers", timeout=60), "no rebuild within 60 s of the content edit"
        # While it rebuilds, serve holds a request back until the build is done: longer than a moment.
        assert edited in fetch(url, timeout=60)
        after = _stamps(project / "docs")
    changed = sorted(name for name, (data, _) in after.items() if name not in before or before[name][0] != data)
    rewritten = sorted(
        n for n, (data, at) in after.items() if n in before and before[n][0] == data and before[n][1] != at
    )
    assert changed, "the edit changed no file of docs/: the comparison below proves nothing"
    assert not rewritten, f"files rewritten with the same bytes, each write another rebuild: {rewritten[:5]}"
    shutil.rmtree(project / "site", ignore_errors=True)
