"""Two engines, one site: MkDocs with Material (primary) and Zensical build the same pages from the same
content/ and templates. The comparison and the short list of what Zensical 0.0.73 cannot do alike are
in parity.py; the browser gates on the Zensical build are in browser/test_gates_zensical.py.
"""

from __future__ import annotations

import re
import shutil
import urllib.parse
from pathlib import Path

import pytest

import parity
from conftest import ROOT, copy_project, run_cli, snapshot
from roleguide.engines import FAVICON_FILE, ZENSICAL_CONFIG, Tagged, flat_config, merge, zensical_config
from roleguide.load import load_guide

pytestmark = pytest.mark.build
REDIRECTS = load_guide(ROOT / "content").redirects.pages


def test_both_engines_build_the_same_site(site: Path, zensical_site: Path, built_project: Path) -> None:
    problems = parity.compare(site, zensical_site, built_project / "docs")
    assert not problems, f"{len(problems)} difference(s) not on parity.DIFFERENCES:\n" + "\n".join(problems)


def test_every_listed_difference_still_holds_and_says_why(site: Path, zensical_site: Path) -> None:
    assert not parity.stale(site, zensical_site)
    assert len(parity.DIFFERENCES) <= 5, "the list of differences must stay short"
    for difference in parity.DIFFERENCES:
        assert len(difference.reason) > 40, f"{difference.name}: say why Zensical cannot do it alike"


def _plant(page: Path, old: str, new: str) -> None:
    text = page.read_text(encoding="utf-8")
    assert old in text, f"{page}: nothing to plant on ({old!r})"
    page.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_comparison_reports_each_planted_difference(
    site: Path, zensical_site: Path, built_project: Path, tmp_path: Path
) -> None:
    mk, zs = shutil.copytree(site, tmp_path / "mk"), shutil.copytree(zensical_site, tmp_path / "zs")
    assert not parity.compare(mk, zs, built_project / "docs")
    _plant(zs / "career" / "index.html", 'id="product"', 'id="product-role"')
    _plant(zs / "skills" / "index.html", "<h1", "<p>One more sentence.</p><h1")
    abbr = re.search(r"<abbr\b[^>]*>", (zs / "metrics" / "index.html").read_text(encoding="utf-8"))
    assert abbr
    _plant(zs / "metrics" / "index.html", abbr.group(0), '<abbr title="something else">')
    _plant(zs / "tools" / "index.html", 'href="../topics/#', 'href="../glossary/#')
    _plant(
        zs / "glossary" / "index.html", '<meta property="og:title" content="', '<meta property="og:title" content="X'
    )
    _plant(zs / "sitemap.xml", "/career/</loc>", "/careers/</loc>")
    (mk / "sitemap.xml.gz").unlink()
    assert REDIRECTS, "content/redirects.yml has no page redirect to compare"
    old = REDIRECTS[0].old
    _plant(zs / old / "index.html", "url=", "url=../")
    (zs / "extra").mkdir()
    (zs / "extra" / "index.html").write_text("<html></html>", encoding="utf-8")
    found = "\n".join(parity.compare(mk, zs, built_project / "docs"))
    for expected in [
        "career/index.html: element ids only MkDocs gives: ['product']",
        "career/index.html: element ids only Zensical gives: ['product-role']",
        "skills/index.html: the article text differs",
        "metrics/index.html: the <abbr> explanations differ",
        "tools/index.html: the topic tags differ",
        "glossary/index.html: the link-preview tags differ",
        "the sitemaps list different dated addresses",
        "sitemap.xml.gz is missing from a build",
        f"{old}/index.html: not published as the same bytes by both engines",
        "pages only Zensical builds: ['extra/index.html']",
    ]:
        assert expected in found, f"not reported: {expected}\n{found}"


def test_a_difference_that_went_away_must_leave_the_list(site: Path, zensical_site: Path, tmp_path: Path) -> None:
    zs = shutil.copytree(zensical_site, tmp_path / "zs")
    for page in zs.rglob("*.html"):
        page.write_text(page.read_text(encoding="utf-8").replace('<a id="__skip" tabindex="-1"></a>', ""), "utf-8")
    assert parity.stale(site, zs) == ["the skip link's target: no longer differs; remove it from DIFFERENCES"]


