"""Python-Markdown extension: the heading's permalink is named by `aria-label`, not by `title`.

The `toc` extension (`permalink: true`) ends each heading with `<a class="headerlink"
title="Link to this section">¶</a>`. Every element of the article that has a `title` gets a tooltip
(assets/javascripts/tooltips.js; before it, Material's `content.tooltips` set each one up when the page
started), and with JavaScript our copy-link button (assets/javascripts/copy-link.js) takes the
permalink's place a moment later, so a permalink's title would only ever be a tooltip nobody opens.
The permalink keeps the same words as its accessible name (`aria-label`), so a reader without
JavaScript, on /print/ or in the offline copy, hears "Link to this section", not "pilcrow".

Runs after toc's tree processor (priority 5). Written by hand: toc has no option for the attribute.
Listed in mkdocs.yml's `markdown_extensions` as `roleguide.markdown_permalink`, after `toc`.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor


class PermalinkLabels(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for link in root.iter("a"):
            title = link.get("title")
            if title and "headerlink" in (link.get("class") or "").split():
                del link.attrib["title"]
                link.set("aria-label", title)


class PermalinkLabelExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(PermalinkLabels(md), "roleguide_permalink_label", 4)


def makeExtension(**kwargs: object) -> PermalinkLabelExtension:
    return PermalinkLabelExtension(**kwargs)
