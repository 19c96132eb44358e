"""The team charter in Chromium, used as a team lead would: five rows changed, one added, the link
copied and opened in a new page, the Markdown exported and compared with a golden file. Also: an
outdated link lists its dropped rows, breaches show in words, the keyboard is enough, the page is the
guide's matrix without JavaScript, it prints as a plain table, and axe finds nothing with a charter
full of changes, in both schemes.

The golden file is tests/browser/golden/charter.md; `pytest --update-goldens` rewrites it.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Locator, Page, Route, expect

from roleguide.load import load_guide

from . import gates

GUIDE = load_guide(Path(__file__).resolve().parents[2] / "content")
ROWS = {a.id: a for g in GUIDE.ownership.groups for a in g.activities}
LABELS = {level: getattr(GUIDE.ownership.legend, level).label for level in ("decides", "contributes", "informed")}
PATH = "/team-charter/"
# The charter's script, named by its content (roleguide/postbuild/fingerprint.py).
CHARTER_JS = re.compile(r"/assets/javascripts/charter\.[0-9a-f]{8}\.js$")
GOLDEN = Path(__file__).resolve().parent / "golden" / "charter.md"
# The five changes of the team lead: (row, role, level). Roadmap ends with two roles deciding, and
# nobody decides or contributes to the budget: a breach of each rule.
CHANGES = [
    ("roadmap", "project", "decides"),
    ("budget", "project", "informed"),
    ("timeline", "product", "informed"),
    ("risks", "product", "contributes"),
    ("launch", "project", "decides"),
]


def row(page: Page, row_id: str) -> Locator:
    return page.locator(f'[data-rg-row="{row_id}"]')


def level(page: Page, row_id: str, role: str) -> Locator:
    return row(page, row_id).locator(f'select[data-rg-role="{role}"]')


def charter_state(page: Page) -> dict[str, object]:
    """Everything the form shows: team, each row's levels, note and hidden box, and the own rows."""
    return page.evaluate(
        """() => {
          const form = document.querySelector('[data-rg-charter]');
          const entry = (li) => ({
            levels: [...li.querySelectorAll('select')].map((s) => s.value),
            note: li.querySelector('[data-rg-note]').value,
            hidden: li.querySelector('[data-rg-hide]').checked,
            title: li.querySelector('[data-rg-title]')?.value ?? null,
          });
          return {
            team: form.querySelector('[data-rg-team]').value,
            rows: Object.fromEntries(
              [...form.querySelectorAll('[data-rg-row]')].map((li) => [li.dataset.rgRow, entry(li)])
            ),
            own: [...form.querySelectorAll('[data-rg-own]')].map(entry),
          };
        }"""
    )


def make_charter(page: Page) -> None:
    """The team lead's session: a team name, five changed rows, a note, a hidden row, one own row."""
    page.get_by_label("Team name").fill("Payments squad")
    for row_id, role, value in CHANGES:
        level(page, row_id, role).select_option(value)
    row(page, "roadmap").get_by_label(re.compile("^Note")).fill("Both sign off | quarterly")
    row(page, "market-analysis").get_by_label(re.compile(r"\bHide\b")).check()
    page.get_by_role("button", name="Add a row of your own").click()
    own = page.locator("[data-rg-own]").first
    expect(own.get_by_label("Row title")).to_be_focused()
    own.get_by_label("Row title").fill("On-call rota")
    own.locator('select[data-rg-role="product"]').select_option("informed")
    own.locator('select[data-rg-role="project"]').select_option("decides")


