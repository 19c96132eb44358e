"""Link previews in the built site: every page has its own card, and the check fails on planted defects."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

import previewcheck
from conftest import ROOT
from roleguide.load import load_guide
from roleguide.render.previews import previews

pytestmark = pytest.mark.build
GUIDE = load_guide(ROOT / "content")
SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's default when SITE_URL is not set


def test_every_page_has_its_own_1200_by_630_card(site: Path) -> None:
    assert previewcheck.problems(site, SITE_URL) == []
    assert len(previewcheck.html_pages(site)) == len(previews(GUIDE)), "a page without a card, or a card too many"


def test_a_pasted_link_shows_the_pages_own_title(site: Path) -> None:
    decisions = previewcheck.meta_tags(site / "decisions" / "index.html")
    assert decisions["og:image"] == f"{SITE_URL}assets/cards/decisions.png"
    assert "Decision-Making Authority and Ownership" in decisions["og:image:alt"]
    home = previewcheck.meta_tags(site / "index.html")
    assert home["og:image"] == f"{SITE_URL}assets/social-card.png", "the home page keeps its card"
    for page in previewcheck.html_pages(site):
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page.read_text(encoding="utf-8"), re.S)
        if h1 and page.parent.name != "print":  # /print/ starts with its cover's heading: the site's name
            heading = html.unescape(re.sub(r'<a [^>]*class="headerlink".*?</a>|<[^>]+>', "", h1.group(1))).strip()
            assert heading in previewcheck.meta_tags(page)["og:image:alt"], f"{page}: the card is not about {heading!r}"


def test_the_check_fails_on_planted_defects(site: Path, tmp_path: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    cards = copy / "assets" / "cards"
    (cards / "skills.png").unlink()
    shutil.copy(cards / "tools.png", cards / "career.png")
    (cards / "glossary.png").write_bytes((ROOT / "tests" / "fixtures" / "defects" / "dot.svg").read_bytes())
    page = copy / "topics" / "index.html"
    page.write_text(re.sub(r'<meta name="twitter:image" [^>]*>', "", page.read_text(encoding="utf-8")), "utf-8")
    page = copy / "metrics" / "index.html"
    page.write_text(re.sub(r'<meta property="og:image" [^>]*>', "", page.read_text(encoding="utf-8")), "utf-8")
    found = "\n".join(previewcheck.problems(copy, SITE_URL))
    assert f"skills/index.html: its preview {SITE_URL}assets/cards/skills.png is not in the built site" in found
    assert re.search(r"(career|tools)/index.html: its preview shows the same picture as (tools|career)/", found)
    assert f"glossary/index.html: {SITE_URL}assets/cards/glossary.png is not an image" in found
    assert "topics/index.html: twitter:image None is not og:image" in found
    assert "metrics/index.html: no og:image" in found
    assert "assets/cards/metrics.png: no page uses this card" in found
