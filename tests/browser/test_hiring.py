"""The job-description starters in Chromium: each copy button puts exactly the golden text on the
clipboard (tests/golden/ads/), by mouse and by keyboard, after an instant page change too; where the
clipboard is refused the text is shown selected; each line of the ad links to a spot that exists;
without JavaScript, and on the one-page guide, the ad shows and the buttons do not."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from conftest import ROOT
from roleguide.load import load_guide
from roleguide.render.hiring import ad_parts

GUIDE = load_guide(ROOT / "content")
ADS = ROOT / "tests" / "golden" / "ads"
ROLES = [role.id for role in GUIDE.roles]
FORMATS = {"markdown": ("Copy as Markdown", "md", "Markdown"), "text": ("Copy as plain text", "txt", "plain text")}


def golden(role_id: str, format_id: str) -> str:
    return (ADS / f"{role_id}.{FORMATS[format_id][1]}").read_text(encoding="utf-8")


@pytest.fixture
def clipboard_page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(
        permissions=["clipboard-read", "clipboard-write"], viewport={"width": 1280, "height": 800}
    )
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("format_id", list(FORMATS))
@pytest.mark.parametrize("role_id", ROLES)
def test_each_copy_button_copies_the_golden_text(
    clipboard_page: Page, site_url: str, role_id: str, format_id: str
) -> None:
    page = clipboard_page
    page.goto(f"{site_url}/hiring/{role_id}/")
    page.evaluate("navigator.clipboard.writeText('')")
    label, _, name = FORMATS[format_id]
    button = page.get_by_role("button", name=label)
    expect(button).to_be_visible()
    button.click()
    expect(page.locator("[data-rg-ad-status]")).to_have_text(f"Copied the job description as {name}.")
    assert page.evaluate("navigator.clipboard.readText()") == golden(role_id, format_id)


def test_the_buttons_work_by_keyboard_after_an_instant_page_change(clipboard_page: Page, instant_site_url: str) -> None:
    """Reached from the index by a click (Material's instant navigation, no page load), a button
    pressed with Enter copies its text."""
    page = clipboard_page
    page.goto(f"{instant_site_url}/hiring/", wait_until="networkidle")  # instant navigation waits for sitemap.xml
    page.evaluate("window.rgSamePage = true")  # gone if the browser loads a new page instead
    role = GUIDE.roles[-1]
    page.locator(".rg-hiring a", has_text=role.name).click()
    page.wait_for_url(re.compile(rf"/hiring/{role.id}/(#[a-z-]*)?$"))
    button = page.get_by_role("button", name="Copy as plain text")
    expect(button).to_be_visible()
    assert page.evaluate("window.rgSamePage") is True, "expected an instant page change, not a new load"
    button.focus()
    page.keyboard.press("Enter")
    expect(page.locator("[data-rg-ad-status]")).to_have_text("Copied the job description as plain text.")
    assert page.evaluate("navigator.clipboard.readText()") == golden(role.id, "text")


def test_without_a_clipboard_the_text_is_shown_selected(page: Page, site_url: str) -> None:
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    role_id = ROLES[0]
    page.goto(f"{site_url}/hiring/{role_id}/")
    page.get_by_role("button", name="Copy as Markdown").click()
    field = page.get_by_role("textbox", name="The job description as Markdown")
    expect(field).to_be_focused()
    expect(field).to_have_value(golden(role_id, "markdown"))
    selected = page.evaluate(
        "(() => { const f = document.activeElement; return f.value.slice(f.selectionStart, f.selectionEnd); })()"
    )
    assert selected == golden(role_id, "markdown")
    expect(page.locator("[data-rg-ad-status]")).to_contain_text("press Ctrl+C")
    page.get_by_role("button", name="Copy as plain text").click()
    expect(page.locator(".rg-ad-copy__field")).to_have_count(1)
    expect(page.get_by_role("textbox", name="The job description as plain text")).to_have_value(golden(role_id, "text"))


@pytest.mark.parametrize("role_id", ROLES)
def test_every_line_links_to_the_spot_that_states_it(page: Page, site_url: str, role_id: str) -> None:
    page.goto(f"{site_url}/hiring/{role_id}/")
    lines = [line for part in ad_parts(GUIDE, role_id) for block in part.blocks for line in block.lines]
    links = page.locator(".rg-ad .rg-ad__source")
    expect(links).to_have_count(len(lines))
    hrefs = links.evaluate_all("links => links.map(a => a.href)")
    for line, href in zip(lines, hrefs, strict=True):
        assert href == f"{site_url}/{line.page}/#{line.anchor}", line
    # Every line's text is in the page, with its link right after it.
    items = page.locator(".rg-ad li, .rg-ad p").evaluate_all("els => els.map(e => e.textContent.trim())")
    assert items == [f"{line.text} {line.source}" for line in lines]
    # A link lands on its spot.
    links.first.click()
    expect(page).to_have_url(f"{site_url}/{lines[0].page}/#{lines[0].anchor}")
    expect(page.locator(f"#{lines[0].anchor}")).to_be_in_viewport()


def test_without_javascript_the_ad_shows_and_the_buttons_do_not(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}/hiring/{ROLES[0]}/")
        expect(page.locator(".rg-ad h2").first).to_be_visible()
        expect(page.locator("[data-rg-ad-copy]")).to_be_hidden()
    finally:
        context.close()


def test_the_one_page_guide_holds_the_ads_without_buttons(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/print/")
    expect(page.locator("#print-site-page .rg-ad")).to_have_count(len(ROLES))
    buttons = page.locator("#print-site-page [data-rg-ad-copy]")
    expect(buttons).to_have_count(len(ROLES))
    for i in range(len(ROLES)):
        expect(buttons.nth(i)).to_be_hidden()


def test_nav_home_and_the_linked_sections_lead_to_the_starters(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/")
    expect(page.locator("article a[href$='hiring/']")).to_have_count(1)
    nav = page.locator(".md-nav--primary")
    for role_id in ROLES:
        expect(nav.locator(f"a[href$='hiring/{role_id}/']")).to_have_count(1)
    for section_id in GUIDE.hiring.linked_from:
        page.goto(f"{site_url}/{section_id}/")
        for role_id in ROLES:
            expect(page.locator(f"article .rg-hiring-link a[href$='hiring/{role_id}/']")).to_have_count(1)
