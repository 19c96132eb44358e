""" "Which role fits you?" in Chromium: the form gives a result, the address reproduces it, the
keyboard is enough, the page reads as a checklist without JavaScript, and axe finds nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from roleguide.load import load_guide
from roleguide.render.assessment import BOTH, lean

from . import gates

ASSESSMENT = load_guide(Path(__file__).resolve().parents[2] / "content").assessment
ROLES = ["product", "project"]
PATH = "/which-role-fits-you/"


def leaning_answers(role: str) -> dict[str, int]:
    """5 for the statements that point to `role`, 1 for those that point to the other, 3 for both."""
    answers = {}
    for statement in ASSESSMENT.statements:
        points_to = lean(statement, ROLES)
        answers[statement.id] = 3 if points_to == BOTH else 5 if points_to == role else 1
    return answers


def fill(page: Page, answers: dict[str, int]) -> None:
    for statement_id, value in answers.items():
        page.locator(f'input[name="{statement_id}"][value="{value}"]').check()


def checked(page: Page) -> dict[str, int]:
    values = page.eval_on_selector_all(
        "[data-rg-form] input:checked", "inputs => inputs.map(i => [i.name, Number(i.value)])"
    )
    return dict(values)


def outcome(page: Page) -> str:
    """The id of the result block on screen (product, project or balanced)."""
    shown = page.locator("[data-rg-outcome]:visible")
    expect(shown).to_have_count(1)
    return shown.get_attribute("data-rg-outcome") or ""


def test_filling_the_form_gives_the_result(page: Page, site_url: str) -> None:
    page.goto(site_url + PATH)
    result = page.locator("[data-rg-result]")
    expect(result).to_be_hidden()
    fill(page, leaning_answers("product"))
    expect(result).to_be_visible()
    assert outcome(page) == "product"
    heading = ASSESSMENT.results["product"].heading
    expect(page.locator("[data-rg-status]")).to_have_text(f"Your result: {heading}.")
    expect(page.locator("[data-rg-status]")).to_have_attribute("role", "status")
    # The explanation: averages per role and the statements rated highest, each linking to its section.
    answers = leaning_answers("product")
    for role in ROLES:
        weighted = [(s.weights[role], answers[s.id]) for s in ASSESSMENT.statements if s.weights[role]]
        mean = sum(w * a for w, a in weighted) / sum(w for w, _ in weighted)
        expect(page.locator(f'[data-rg-average="{role}"]')).to_have_text(f"{mean:.1f}")
    why = page.locator("[data-rg-why-item]:visible")
    expect(why).to_have_count(3)
    for item in why.all():
        expect(item).to_contain_text("Very much me")
        expect(item.locator("a")).to_have_attribute("href", re.compile(r"/[a-z-]+/(#[a-z-]+)?$"))
    next_links = page.locator('[data-rg-outcome="product"] li a')
    expect(next_links).to_have_count(len(ASSESSMENT.results["product"].read_next))


def test_changing_answers_changes_the_result(page: Page, site_url: str) -> None:
    page.goto(site_url + PATH)
    fill(page, leaning_answers("project"))
    assert outcome(page) == "project"
    fill(page, {s.id: 4 for s in ASSESSMENT.statements})
    assert outcome(page) == "balanced"
    expect(page.locator("[data-rg-status]")).to_have_text(f"Your result: {ASSESSMENT.results['balanced'].heading}.")


def test_the_address_reproduces_the_result_in_a_new_page(page: Page, browser: Browser, site_url: str) -> None:
    page.goto(site_url + PATH)
    answers = leaning_answers("project")
    fill(page, answers)
    query = parse_qs(urlsplit(page.url).query)
    assert query == {**{k: [str(v)] for k, v in answers.items()}, "result": ["project"]}
    expect(page.locator("[data-rg-share-link]")).to_have_attribute("href", page.url)

    fresh = browser.new_context()
    try:
        other = fresh.new_page()
        other.goto(page.url)
        expect(other.locator("[data-rg-result]")).to_be_visible()
        assert outcome(other) == "project"
        assert checked(other) == answers
        expect(other.locator("[data-rg-stale]")).to_be_hidden()
    finally:
        fresh.close()


def test_an_outdated_link_says_so(page: Page, site_url: str) -> None:
    query = "&".join(f"{k}={v}" for k, v in leaning_answers("product").items())
    page.goto(f"{site_url}{PATH}?{query}&result=project")
    assert outcome(page) == "product"
    expect(page.locator("[data-rg-stale]")).to_be_visible()


def test_other_query_parameters_are_kept(page: Page, site_url: str) -> None:
    """Material's search highlight uses ?h=; the answers live next to it without touching it."""
    page.goto(f"{site_url}{PATH}?h=roadmap")
    first = ASSESSMENT.statements[0].id
    fill(page, {first: 2})
    query = parse_qs(urlsplit(page.url).query)
    assert query == {"h": ["roadmap"], first: ["2"]}
    expect(page.locator("[data-rg-result]")).to_be_hidden()


