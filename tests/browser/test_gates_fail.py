"""Each gate fails on a page with a planted defect (tests/fixtures/defects/) and passes on the same
page without it, so a gate that passes on the real site has really looked."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from conftest import ROOT
from linkcheck import broken_links

from . import gates


def test_clean_page_passes_every_gate(page: Page, defects_url: str) -> None:
    traffic = gates.watch(page, defects_url)
    page.set_viewport_size(gates.PHONE)
    page.goto(f"{defects_url}/clean.html", wait_until="networkidle")
    assert gates.layout_shifts(page) == []
    assert gates.axe_violations(page) == []
    assert gates.third_party_requests(traffic) == []
    assert gates.errors_and_failed_requests(traffic) == []
    assert gates.sideways_scroll(page) == []  # its wide table scrolls inside its own box
    assert gates.keyboard_links(page) == []


def test_axe_fails_on_an_unlabelled_button(page: Page, defects_url: str) -> None:
    page.goto(f"{defects_url}/unlabelled-button.html")
    problems = gates.axe_violations(page)
    assert len(problems) == 1 and problems[0].startswith("button-name (critical)"), problems


def test_requests_gate_fails_on_an_external_image(page: Page, defects_url: str) -> None:
    traffic = gates.watch(page, defects_url)
    page.goto(f"{defects_url}/external-image.html", wait_until="networkidle")
    assert gates.third_party_requests(traffic) == ["request to another host: https://images.example.com/logo.png"]


def test_errors_gate_fails_on_a_script_error_and_a_missing_image(page: Page, defects_url: str) -> None:
    traffic = gates.watch(page, defects_url)
    page.goto(f"{defects_url}/errors.html", wait_until="networkidle")
    problems = "\n".join(gates.errors_and_failed_requests(traffic))
    assert "console error: planted console error" in problems
    assert "uncaught exception: planted exception" in problems
    assert f"{defects_url}/missing.png answered HTTP 404" in problems


def test_phone_gate_fails_on_an_element_2000_px_wide(page: Page, defects_url: str) -> None:
    page.set_viewport_size(gates.PHONE)
    page.goto(f"{defects_url}/wide.html")
    problems = gates.sideways_scroll(page)
    assert problems[0].startswith("the page scrolls sideways:"), problems
    assert any("div reaches" in p for p in problems), problems


def test_keyboard_gate_fails_on_a_skipped_link_and_a_hidden_focus_ring(page: Page, defects_url: str) -> None:
    page.goto(f"{defects_url}/keyboard.html")
    assert sorted(gates.keyboard_links(page, extra_tabs=5)) == [
        "Tab never reaches the link to #two",
        "no visible focus ring on the link to #three",
    ]


def test_search_gate_fails_where_the_shortcut_opens_nothing(page: Page, defects_url: str) -> None:
    page.goto(f"{defects_url}/clean.html")
    assert gates.search_shortcut(page) == ["pressing / does not open the search with the focus in the search box"]


def test_scheme_gate_fails_when_the_choice_is_forgotten(page: Page, defects_url: str) -> None:
    page.goto(f"{defects_url}/scheme.html")
    assert gates.scheme_survives_reload(page) == ["chose slate, but after a reload the page shows default"]


def test_layout_shift_gate_fails_when_a_script_pushes_the_text_down(page: Page, defects_url: str) -> None:
    page.set_viewport_size(gates.PHONE)
    page.goto(f"{defects_url}/shift.html", wait_until="networkidle")
    problems = gates.layout_shifts(page)
    assert len(problems) == 1 and problems[0].startswith("layout shift of 0."), problems
    assert "p#text (0,1" in problems[0] and problems[0].endswith(" moved"), problems


def test_link_checker_finds_every_planted_broken_link() -> None:
    problems = broken_links(ROOT / "tests" / "fixtures" / "links", "http://127.0.0.1:8000/")
    assert problems == [
        "guide/index.html:9: ../index.html#nowhere: index.html has no element with id 'nowhere'",
        "index.html:8: assets/gone.js: no such page or file",
        "index.html:14: guide/#missing: guide/index.html has no element with id 'missing'",
        "index.html:16: #nowhere: index.html has no element with id 'nowhere'",
        "index.html:17: missing/: no such page or file",
        "index.html:19: http://127.0.0.1:8000/gone/: no such page or file",
        "index.html:24: guide/#no-figure: guide/index.html has no element with id 'no-figure'",
    ]


def test_link_checker_passes_the_real_site(site: Path) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    canonical = home.split('<link rel="canonical" href="', 1)[1].split('"', 1)[0]
    assert broken_links(site, canonical) == []
