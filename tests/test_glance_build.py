"""The comparison and infographic pages in the built site: links both ways, navigation, downloads,
and the preview metadata on every page."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

import searchindex
from conftest import ROOT, page_files
from roleguide.load import load_guide
from roleguide.render.infographic.page import CARD_FILE, PICTURES, PNG_FILE, POSTER_PNG, POSTER_SVG, SVG_FILE

pytestmark = pytest.mark.build
GUIDE = load_guide(ROOT / "content")
SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's default when SITE_URL is not set


def _html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def _pages(site: Path) -> list[Path]:
    return [*page_files(site), site / "404.html"]


def test_every_row_has_its_anchor_and_links_to_its_section(site: Path) -> None:
    page = _html(site, "comparison")
    for aspect in GUIDE.comparison.aspects:
        row = re.search(rf'<tr [^>]*id="{aspect.id}"[^>]*>(.*?)</tr>', page, re.S)
        assert row, f"/comparison/#{aspect.id} is missing"
        assert f'href="../{aspect.section}/"' in row.group(1), f"row {aspect.id} does not link to /{aspect.section}/"
        assert "data-copy-link=" in row.group(0)


def test_every_section_links_back_to_its_rows(site: Path) -> None:
    for section in GUIDE.sections:
        page = _html(site, section.id)
        for aspect in GUIDE.aspects_of(section.id):
            assert f'href="../comparison/#{aspect.id}"' in page, f"/{section.id}/ does not link to row {aspect.id}"


def test_both_pages_are_in_the_navigation_and_on_the_home_page(site: Path) -> None:
    for path in _pages(site):
        text = path.read_text(encoding="utf-8")
        nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>\s*</div>', text, re.S)
        labels = re.findall(r'<span class="rg-nav-label">\s*([^<]*?)\s*</span>', nav.group(0)) if nav else []
        assert {"Comparison", "Infographic"} <= set(labels), path
    home = re.search(r'<div class="grid cards rg-glance">(.*?)</div>', _html(site, "."), re.S)
    assert home and re.findall(r'href="([a-z]+)/"', home.group(1)) == ["comparison", "infographic"]


def test_downloads_are_built_and_the_page_shows_the_pictures_as_images(site: Path) -> None:
    for path in (*PICTURES.values(), PNG_FILE, POSTER_SVG, POSTER_PNG, CARD_FILE):
        assert (site / path).is_file(), path
    page = _html(site, "infographic")
    for path in (SVG_FILE, PNG_FILE, POSTER_SVG, POSTER_PNG):
        assert f'href="../{path}"' in page, f"no download link to {path}"
    images = re.findall(r"<img [^>]*>", re.search(r'<figure class="rg-infographic".*?</figure>', page, re.S).group(0))
    assert sorted(re.search(r'src="\.\./([^"]+)"', i).group(1) for i in images) == sorted(PICTURES.values())
    for image in images:
        assert 'loading="lazy"' in image and re.search(r'width="\d+"', image) and re.search(r'height="\d+"', image)
    assert not re.search(r"<svg[^>]*role=\"img\"", page), "the page inlines a picture again (it blocks the main thread)"
    assert "The comparison as a poster" in page


def test_the_search_index_holds_no_picture_internals(site: Path) -> None:
    text = searchindex.fragments(site)["/infographic/"]["content"]
    assert "base64" not in text and "font-face" not in text and "Infographic of the two roles" not in text
    assert "Infographic: the two roles at a glance" in text, "the page itself should be found by search"
    # The text version repeats the comparison rows: search sends readers to the sections instead.
    assert "The infographic as text" not in text


def test_every_page_has_preview_metadata_and_the_home_page_the_infographics_card(site: Path) -> None:
    """Each page's own card is checked in tests/test_previews_build.py; the home page keeps this one."""
    for path in _pages(site):
        text = path.read_text(encoding="utf-8")
        meta = {
            html.unescape(key): html.unescape(value)
            for key, value in re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)"', text)
        }
        assert (meta.get("og:image") == f"{SITE_URL}{CARD_FILE}") == (path == site / "index.html"), path
        assert meta.get("twitter:card") == "summary_large_image", path
        for key in ("og:title", "og:description", "og:image:alt", "twitter:title", "twitter:description"):
            assert meta.get(key), f"{path}: {key} is empty"