def test_the_zensical_build_is_reproducible(built_project: Path, zensical_site: Path) -> None:
    first = snapshot(zensical_site)
    result = run_cli("build", "--engine", "zensical", "--site", "site-zensical-again", cwd=built_project)
    assert result.returncode == 0, result.stderr
    assert snapshot(built_project / "site-zensical-again") == first


def test_a_failed_zensical_build_keeps_the_previous_site(tmp_path: Path) -> None:
    """Zensical's template engine has no Python string methods: a template that calls one fails the
    build, which must leave site-zensical/ as it was and nothing behind."""
    project = copy_project(tmp_path / "project")
    assert run_cli("build", "--engine", "zensical", cwd=project).returncode == 0
    before = snapshot(project / "site-zensical")
    _plant(project / "overrides" / "404.html", "{%- set home = (base_url", "{%- set home = (base_url.rstrip('/')")
    result = run_cli("build", "--engine", "zensical", cwd=project)
    assert result.returncode != 0
    assert "zensical build failed" in result.stderr and "site-zensical is unchanged" in result.stderr, result.stderr
    assert snapshot(project / "site-zensical") == before
    assert not list(project.glob(".site-zensical.*")), "the staging folder was left behind"
    assert not list(project.glob(".zensical.*.yml")), "the config written for Zensical was left behind"


def test_zensical_builds_only_inside_the_project(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    result = run_cli("build", "--engine", "zensical", "--site", str(tmp_path / "elsewhere"), cwd=project)
    assert result.returncode != 0 and "zensical builds only inside the project folder" in result.stderr
    assert not (tmp_path / "elsewhere").exists()


def test_the_config_for_zensical_merges_inherit_as_mkdocs_does(tmp_path: Path) -> None:
    """Zensical's INHERIT appends lists; the flat config replaces them, so mkdocs.offline.yml can drop
    instant loading for both engines. Tags such as !ENV reach the engine as they were written."""
    hosted, offline = flat_config(ROOT / "mkdocs.yml"), flat_config(ROOT / "mkdocs.offline.yml")
    instant = [f for f in hosted["theme"]["features"] if f.startswith("navigation.instant")]
    kept = [f for f in offline["theme"]["features"] if not f.startswith("search.")]  # the theme's search: offline only
    assert instant and kept == [f for f in hosted["theme"]["features"] if f not in instant]
    assert offline["plugins"]["offline"] == {"enabled": True} and "print-site" in offline["plugins"]
    assert offline["extra"]["downloads"] == [] and offline["extra"]["generator"] is False
    assert isinstance(hosted["site_url"], Tagged) and hosted["site_url"].tag == "!ENV"
    assert merge({"a": {"b": [1], "c": 1}}, {"a": {"b": [2]}}) == {"a": {"b": [2], "c": 1}}
    shutil.copy2(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copy2(ROOT / "mkdocs.offline.yml", tmp_path / "mkdocs.offline.yml")
    written, text = zensical_config(tmp_path / "mkdocs.offline.yml", tmp_path / ".staging")
    assert written == tmp_path / ZENSICAL_CONFIG.format(stem="mkdocs.offline")
    written.write_text(text, encoding="utf-8")
    assert "site_url: !ENV [SITE_URL, 'http://127.0.0.1:8000/']" in text and "INHERIT" not in text
    assert flat_config(written)["site_dir"] == ".staging"


def test_make_build_zensical_leaves_site_alone() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^build-zensical:.*\n((?:\t.*\n)+)", makefile, re.M)
    assert recipe and "roleguide build --engine zensical" in recipe.group(1)
    ignored = set((ROOT / ".gitignore").read_text(encoding="utf-8").split())
    assert {"/site-zensical*/", "/.cache/", "/.zensical.*.yml"} <= ignored


def test_both_engines_show_the_same_icon(site: Path, zensical_site: Path) -> None:
    """MkDocs carries the icon in each page as a data: address; Zensical, which cannot, loads the same
    icon from docs/ (engines.FAVICON_FILE)."""
    favicon = flat_config(ROOT / "mkdocs.yml")["theme"]["favicon"]
    inline = urllib.parse.unquote(favicon.split(",", 1)[1])
    assert (ROOT / "docs" / FAVICON_FILE).read_text(encoding="utf-8").strip() == inline
    assert f'<link rel="icon" href="{favicon}">' in (site / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="icon" href="./{FAVICON_FILE}">' in (zensical_site / "index.html").read_text(encoding="utf-8")