def test_a_team_lead_changes_five_rows_adds_one_shares_and_exports(
    page: Page, browser: Browser, site_url: str, update_goldens: bool
) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + PATH)
    make_charter(page)
    status = page.locator("[data-rg-status]")
    expect(status).to_have_text("On-call rota: the Technical Project Manager now decides.")

    # Changed rows are marked, in words, with the guide's levels next to them.
    for row_id, _, _ in CHANGES:
        expect(row(page, row_id).locator("[data-rg-flags]")).to_contain_text("Changed from the guide")
        expect(row(page, row_id).locator("[data-rg-guide]")).to_be_visible()
        expect(row(page, row_id).get_by_role("button", name=re.compile("^Back to the guide's default"))).to_be_visible()
    expect(row(page, "product-vision").locator("[data-rg-flags]")).to_have_text("")
    # Breaches are shown next to their row, in words; nothing is reset.
    expect(row(page, "roadmap").locator("[data-rg-breach]")).to_have_text(
        "Breaks the rule that at most one role decides: the Technical Product Manager and the "
        "Technical Project Manager both decide here."
    )
    expect(row(page, "timeline").locator("[data-rg-breach]")).to_be_hidden()
    expect(level(page, "roadmap", "project")).to_have_value("decides")
    expect(page.locator("[data-rg-summary]")).to_have_text(
        "5 rows differ from the guide, 1 hidden, 1 row of your own. 2 rows break a rule."
    )

    # Copy the link, open it in a new page: the same charter.
    page.get_by_role("button", name="Copy the link").click()
    expect(status).to_have_text("The link to this charter is copied.")
    link = page.evaluate("navigator.clipboard.readText()")
    assert link == page.url and parse_qs(urlsplit(link).query)["c"][0].startswith("1.")
    before = charter_state(page)
    fresh = browser.new_context()
    try:
        other = fresh.new_page()
        other.goto(link)
        expect(other.get_by_label("Team name")).to_have_value("Payments squad")
        assert charter_state(other) == before
        expect(row(other, "roadmap").locator("[data-rg-breach]")).to_be_visible()
        expect(other.locator("[data-rg-dropped]")).to_be_hidden()
    finally:
        fresh.close()

    # Export Markdown: the downloaded file is the golden one (the site's address stands as SITE).
    with page.expect_download() as download:
        page.get_by_role("button", name="Download Markdown").click()
    assert download.value.suggested_filename == "payments-squad-charter.md"
    markdown = Path(download.value.path()).read_text(encoding="utf-8").replace(site_url, "SITE")
    if update_goldens:
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(markdown, encoding="utf-8")
    assert markdown == GOLDEN.read_text(encoding="utf-8")
    page.get_by_role("button", name="Copy as Markdown").click()
    expect(status).to_have_text("The charter is copied as a Markdown table.")
    assert page.evaluate("navigator.clipboard.readText()").replace(site_url, "SITE") == markdown

    with page.expect_download() as download:
        page.get_by_role("button", name="Download for a spreadsheet").click()
    csv = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert csv.startswith("Area,Decision or activity,Technical Product Manager")
    assert "People and stakeholders" in csv and "On-call rota" in csv and "Market analysis" not in csv


def test_back_to_the_guide_for_one_row_and_for_all(page: Page, site_url: str) -> None:
    page.goto(site_url + PATH)
    make_charter(page)
    row(page, "budget").get_by_role("button", name="Back to the guide's default for Budget").click()
    expect(level(page, "budget", "product")).to_have_value(ROWS["budget"].roles["product"])
    expect(level(page, "budget", "product")).to_be_focused()
    expect(row(page, "budget").locator("[data-rg-flags]")).to_have_text("")
    page.get_by_role("button", name="Back to the guide's default for every row").click()
    for row_id, activity in ROWS.items():
        expect(level(page, row_id, "project")).to_have_value(activity.roles["project"])
    # Notes, the team name and the team's own rows are the team's words: they stay.
    expect(row(page, "roadmap").get_by_label(re.compile("^Note"))).to_have_value("Both sign off | quarterly")
    expect(page.locator("[data-rg-own]")).to_have_count(1)
    expect(page.locator("[data-rg-summary]")).to_have_text("1 row of your own.")


def planted_link(site_url: str) -> str:
    """A link made before the guide dropped 'budget-planning' and before it had 'risks'."""
    rows: dict[str, object] = {a: "".join(ROWS[a].roles[r][0] for r in ("product", "project")) for a in ROWS}
    del rows["risks"]
    rows["roadmap"] = ["cd", 0, "Shared"]
    rows["budget-planning"] = ["dc", 0, "CFO signs off"]
    payload = {"k": ["product", "project"], "r": rows, "t": "Old team"}
    value = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
    return f"{site_url}{PATH}?c=1.{value}"


