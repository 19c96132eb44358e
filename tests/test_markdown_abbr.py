"""roleguide.markdown_abbr: the first use of each abbreviation under each heading takes the keyboard
focus (so Material's tooltip opens on focus), repeats and abbreviations inside controls do not."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest

SOURCE = """\
# Title

TPM and TPjM, then TPM again.

## Next heading

A link: [TPM](other.md), then TPM in text, TPjM and TPjM.

<div markdown>
<button markdown="span">TPM</button>
</div>

*[TPM]: Technical Product Manager
*[TPjM]: Technical Project Manager
"""


def _render(extensions: list[str]) -> str:
    return markdown.markdown(SOURCE, extensions=["abbr", "md_in_html", *extensions])


def _stops(html: str) -> list[str]:
    return re.findall(r'<abbr tabindex="0" title="[^"]+">([^<]+)</abbr>', html)


def test_first_use_under_each_heading_takes_the_focus() -> None:
    html = _render(["roleguide.markdown_abbr"])
    title, rest = html.split("<h2", 1)
    assert _stops(title) == ["TPM", "TPjM"], "once each under the first heading, not the repeat"
    link = re.search(r"<a [^>]*>.*?</a>", rest).group(0)
    assert "tabindex" not in link, "no focus stop inside a link"
    assert "tabindex" not in re.search(r"<button[^>]*>.*?</button>", rest).group(0)
    assert _stops(rest) == ["TPM", "TPjM"], "the next heading starts again, skipping the link's TPM"
    assert html.count("<abbr") == 8, "every abbreviation keeps its explanation"


def test_without_the_extension_no_abbreviation_takes_the_focus() -> None:
    """The check above fails on the page as the abbr extension alone writes it."""
    assert _stops(_render([])) == []


@pytest.mark.build
def test_the_built_pages_and_the_one_page_guide_have_focusable_abbreviations(site: Path) -> None:
    for page in ("decisions/index.html", "print/index.html", "glossary/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert '<abbr tabindex="0" title="Technical Product Manager">TPM</abbr>' in html, page
        assert not re.search(r"<a [^>]*>(?:(?!</a>).)*<abbr tabindex", html, re.S), f"{page}: a stop inside a link"
