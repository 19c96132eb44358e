"""The whole guide on one page (/print/) on screen and on paper, search that skips it, and `make pdf`."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pypdf import PageObject, PdfReader
from pypdf.generic import Destination

from conftest import ENV, ROOT
from roleguide.load import load_guide
from test_publish import printed_pages

from .searchbox import search

GUIDE = load_guide(ROOT / "content")

SEARCH_TERM = "Smartsheet"
# The printed guide on A4 (issue 27: it had 51 sheets, 18 of them less than a third full).
MAX_SHEETS = 40
MIN_FULLNESS = 1 / 3


def squeeze(text: str) -> str:
    """Text without spaces and case: PDF text extraction and outlines lose spaces at line breaks."""
    return re.sub(r"\s+", "", html.unescape(text)).lower()


def sections_mentioning(term: str) -> list[str]:
    return [path.stem for path in sorted((ROOT / "content" / "sections").glob("*.yml")) if term in path.read_text()]


def test_search_lands_on_the_section_page_not_on_the_print_page(page: Page, site_url: str) -> None:
    expected = sections_mentioning(SEARCH_TERM)
    assert expected, f"no section mentions {SEARCH_TERM}; pick another search term"
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + "/", wait_until="networkidle")
    links = search(page, SEARCH_TERM)
    assert not [link for link in links if "print" in link], links
    assert links[0].split("/")[0] in expected, links


def test_on_paper_the_print_page_drops_the_chrome_and_runs_the_pages_on_after_the_contents(
    page: Page, site_url: str
) -> None:
    page.goto(site_url + "/print/")
    page.emulate_media(media="print")
    for chrome in [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".rg-print-banner"]:
        expect(page.locator(chrome).first).to_be_hidden()
    toc = page.locator("#print-page-toc")
    expect(toc).to_be_visible()
    # The contents and the home page each start a sheet; every other page starts where the one before ends.
    style = "s => getComputedStyle(s).breakBefore"
    assert page.locator("section.print-page:has(#print-page-toc)").evaluate(style) == "page"
    assert page.locator("section#index").evaluate(style) == "page"
    for section in GUIDE.sections:
        expect(toc.locator(f'a[href$="#{section.id}"]')).to_have_count(1)
        assert page.locator(f"section#{section.id}").evaluate(style) == "auto", section.id
    # Links within the document get no address on paper, though instant loading made them absolute.
    contents_link = toc.locator(f'a[href$="#{GUIDE.sections[0].id}"]')
    assert contents_link.get_attribute("href").startswith("http")
    assert contents_link.evaluate("a => getComputedStyle(a, '::after').content") == "none"
    # A link that leaves the document shows its address.
    after = page.evaluate(
        """() => {
            const a = document.createElement('a');
            a.href = 'https://example.org/somewhere';
            a.textContent = 'a source';
            document.querySelector('#print-site-page p').append(a);
            dispatchEvent(new Event('beforeprint'));
            return getComputedStyle(a, '::after').content;
        }"""
    )
    assert after == '" <https://example.org/somewhere>"'


def test_a_single_page_on_paper_writes_out_where_its_links_lead(page: Page, site_url: str) -> None:
    page.goto(site_url + "/")
    page.emulate_media(media="print")
    card = page.locator(f'.rg-sections a[href$="{GUIDE.sections[0].id}/"]')
    after = card.evaluate("a => getComputedStyle(a, '::after').content")
    assert after == f'" <{site_url}/{GUIDE.sections[0].id}/>"'


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_paper_is_white_in_either_colour_scheme(page: Page, site_url: str, scheme: str) -> None:
    page.emulate_media(media="print", color_scheme=scheme)
    page.goto(site_url + "/tools/")
    colours = page.evaluate(
        """() => [getComputedStyle(document.body).backgroundColor,
                  getComputedStyle(document.querySelector('.md-typeset p')).color]"""
    )
    assert colours[0] == "rgb(255, 255, 255)"
    assert colours[1].startswith("rgba(0, 0, 0") or colours[1].startswith("rgb(0, 0, 0"), colours


@pytest.fixture(scope="module")
def pdf(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PdfReader]:
    """`make pdf` on the real build: python -m roleguide.publish pdf."""
    target = tmp_path_factory.mktemp("pdf") / "role-guide.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "roleguide.publish", "pdf", "--site", str(site), "--out", str(target)],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    yield PdfReader(target)


def outline_titles(entries: list[Destination | list], depth: int = 0) -> list[tuple[int, str]]:
    titles: list[tuple[int, str]] = []
    for entry in entries:
        if isinstance(entry, list):
            titles += outline_titles(entry, depth + 1)
        else:
            titles.append((depth, entry.title))
    return titles


def test_pdf_has_one_bookmark_per_section(pdf: PdfReader) -> None:
    top = [squeeze(title) for depth, title in outline_titles(pdf.outline) if depth == 0]
    for section in GUIDE.sections:
        assert top.count(squeeze(section.title)) == 1, f"{section.title!r} in {top}"


def test_pdf_has_a_bookmark_for_every_page_of_the_build(pdf: PdfReader, built_project: Path, site: Path) -> None:
    titles = {squeeze(title) for _, title in outline_titles(pdf.outline)}
    for path in printed_pages(built_project):
        heading = re.search(r"<h1[^>]*>(.*?)<", (site / path / "index.html").read_text(encoding="utf-8"), re.S)
        assert heading and squeeze(heading.group(1)) in titles, f"/{path} has no bookmark"


def test_pdf_holds_the_facts_of_every_section(pdf: PdfReader) -> None:
    text = squeeze(" ".join(p.extract_text() for p in pdf.pages))
    for section in GUIDE.sections:
        facts = [*section.roles["product"].facts, *section.roles["project"].facts, *(section.shared.facts or [])]
        missing = [fact for fact in facts if squeeze(fact) not in text]
        assert not missing, f"{section.id}: {missing}"


def test_pdf_pages_are_a4_and_numbered(pdf: PdfReader) -> None:
    count = len(pdf.pages)
    assert count > len(GUIDE.sections)
    width, height = float(pdf.pages[1].mediabox.width), float(pdf.pages[1].mediabox.height)
    assert (round(width), round(height)) == (596, 843)
    assert f"2/{count}" in squeeze(pdf.pages[1].extract_text())
    assert f"{count}/{count}" in squeeze(pdf.pages[-1].extract_text())


def fullness(page: PageObject) -> float:
    """How far down the sheet its text reaches, from the top edge to the baseline of the lowest line, as
    a fraction of the sheet's height; the page number in the footer ("7 / 37") does not count."""
    lines: dict[float, str] = {}

    def collect(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            y = round(cm[2] * tm[4] + cm[3] * tm[5] + cm[5], 0)  # the baseline, in the page's space
            lines[y] = lines.get(y, "") + text

    page.extract_text(visitor_text=collect)
    body = [y for y, text in lines.items() if not re.fullmatch(r"\d+/\d+", re.sub(r"\s+", "", text))]
    height = float(page.mediabox.height)
    return (height - min(body)) / height if body else 0.0


def exempt_sheets(pdf: PdfReader) -> set[int]:
    """The sheets that may be nearly empty (numbered from 1): the cover, the contents (up to the
    sheet of the next bookmark) and the last one."""
    bookmarks = [entry for entry in pdf.outline if isinstance(entry, Destination)]
    starts = [(pdf.get_destination_page_number(entry) + 1, squeeze(entry.title)) for entry in bookmarks]
    contents = next(i for i, (_, title) in enumerate(starts) if title == "contents")
    first, after = starts[contents][0], starts[contents + 1][0]
    return {1, *range(first, max(after, first + 1)), len(pdf.pages)}


def thin_sheets(pdf: PdfReader) -> list[tuple[int, float]]:
    exempt = exempt_sheets(pdf)
    measured = [(number, fullness(page)) for number, page in enumerate(pdf.pages, 1) if number not in exempt]
    return [(number, round(full, 2)) for number, full in measured if full < MIN_FULLNESS]


def test_pdf_saves_paper_and_leaves_no_sheet_nearly_empty(pdf: PdfReader) -> None:
    """At most 40 A4 sheets, and none but the cover, the contents and the last less than a third full:
    a section's "facts side by side" stays under it and each page of the guide starts where the one
    before ends (print.css), instead of a fresh sheet for every page with a few lines on it."""
    assert len(pdf.pages) <= MAX_SHEETS, f"{len(pdf.pages)} sheets"
    assert not thin_sheets(pdf), f"sheets less than a third full (sheet, fraction): {thin_sheets(pdf)}"
