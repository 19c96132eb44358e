"""The infographic page in Chromium: one drawing fetched and shown (by width and colour scheme), the
picture following the palette toggle, the phone drawing at 375 px with no text under 14 CSS px, no
layout shift, paper gets the light drawing, and Chromium laying out each line of the SVG exactly as
wide as our font metrics say."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Request, Route, expect

from conftest import ROOT
from roleguide.browser import serving
from roleguide.load import load_guide
from roleguide.render.infographic import fonts
from roleguide.render.infographic.data import picture
from roleguide.render.infographic.page import PICTURES
from roleguide.render.infographic.picture import NARROW, WIDE, compose
from roleguide.render.infographic.scene import MIN_TEXT

from . import waits

GUIDE = load_guide(ROOT / "content")
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
TOGGLE = "[data-rg-palette] label:not([hidden])"
SHOWN = ".rg-infographic img:visible"


def _drawings(requests: list[Request]) -> list[str]:
    return [r.url.split("/assets/", 1)[1] for r in requests if re.search(r"/assets/infographic/[^/]+\.svg$", r.url)]


def _open(browser: Browser, site_url: str, viewport: dict[str, int], scheme: str) -> tuple[Page, list[Request]]:
    context = browser.new_context(viewport=viewport, color_scheme=scheme, is_mobile=viewport == PHONE)
    page = context.new_page()
    requests: list[Request] = []
    page.on("request", lambda request: requests.append(request))
    page.goto(f"{site_url}/infographic/", wait_until="networkidle")
    return page, requests


def _shown_problems(page: Page, requests: list[Request], expected: tuple[str, str]) -> list[str]:
    """Exactly the expected drawing is shown and fetched; it uses the column's width; on a phone its
    smallest text is at least 14 CSS px; the page does not scroll sideways."""
    path, found = PICTURES[expected], []
    shown = page.locator(SHOWN)
    if shown.count() != 1:
        return [f"{shown.count()} drawings are shown"]
    if not shown.get_attribute("src").endswith(path.split("/")[-1]):
        found.append(f"shows {shown.get_attribute('src')}, not {path}")
    if not shown.evaluate("img => img.complete && img.naturalWidth > 0"):
        found.append("the drawing did not load")
    if _drawings(requests) != [path.removeprefix("assets/")]:
        found.append(f"fetched {_drawings(requests)}")
    width = shown.bounding_box()["width"]
    spec = WIDE if expected[0] == "wide" else NARROW
    if spec is NARROW and MIN_TEXT * width / spec.width < 14:
        found.append(f"the phone drawing's smallest text renders at {MIN_TEXT * width / spec.width:.1f} CSS px")
    if width < min(page.locator(".md-content__inner").bounding_box()["width"], 600) - 1:
        found.append("the picture does not use the column's width")
    scroll = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    if scroll[0] > scroll[1]:
        found.append(f"the page scrolls sideways: {scroll}")
    return found


@pytest.mark.parametrize(
    ("viewport", "scheme", "expected"),
    [
        (DESKTOP, "light", ("wide", "light")),
        (DESKTOP, "dark", ("wide", "dark")),
        (PHONE, "light", ("narrow", "light")),
        (PHONE, "dark", ("narrow", "dark")),
    ],
    ids=["desktop-light", "desktop-dark", "phone-light", "phone-dark"],
)
def test_one_drawing_is_fetched_and_shown(
    browser: Browser, site_url: str, viewport: dict[str, int], scheme: str, expected: tuple[str, str]
) -> None:
    """On a first visit the system's scheme decides, as it does for Material; the three hidden drawings
    are never requested. On a phone, the text of the shown drawing is at least 14 CSS px."""
    page, requests = _open(browser, site_url, viewport, scheme)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == (
        "slate" if scheme == "dark" else "default"
    )
    assert _shown_problems(page, requests, expected) == []
    page.context.close()


def test_the_picture_follows_the_palette_toggle(browser: Browser, site_url: str) -> None:
    """The toggle switches the drawing; the dark one is fetched only once it is needed, and the choice
    survives a reload, which then fetches only the dark one (with an empty cache: Chromium takes a
    lazy image it has in its cache at once, at no cost)."""
    page, requests = _open(browser, site_url, DESKTOP, "light")
    light, dark = PICTURES[("wide", "light")], PICTURES[("wide", "dark")]
    assert _drawings(requests) == [light.removeprefix("assets/")]
    page.locator(TOGGLE).click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    shown = page.locator(SHOWN)
    expect(shown).to_have_attribute("src", re.compile(re.escape(dark.split("/")[-1]) + "$"))
    page.wait_for_function("document.querySelector('.rg-infographic img.rg-infographic__dark').complete")
    assert _drawings(requests) == [light.removeprefix("assets/"), dark.removeprefix("assets/")]
    page.context.new_cdp_session(page).send("Network.clearBrowserCache")  # else the light one comes from cache
    requests.clear()
    page.reload(wait_until="networkidle")
    expect(page.locator(SHOWN)).to_have_attribute("src", re.compile(re.escape(dark.split("/")[-1]) + "$"))
    assert _drawings(requests) == [dark.removeprefix("assets/")]
    page.locator(TOGGLE).click()
    expect(page.locator(SHOWN)).to_have_attribute("src", re.compile(re.escape(light.split("/")[-1]) + "$"))
    page.context.close()


def _layout_shift(browser: Browser, url: str, viewport: dict[str, int]) -> float:
    """The page's cumulative layout shift when the drawing arrives late, as on a slow network: its
    request is held until the reader has scrolled to where it goes, then let through. (Without the hold,
    a drawing that arrives before the first layout, or while out of view, shifts nothing measurable.)"""
    context = browser.new_context(viewport=viewport, is_mobile=viewport == PHONE)
    page = context.new_page()
    page.add_init_script(
        """window.rgShift = 0;
        const add = (entries) => { for (const e of entries) window.rgShift += e.value; };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({type: 'layout-shift', buffered: true});
        window.rgShiftSoFar = () => { add(observer.takeRecords()); return window.rgShift; };"""
    )
    held: list[Route] = []
    drawing = re.compile(r"/assets/infographic/[^/]+\.svg$")
    page.route(drawing, lambda route: held.append(route))
    with page.expect_request(drawing):  # asked for as it nears the viewport
        page.goto(f"{url}/infographic/", wait_until="domcontentloaded")
        page.locator(".rg-infographic").scroll_into_view_if_needed()
    waits.frames(page)  # laid out and painted without the drawing
    assert held, "the drawing was not held back"
    for route in held:
        route.continue_()
    expect(page.locator(SHOWN)).to_have_js_property("complete", True)
    assert page.locator(SHOWN).evaluate("img => img.naturalWidth") > 0, "the drawing did not load"
    waits.frames(page)  # laid out and painted with it, and any shift that caused reported
    shift = page.evaluate("window.rgShiftSoFar()")
    context.close()
    return shift


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_picture_causes_no_layout_shift(browser: Browser, site_url: str, viewport: dict[str, int]) -> None:
    assert _layout_shift(browser, site_url, viewport) == 0


def _planted(site: Path, target: Path, name: str, old: str, new: str) -> Path:
    """A copy of the built site with one file changed."""
    shutil.copytree(site, target)
    path = target / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return target


def test_the_page_checks_fail_on_planted_defects(browser: Browser, site: Path, tmp_path: Path) -> None:
    """Both schemes' drawings displayed; the phone drawing squeezed to 15rem; images without their
    size: each check above reports its defect."""
    # the bundle, minified: infographic.css is in it
    (css,) = (p.relative_to(site).as_posix() for p in (site / "assets" / "stylesheets").glob("roleguide.*.css"))
    both = _planted(site, tmp_path / "both", css, "display:var(--rg-infographic-dark);", "display:block;")
    narrow = _planted(site, tmp_path / "narrow", css, "max-width:30rem;", "max-width:15rem;")
    sizeless = _planted(site, tmp_path / "sizeless", "infographic/index.html", 'height="1350"', "")
    with serving(both) as url:
        page, requests = _open(browser, url, DESKTOP, "light")
        assert _shown_problems(page, requests, ("wide", "light")) == ["2 drawings are shown"]
        page.context.close()
    with serving(narrow) as url:
        page, requests = _open(browser, url, PHONE, "light")
        assert _shown_problems(page, requests, ("narrow", "light")) == [
            "the phone drawing's smallest text renders at 13.3 CSS px",
            "the picture does not use the column's width",
        ]
        page.context.close()
    with serving(sizeless) as url:
        assert _layout_shift(browser, url, DESKTOP) > 0


def test_paper_gets_the_light_wide_drawing(browser: Browser, site_url: str) -> None:
    page, _ = _open(browser, site_url, PHONE, "dark")
    page.emulate_media(media="print")
    shown = page.locator(SHOWN)
    expect(shown).to_have_count(1)
    assert shown.get_attribute("src").endswith(PICTURES[("wide", "light")].split("/")[-1])
    page.context.close()


@pytest.mark.parametrize("width", ["wide", "narrow"])
def test_chromium_draws_each_line_as_wide_as_our_metrics(page: Page, site_url: str, width: str) -> None:
    """Opened on its own, the SVG uses its embedded font subset (no glyph falls back to another font),
    and each line is as long as layout measured it: the fit tests hold in the browser too."""
    spec = WIDE if width == "wide" else NARROW
    expected = [t for t in compose(picture(GUIDE), spec).texts()]
    page.goto(f"{site_url}/{PICTURES[(width, 'light')]}")
    page.evaluate("document.fonts.ready.then(() => true)")
    assert page.evaluate("document.fonts.check('16px \"Atkinson Hyperlegible\"')")
    lengths = page.eval_on_selector_all("text", "ts => ts.map(t => [t.textContent, t.getComputedTextLength()])")
    assert [text for text, _ in lengths] == [t.text for t in expected]
    wrong = [
        (text, round(length, 2), round(t.width, 2))
        for (text, length), t in zip(lengths, expected, strict=True)
        if abs(length - fonts.text_width(t.text, t.size, t.weight)) > 0.5
    ]
    assert wrong == [], wrong
