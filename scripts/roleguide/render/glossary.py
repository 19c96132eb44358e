"""The glossary page (/glossary/), and the abbreviation list that every page appends to itself.

pymdownx.snippets appends includes/abbreviations.md to each page (mkdocs.yml: auto_append) and
Python-Markdown's abbr extension turns each abbreviation in the text into <abbr title="...">, so a
reader sees what TPM stands for on any page. The folder is excluded from the build (exclude_docs).
"""

from __future__ import annotations

from markupsafe import Markup

from ..model import Guide
from ..model.pages import GLOSSARY_PAGE
from .base import MARKDOWN, context

GLOSSARY = f"{GLOSSARY_PAGE}.md"
ABBREVIATIONS = "includes/abbreviations.md"


def abbreviations(guide: Guide) -> list[tuple[str, str]]:
    """(abbreviation, what it stands for), the plural forms included, sorted."""
    pairs: list[tuple[str, str]] = []
    for entry in guide.glossary_entries():
        if entry.abbreviation:
            pairs.append((entry.abbreviation, entry.term))
            if entry.plural:
                pairs.append((entry.abbreviation + "s", entry.plural))
    return sorted(pairs)


def render_glossary(guide: Guide) -> dict[str, str | bytes]:
    page = MARKDOWN.get_template("glossary.md").render(
        context(guide), glossary=guide.glossary, entries=guide.glossary_entries()
    )
    # Abbreviation definitions are read by the abbr extension, not shown as Markdown: the values are
    # plain text already (content/ refuses markup), so they pass unescaped.
    defined = [(Markup(short), Markup(term)) for short, term in abbreviations(guide)]
    listing = MARKDOWN.get_template("abbreviations.md").render(abbreviations=defined)
    return {GLOSSARY: page, ABBREVIATIONS: listing}