def test_an_outdated_link_lists_its_dropped_rows(page: Page, site_url: str) -> None:
    page.goto(planted_link(site_url))
    dropped = page.locator("[data-rg-dropped]")
    expect(dropped).to_be_visible()
    expect(dropped.locator("li")).to_have_count(1)
    expect(dropped.locator("li")).to_contain_text("Budget planning (budget-planning): TPM decides")
    expect(dropped.locator("li")).to_contain_text("CFO signs off")
    expect(row(page, "risks").locator("[data-rg-flags]")).to_have_text("New in the guide since this link")
    expect(level(page, "roadmap", "product")).to_have_value("contributes")
    expect(page.get_by_label("Team name")).to_have_value("Old team")
    # The dropped row stays in the address the page writes, until the team decides.
    level(page, "vision" if "vision" in ROWS else "product-vision", "project").select_option("contributes")
    assert "budget-planning" in decoded(page.url)["r"]
    dropped.get_by_role("button", name="Keep Budget planning as my own row").click()
    expect(dropped).to_be_hidden()
    own = page.locator("[data-rg-own]")
    expect(own.get_by_label("Row title")).to_have_value("Budget planning")
    expect(own.get_by_label(re.compile("^Note"))).to_have_value("CFO signs off")
    assert "budget-planning" not in decoded(page.url)["r"]


def decoded(url: str) -> dict[str, object]:
    value = parse_qs(urlsplit(url).query)["c"][0].split(".", 1)[1]
    return json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))


def test_a_broken_link_says_so_and_shows_the_guide(page: Page, site_url: str) -> None:
    page.goto(planted_link(site_url)[:-40])
    expect(page.locator("[data-rg-notice]")).to_contain_text("could not be read")
    expect(level(page, "roadmap", "product")).to_have_value(ROWS["roadmap"].roles["product"])


def test_the_keyboard_is_enough_and_changes_are_announced(page: Page, site_url: str) -> None:
    page.goto(site_url + PATH)
    select = level(page, "product-vision", "product")
    select.focus()
    page.keyboard.press("ArrowDown")  # Decides -> Contributes
    expect(select).to_have_value("contributes")
    status = page.locator("[data-rg-status]")
    expect(status).to_have_attribute("role", "status")
    expect(status).to_have_text("Product vision: the Technical Product Manager now contributes.")
    page.keyboard.press("Tab")  # the other role
    page.keyboard.press("ArrowDown")  # Kept informed is the last: stays
    page.keyboard.press("Tab")  # the note
    page.keyboard.type("ours")
    page.keyboard.press("Tab")  # hide
    page.keyboard.press("Space")
    expect(status).to_have_text("Product vision is hidden: it stays here, and leaves the exports.")
    page.keyboard.press("Tab")  # back to the guide's default
    page.keyboard.press("Enter")
    expect(select).to_have_value("decides")
    expect(status).to_have_text(re.compile("^Product vision is back to the guide's levels"))
    assert decoded(page.url)["r"]["product-vision"] == ["di", 0, "ours"]


def test_at_most_ten_rows_of_ones_own(page: Page, site_url: str) -> None:
    page.goto(site_url + PATH)
    add = page.get_by_role("button", name="Add a row of your own")
    for _ in range(10):
        add.click()
    expect(page.locator("[data-rg-own]")).to_have_count(10)
    expect(add).to_be_disabled()
    page.locator("[data-rg-own]").nth(3).get_by_role("button", name=re.compile("^Remove")).click()
    expect(page.locator("[data-rg-own]")).to_have_count(9)
    expect(add).to_be_enabled()


def test_without_javascript_the_page_is_the_guides_matrix(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + PATH)
        expect(page.locator("[data-rg-charter]")).to_be_hidden()
        matrix = page.locator("table.rg-charter-matrix")
        expect(matrix).to_be_visible()
        expect(matrix.locator("tr.rg-matrix__row")).to_have_count(len(ROWS))
        first = matrix.locator("tr.rg-matrix__row").first
        activity = next(iter(ROWS.values()))
        expect(first.locator("th")).to_have_text(activity.title)
        expect(first.locator("td").first).to_have_text(LABELS[activity.roles["product"]])
    finally:
        context.close()


