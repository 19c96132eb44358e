"""Python-Markdown extension: `<caption>` is a block, so a table caption stays the table's caption.

Python-Markdown's list of block-level HTML elements leaves out `caption`. Inside a `<table markdown="1">`
(md_in_html), a caption line is then read as a paragraph and comes out as `<p><caption>…</caption></p>`,
which is invalid HTML: browsers move the text out of the table, which loses its accessible name. With
`caption` on the list, md_in_html keeps the element as it is and, with `markdown="span"` on it, still
renders its inline Markdown (abbreviations included). Written by hand: no extension offers this.

Listed in mkdocs.yml's `markdown_extensions` as `roleguide.markdown_caption`.
"""

from __future__ import annotations

from markdown import Markdown
from markdown.extensions import Extension


class CaptionExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        if "caption" not in md.block_level_elements:
            md.block_level_elements.append("caption")


def makeExtension(**kwargs: object) -> CaptionExtension:
    return CaptionExtension(**kwargs)
