"""The guide's search box, used as a reader uses it (overrides/partials/search-box.html, assets/search.js):
"/" opens it, a query is typed key by key, and its results are read once they answer the whole query."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from roleguide.bench.search import relative

DIALOG = "dialog.rg-search"
FIELD = f"{DIALOG} input"
OPTIONS = f"{DIALOG} [role=option]"
# True once the results shown are those of the query in the field (ui.js names it on the dialog).
_ANSWERED = f"(q) => {{ const d = document.querySelector('{DIALOG}'); return !!d && d.dataset.rgQuery === q; }}"


def open_search(page: Page) -> None:
    """Open the search on the page shown, with the keyboard, unless it is open."""
    if not page.locator(f"{DIALOG}[open]").count():
        page.keyboard.press("/")
    expect(page.locator(FIELD)).to_be_focused()


def search(page: Page, query: str, keys: bool = True) -> list[str]:
    """Type the query into the search box (opened if need be), key by key (or, with keys=False, at once,
    as a paste does: the box answers the same input event); the results, best first, as addresses
    relative to the site ("tools/#project"), once they answer the whole query."""
    open_search(page)
    field = page.locator(FIELD)
    if keys:
        field.press("Control+a")
        field.press("Backspace")
        field.press_sequentially(query)
    else:
        field.fill(query)
    page.wait_for_function(_ANSWERED, arg=query)
    return [relative(href) for href in page.locator(OPTIONS).evaluate_all("els => els.map((a) => a.href)")]
