"""roleguide.markdown_permalink: the heading's permalink carries its words as `aria-label`, not as a
`title` (Material would set up a tooltip for each title; copy-link.js replaces the permalink)."""

from __future__ import annotations

import re
from pathlib import Path

import markdown

SOURCE = '# Title\n\nText with a [link](other.md "A titled link").\n\n## Next\n'
TOC = {"toc": {"permalink": True, "permalink_title": "Link to this section"}}


def _render(extensions: list[str]) -> str:
    return markdown.markdown(SOURCE, extensions=["toc", *extensions], extension_configs=TOC)


def test_every_permalink_is_named_by_aria_label_and_has_no_title() -> None:
    html = _render(["roleguide.markdown_permalink"])
    links = re.findall(r"<a [^>]*headerlink[^>]*>", html)
    assert len(links) == 2
    for link in links:
        assert 'aria-label="Link to this section"' in link
        assert "title=" not in link
    # Other links keep their title.
    assert 'title="A titled link"' in html


def test_without_the_extension_the_permalinks_have_a_title() -> None:
    """The test above can fail: toc alone writes a title on each permalink."""
    html = _render([])
    assert len(re.findall(r'<a [^>]*headerlink[^>]*title="Link to this section"', html)) == 2


def test_the_built_site_has_no_titled_permalink(site: Path) -> None:
    """Every page, and /print/ (whose section permalinks print-site writes: the publish hook names
    them the same way)."""
    pages = [p for p in site.rglob("*.html") if "headerlink" in p.read_text(encoding="utf-8")]
    assert len(pages) > 10
    for page in pages:
        html = page.read_text(encoding="utf-8")
        links = re.findall(r"<a [^>]*headerlink[^>]*>", html)
        assert links, page
        for link in links:
            assert "title=" not in link and "aria-label=" in link, f"{page}: {link}"
