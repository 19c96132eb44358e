"""The one-page guide (/print/, from mkdocs-print-site-plugin) made valid and static.

Once the plugin has written it, three things that the Nu HTML Checker rejects change, and nothing that
a reader sees: the plugin's `heading-number` attribute on each <section> goes (nothing reads it: its
numbering styles select by id), its numbering <style>, which it appends to the body, moves to the end
of <head>, and the title of Material's table of contents loses its `for`, which names the `__toc`
toggle that only pages in the navigation have. The plugin's empty permalinks on its section headings
are named by `aria-label` instead of `title`, as ours are (roleguide/markdown_permalink.py). And the
contents are written into the page, as print-site.js's generate_toc() would copy them from the sidebar
after the first paint. (Written by hand: the plugin has no option for any of this.) And it leaves the
search index: it repeats every page, so a search lands on the page that holds the answer.

Only MkDocs runs the plugin; a site without /print/ is left alone.
"""

from __future__ import annotations

import re

from .site import BuiltSite

PRINT_PAGES = ("print/index.html", "print.html")  # with and without directory URLs

_HEADING_NUMBER = re.compile(r"""(<section\b[^>]*?)\s+heading-number=(["'])[^"']*\2""")
_NUMBERING_STYLE = re.compile(r"<style>(?:\.print-site-enumerate-[^<]*)?</style>")
_TOC_TITLE = '<label class="md-nav__title" for="__toc">'
_SECTION_PERMALINK = re.compile(r"(<a class='headerlink' href='[^']*') title='([^']*)'")
_TOC_START = '<ul class="md-nav__list" data-md-component="toc"'
_TOC_SLOT = "<h1 class='print-page-toc-title'>Contents</h1>"
_TOC_CALL = "generate_toc();"


def valid_print_page(html: str) -> str:
    """The print page without print-site's heading-number attributes, with its numbering styles in
    <head>, without a label for a __toc toggle that the page lacks, and with its section permalinks
    named by aria-label."""
    html = _HEADING_NUMBER.sub(r"\1", html)
    html = _SECTION_PERMALINK.sub(r"\1 aria-label='\2'", html)
    styles = _NUMBERING_STYLE.findall(html)
    if styles and html.count("</head>") == 1:
        html = _NUMBERING_STYLE.sub("", html).replace("</head>", "".join(styles) + "</head>")
    if 'id="__toc"' not in html:
        html = html.replace(_TOC_TITLE, '<label class="md-nav__title">')
    return html


def static_print_toc(html: str) -> str:
    """The print page with its contents written in, as print-site.js's generate_toc() would copy them
    from the sidebar (its first list, without data-md-component), and without that call."""
    start, slot = html.find(_TOC_START), html.find(_TOC_SLOT)
    if start < 0 or slot < 0 or html.count(_TOC_CALL) != 1:
        return html
    depth = 0
    for tag in re.finditer(r"<(/?)ul\b[^>]*>", html[start:]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            end = start + tag.end()
            break
    else:
        return html
    toc = html[start:end].replace(' data-md-component="toc"', "", 1)
    at = slot + len(_TOC_SLOT)
    return (html[:at] + toc + html[at:]).replace(_TOC_CALL, "")


def unindexed(html: str) -> str:
    """The print page without the marks that ask the search to index its parts (postbuild/search.py)."""
    return html.replace(" data-pagefind-body", "")


def fix_print_page(site: BuiltSite) -> list[str]:
    """Step: the print page, valid, with its contents written in, and out of the search index."""
    return [
        name
        for name in PRINT_PAGES
        if name in site.pages and site.set_page(name, unindexed(static_print_toc(valid_print_page(site.pages[name]))))
    ]
