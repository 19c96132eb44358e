"""Python-Markdown extension: keyboard readers can open an abbreviation's explanation too.

The `abbr` extension writes `<abbr title="...">`, and assets/javascripts/tooltips.js shows the title
in Material's tooltip on hover, on a tap, and when the element has the keyboard focus. An `<abbr>` takes
no focus by itself, so this gives it `tabindex="0"`: the first time each abbreviation appears under
each heading, so that Tab reaches every explanation near where a reader is, without a stop at every
repeat of "TPM". An abbreviation inside a link, a button or another control is left alone (the
control already takes the focus, and a focusable element inside another is an accessibility error).

Markdown-side, so it holds wherever the page's HTML goes: /print/ (which reuses each page's HTML) and
the offline copy, with or without JavaScript. Runs after the abbr extension's own tree processor
(priority 7). Written by hand: no extension offers this.

Listed in mkdocs.yml's `markdown_extensions` as `roleguide.markdown_abbr`, after `abbr`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

HEADING = re.compile(r"^h[1-6]$")
# Elements that take the focus themselves (or hold something that does): nothing inside gets a stop.
CONTROLS = frozenset({"a", "button", "label", "summary", "select", "textarea", "input"})


class FocusableAbbreviations(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        seen: set[str] = set()

        def visit(element: etree.Element, inside_control: bool) -> None:
            for child in element:
                if HEADING.match(str(child.tag)):
                    seen.clear()
                if child.tag == "abbr" and not inside_control and child.get("title"):
                    text = child.text or ""
                    if text not in seen and child.get("tabindex") is None:
                        child.set("tabindex", "0")
                        seen.add(text)
                visit(child, inside_control or child.tag in CONTROLS)

        visit(root, False)


class AbbrFocusExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(FocusableAbbreviations(md), "roleguide_abbr_focus", 6)


def makeExtension(**kwargs: object) -> AbbrFocusExtension:
    return AbbrFocusExtension(**kwargs)
