"""Value types shared by every content file: ids and plain text.

Text in the source is plain text. The templates escape it for Markdown, HTML and SVG, so a value
never needs (and may not carry) markup of its own: a tag, an entity, a Markdown link or code span is
refused with a message that says so, instead of silently changing what the page shows.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, ConfigDict, StringConstraints

# Every model: unknown keys are errors, values are immutable after validation, and no silent type
# coercion (YAML's `yes` is a boolean, not the text "yes").
STRICT = ConfigDict(extra="forbid", frozen=True, strict=True, str_strip_whitespace=True)

ID_PATTERN = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"

_MARKUP = re.compile(
    r"<[/!?]?[A-Za-z][^>]*>|<!--"  # an HTML tag, comment, doctype or processing instruction
    r"|&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"  # a character reference
    r"|\]\(|!\["  # a Markdown link or image
    r"|`"  # a Markdown code span
    r"|\{[:#.]"  # a Markdown attribute list
)


def _plain(value: str) -> str:
    found = _MARKUP.search(value)
    if found:
        raise ValueError(f"contains markup ({found.group(0)!r}); write plain text, the site escapes it for every page")
    return " ".join(value.split())


Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, min_length=1, max_length=40),
]
"""A stable identifier: lowercase words joined by hyphens. It becomes a URL or an #anchor."""

PageId = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN[:-1] + "(?:/" + ID_PATTERN[1:-1] + ")?$", min_length=1, max_length=81),
]
"""The id of a page: its address without slashes at the ends. An id, or a folder and an id (hiring/product)."""

Text = Annotated[str, StringConstraints(min_length=1), AfterValidator(_plain)]
"""Plain text of any length; line breaks and runs of spaces are folded into single spaces."""

Label = Annotated[str, StringConstraints(min_length=1, max_length=80), AfterValidator(_plain)]
"""A short plain-text phrase: a name, a heading, a table cell (80 characters at most)."""

Description = Annotated[str, StringConstraints(min_length=50, max_length=160), AfterValidator(_plain)]
"""A page description for search engines and link previews: 50 to 160 characters."""


def _alias(value: str) -> str:
    if not re.search(r"[^\W\d_]", value):
        raise ValueError("has no word; an alias is what a reader types, in words")
    if ";" in value:
        raise ValueError("holds a ';'; list each alias on its own line")
    return value


Alias = Annotated[str, StringConstraints(min_length=2, max_length=60), AfterValidator(_plain), AfterValidator(_alias)]
"""A word or phrase a reader may type for a page that its text does not use (60 characters at most)."""

ALIASES_HELP = (
    "Search aliases: words or phrases readers type for this page that its text does not use (such as the "
    "usual name of a thing the page calls otherwise). The search finds the page by them; they are never "
    "shown, and they name the page's subject in other words: no new fact."
)