def test_it_prints_as_a_plain_table(page: Page, site_url: str) -> None:
    page.goto(site_url + PATH)
    make_charter(page)
    page.emulate_media(media="print")
    expect(page.locator("[data-rg-charter]")).to_be_hidden()
    table = page.locator(".rg-charter-print table")
    expect(table).to_be_visible()
    expect(page.locator(".rg-charter-print__title")).to_have_text("Who owns what: Payments squad")
    expect(table.locator("tbody tr")).to_have_count(len(ROWS))  # one hidden, one own row
    expect(table.locator("tbody tr").last).to_contain_text("On-call rota")


def test_it_starts_after_instant_navigation(page: Page, site_url: str) -> None:
    page.goto(site_url + "/ownership/")
    page.locator("article").get_by_role("link", name=GUIDE.charter.nav_title).click()
    page.wait_for_url(re.compile(re.escape(PATH) + "$"))
    level(page, "budget", "product").select_option("decides")
    expect(page).to_have_url(re.compile(r"\?c=1\."))
    expect(row(page, "budget").locator("[data-rg-flags]")).to_have_text("Changed from the guide")


def test_a_level_picked_before_the_script_starts_is_kept(page: Page, site_url: str) -> None:
    """The charter's script comes after the page; on a slow connection a reader can pick a level
    first. Held here until the pick is made: the pick is kept, saved in the address, flagged and
    announced as a change (not as a charter opened from a link, although the address now holds one)."""
    held: list[Route] = []
    page.route(CHARTER_JS, lambda route: held.append(route))
    with page.expect_request(CHARTER_JS):
        page.goto(site_url + PATH, wait_until="domcontentloaded")
    for _ in range(100):  # each call to the browser lets Playwright hand the held request over
        if held:
            break
        page.evaluate("0")
    assert held, "the page did not ask for its script"
    level(page, "budget", "product").select_option("decides")
    level(page, "risks", "project").select_option("informed")
    assert page.locator("[data-rg-charter][data-rg-ready]").count() == 0
    held[0].continue_()
    expect(page.locator("[data-rg-charter][data-rg-ready]")).to_have_count(1)
    expect(page).to_have_url(re.compile(r"\?c=1\."))
    expect(row(page, "budget").locator("[data-rg-flags]")).to_have_text("Changed from the guide")
    expect(row(page, "risks").locator("[data-rg-flags]")).to_have_text("Changed from the guide")
    expect(row(page, "roadmap").locator("[data-rg-flags]")).to_have_text("")
    status = page.locator("[data-rg-status]")
    expect(status).to_contain_text(f"{ROWS['budget'].title}: the Technical Product Manager now decides.")
    expect(status).to_contain_text(f"{ROWS['risks'].title}: the Technical Project Manager now kept informed.")
    expect(status).not_to_contain_text("from the link")
    page.unroute(CHARTER_JS)
    page.reload()  # the charter from the address: both picks, nothing else changed
    expect(page.locator("[data-rg-charter][data-rg-ready]")).to_have_count(1)
    expect(status).to_have_text("The charter from the link is open.")
    rows = charter_state(page)["rows"]
    assert rows["budget"]["levels"] == ["decides", "contributes"]
    assert rows["risks"]["levels"] == ["informed", "informed"]
    assert rows["roadmap"]["levels"] == ["decides", "informed"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_in_a_charter_full_of_changes(
    page: Page, site_url: str, scheme: Literal["light", "dark"]
) -> None:
    page.emulate_media(color_scheme=scheme)
    page.goto(planted_link(site_url))
    make_charter(page)
    expect(page.locator("[data-rg-breach]:visible")).to_have_count(1)  # the budget (roadmap starts as shared)
    expect(page.locator("[data-rg-dropped]")).to_be_visible()
    assert gates.axe_violations(page) == []
