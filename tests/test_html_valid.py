"""Gate: every HTML file of the built site is valid HTML for the W3C Nu HTML Checker, but for the errors
of Material's own templates that tests/htmlcheck.py accepts, each with its reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import htmlcheck
from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


def run_checker(files: list[Path]) -> list[dict[str, Any]]:
    try:
        return htmlcheck.check(files)
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture(scope="session")
def site_messages(site: Path) -> list[dict[str, Any]]:
    """The checker's report on every .html file of the build (pages, 404, /print/, redirect stubs)."""
    return run_checker(sorted(site.rglob("*.html")))


def test_every_html_file_of_the_site_is_valid_but_for_the_allowed_material_markup(
    site: Path, site_messages: list[dict[str, Any]]
) -> None:
    checked = {htmlcheck.path_of(m, site) for m in site_messages}
    assert not any(m["type"] == "non-document-error" for m in site_messages), site_messages
    assert htmlcheck.problems(site_messages, site) == [], "\n".join(htmlcheck.problems(site_messages, site))
    assert checked, "the checker reported nothing at all: it cannot have read the site"


def test_every_allowed_error_still_occurs(site_messages: list[dict[str, Any]]) -> None:
    """An entry that accepts nothing is stale: remove it, so it cannot hide a new error later."""
    counts = htmlcheck.allowed_counts(site_messages)
    stale = [allowed.message for allowed, count in zip(htmlcheck.ALLOWED, counts, strict=True) if count == 0]
    assert stale == [], stale


def test_the_gate_fails_on_planted_errors_and_passes_a_clean_page() -> None:
    planted = FIXTURES / "invalid-html" / "planted.html"
    clean = FIXTURES / "defects" / "clean.html"
    messages = run_checker([planted, clean])
    assert htmlcheck.problems(messages, FIXTURES) == [
        "invalid-html/planted.html:18: Bad value “” for attribute “tabindex” on element “label”: The empty string "
        'is not a valid integer. <label class="rg-own" for="own" tabindex="">',
        'invalid-html/planted.html:20: Duplicate ID “top”. <p id="top">',
        "invalid-html/planted.html:22: Attribute “heading-number” not allowed on element “section” at this point. "
        '<section heading-number="1">',
        "invalid-html/planted.html:26: Start tag “p” seen in “table”. <p>",
        "invalid-html/planted.html:26: Cannot recover after last error. Any further errors will be ignored. <p>",
    ]
    # Material's markup in the same file is accepted, each entry by its own match.
    assert htmlcheck.allowed_counts(messages) == [1, 2]
    assert not any(htmlcheck.path_of(m, FIXTURES).endswith("clean.html") for m in messages if htmlcheck.is_error(m))