def test_missing_answers_are_named_and_focused(page: Page, site_url: str) -> None:
    page.goto(site_url + PATH)
    answers = leaning_answers("product")
    skipped = ASSESSMENT.statements[3].id
    fill(page, {k: v for k, v in answers.items() if k != skipped})
    page.get_by_role("button", name="Show my result").click()
    expect(page.locator("[data-rg-status]")).to_have_text("1 statement still needs an answer, starting with number 4.")
    assert page.evaluate("document.activeElement.name") == skipped
    expect(page.locator("[data-rg-result]")).to_be_hidden()


def test_start_again_clears_answers_result_and_address(page: Page, site_url: str) -> None:
    page.goto(site_url + PATH)
    fill(page, leaning_answers("product"))
    page.get_by_role("button", name="Start again").click()
    assert checked(page) == {}
    expect(page.locator("[data-rg-result]")).to_be_hidden()
    assert urlsplit(page.url).query == ""


def test_keyboard_alone_fills_the_form_and_reaches_the_result(page: Page, site_url: str) -> None:
    page.goto(site_url + PATH)
    first = ASSESSMENT.statements[0].id
    for _ in range(80):  # Tab through the header and navigation to the first answer
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == first:
            break
    else:
        pytest.fail("Tab never reached the first statement")
    answers = leaning_answers("project")
    for statement in ASSESSMENT.statements:
        assert page.evaluate("document.activeElement.name") == statement.id
        page.keyboard.press("Space")  # checks the first answer of the group
        for _ in range(answers[statement.id] - 1):
            page.keyboard.press("ArrowRight")
        page.keyboard.press("n")  # Material's "next page" key must not leave the form
        page.keyboard.press("Tab")
    assert page.url.startswith(site_url + PATH)
    assert checked(page) == answers
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Show my result"
    page.keyboard.press("Enter")
    assert outcome(page) == "project"
    assert page.evaluate("document.activeElement.id") == "result"


def test_instant_navigation_starts_the_form(page: Page, instant_site_url: str) -> None:
    """Reached from the home page card through Material's instant navigation, the form still works."""
    site_url = instant_site_url
    page.goto(site_url + "/", wait_until="networkidle")  # instant navigation waits for sitemap.xml
    page.evaluate("window.rgSamePage = true")  # gone if the browser loads a new page instead
    page.locator(".rg-extras").get_by_role("link", name=ASSESSMENT.nav_title).click()
    # navigation.tracking may already have put the first heading in view into the address (#at-a-glance)
    page.wait_for_url(re.compile(re.escape(PATH) + "(#[a-z-]*)?$"))
    expect(page.locator("[data-rg-form]")).to_be_visible()
    assert page.evaluate("window.rgSamePage") is True
    fill(page, leaning_answers("product"))
    assert outcome(page) == "product"


@pytest.fixture
def no_js(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(java_script_enabled=False)
    yield context
    context.close()


def test_without_javascript_the_statements_read_as_a_checklist(no_js: BrowserContext, site_url: str) -> None:
    page = no_js.new_page()
    page.goto(site_url + PATH)
    expect(page.locator("[data-rg-form]")).to_be_hidden()
    expect(page.locator("[data-rg-result]")).to_be_hidden()
    expect(page.locator(".rg-nojs")).to_be_visible()
    expect(page.locator(".rg-nojs")).to_contain_text(ASSESSMENT.checklist[0])
    items = page.locator(".rg-checklist > li")
    expect(items).to_have_count(len(ASSESSMENT.statements))
    for item, statement in zip(items.all(), ASSESSMENT.statements, strict=True):
        expect(item).to_be_visible()
        expect(item).to_contain_text(statement.text)
        expect(item).to_contain_text("Points to")
        expect(item.locator("a")).to_have_count(1)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("state", ["empty", "result"])
def test_no_axe_violations(browser: Browser, site_url: str, scheme: str, state: str) -> None:
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(site_url + PATH)
        if state == "result":
            fill(page, leaning_answers("product"))
            expect(page.locator("[data-rg-result]")).to_be_visible()
        # The page content; Material's own header and search dialog are checked site-wide by the gates.
        results = gates.axe(page, ".md-content")
        assert results.violations_count == 0, results.generate_report()
    finally:
        context.close()
