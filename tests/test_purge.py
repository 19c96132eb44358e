"""The purge step (roleguide/postbuild/purge.py): the theme's stylesheets in the built site hold only
the rules that its pages and scripts can use, under names that carry their content hash, and every
page links to them; under both engines."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import material
import pytest
import zensical

from roleguide.postbuild import BuiltSite
from roleguide.postbuild.purge import purge, stylesheets

MATERIAL = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
# The variant that mkdocs.yml asks Zensical for (theme.variant: classic).
ZENSICAL = Path(zensical.__file__).parent / "templates" / "assets" / "stylesheets" / "classic"
LINK = re.compile(r'<link rel="stylesheet" href="([^"]+)"')


def _original(name: str) -> Path:
    stem = name.split(".", 1)[0]
    (found,) = MATERIAL.glob(f"{stem}.*.min.css")
    return found


def sheets_of(site: Path) -> list[Path]:
    return stylesheets(BuiltSite(site, "mkdocs"))


def purge_site(site: Path) -> list[str]:
    built = BuiltSite(site, "mkdocs")
    changed = purge(built)
    built.save()
    return changed


def test_material_stylesheets_are_cut_down_and_renamed_by_their_content(site: Path) -> None:
    sheets = sheets_of(site)
    assert [p.name.split(".")[0] for p in sheets] == ["main", "palette"]
    for sheet in sheets:
        css = sheet.read_bytes()
        original = _original(sheet.name)
        assert len(css) < 0.75 * original.stat().st_size, f"{sheet.name} is hardly smaller than Material's"
        assert sheet.name.split(".")[1] == hashlib.sha256(css).hexdigest()[:8]
        assert not sheet.with_name(sheet.name + ".map").exists()
        assert b"sourceMappingURL" not in css
        assert not (site / "assets" / "stylesheets" / original.name).exists()


def test_the_zensical_build_is_cut_down_alike(zensical_site: Path) -> None:
    sheets = stylesheets(BuiltSite(zensical_site, "zensical"))
    assert [p.name.split(".")[0] for p in sheets] == ["main", "palette"]
    for sheet in sheets:
        (original,) = ZENSICAL.glob(f"{sheet.name.split('.')[0]}.*.min.css")
        assert sheet.stat().st_size < 0.75 * original.stat().st_size, f"{sheet.name} is hardly smaller than Zensical's"
        assert sheet.name.split(".")[1] == hashlib.sha256(sheet.read_bytes()).hexdigest()[:8]


def test_every_page_links_to_stylesheets_that_exist(site: Path) -> None:
    names = {p.name for p in sheets_of(site)}
    pages = sorted(site.rglob("*.html"))
    linked = 0
    for page in pages:
        for href in LINK.findall(page.read_text(encoding="utf-8")):
            # The 404 page is served at any address, so its links start at the site's root.
            target = site / href.lstrip("/") if href.startswith("/") else page.parent / href
            assert target.resolve().is_file(), f"{page}: {href}"
            if Path(href).name in names:
                linked += 1
    assert linked >= len([p for p in pages if "md-header" in p.read_text(encoding="utf-8")])


@pytest.mark.parametrize(
    "kept",
    [
        ".md-search-result__more",  # written by Material's script only (search results)
        ".md-tooltip2--active",  # toggled by Material's script (tooltips)
        ".md-header--shadow",  # toggled by Material's script on scroll
        ".md-nav__link--passed",  # the table of contents' state, from Material's script
        ".md-typeset table:not([class])",  # the guide's tables
    ],
)
def test_rules_that_pages_or_scripts_use_stay(site: Path, kept: str) -> None:
    (main,) = [p for p in sheets_of(site) if p.name.startswith("main.")]
    assert kept in main.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "dropped",
    [".md-typeset .admonition", ".md-typeset .highlighttable", ".md-typeset .tabbed-set", "data-md-color-switching"],
)
def test_rules_that_nothing_uses_are_gone(site: Path, dropped: str) -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in sheets_of(site))
    assert dropped not in text
    assert dropped in "".join(_original(p.name).read_text(encoding="utf-8") for p in sheets_of(site))


def test_a_rule_stays_once_a_page_uses_it_and_a_second_run_changes_nothing(site: Path, tmp_path: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    assert purge_site(copy) == [], "purging a purged site changed it"
    # Put Material's stylesheet back whole and plant an admonition in one page: its rule stays.
    for sheet in sheets_of(copy):
        sheet.unlink()
        shutil.copy2(_original(sheet.name), sheet.with_name(_original(sheet.name).name))
        page = copy / "overview" / "index.html"
        page.write_text(
            page.read_text(encoding="utf-8").replace(sheet.name, _original(sheet.name).name), encoding="utf-8"
        )
    page = copy / "overview" / "index.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace("</article>", '<div class="admonition note"></div></article>', 1),
        encoding="utf-8",
    )
    done = purge_site(copy)
    assert {Path(name).name.split(".")[0] for name in done if name.endswith(".css")} == {"main", "palette"}
    (main,) = [p for p in sheets_of(copy) if p.name.startswith("main.")]
    assert ".md-typeset .admonition" in main.read_text(encoding="utf-8")
    assert f"assets/stylesheets/{main.name}" in page.read_text(encoding="utf-8")
