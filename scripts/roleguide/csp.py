"""The site's Content-Security-Policy, computed from the built pages themselves.

GitHub Pages cannot send headers, so every page carries the policy as a
`<meta http-equiv="Content-Security-Policy">`, written into a freshly built site by the last step of
the post-build pipeline that both engines' builds run (postbuild/policy.py). Nothing is listed by hand: every inline
`<script>` and `<style>` of every page is found and hashed (SHA-256), so the policy follows whatever
Material, print-site and our templates write, under either engine, and a new page or a Material update
changes the hashes with no edit here. Which inline scripts may exist at all is a test's business
(tests/test_assets_build.py): ours are files.

One policy for the whole site (the union of every page's hashes): Material's instant navigation swaps
pages without loading a new document, so the first page's policy is the one in force for the pages
that follow; and a host's header (`header_lines`, hosting/ for nginx and Netlify) is one
text for every address too. A host that sends the header as well enforces both, which then agree.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from html.parser import HTMLParser
from pathlib import Path

# What the pages need, and why; `policy` adds the hashes to script-src and style-src.
DIRECTIVES: tuple[tuple[str, str], ...] = (
    # Whatever no directive below names: the site itself. Firefox checks its prefetch of the pages that
    # Material names in <head> (<link rel="next">, <link rel="prev">) against default-src alone, so
    # 'none' here made every page log two violations there. Every kind of request that a directive
    # can name is named below, so this allows nothing more than those prefetches of our own pages.
    ("default-src", "'self'"),
    # The theme's bundle, ours, print-site's and the search's files; inline only by hash. The search
    # (Pagefind) runs WebAssembly, which a policy must allow by name: 'wasm-unsafe-eval' allows
    # compiling WebAssembly and nothing else (no eval of JavaScript).
    ("script-src", "'self' 'wasm-unsafe-eval'"),
    # Material's and our stylesheets; print-site's <style> on /print/ by hash. Material moves things by
    # setting CSS properties from its script (element.style), which a policy does not govern.
    ("style-src", "'self'"),
    # Pictures of the site; Material's icons in its stylesheet are data: URIs (SVG).
    ("img-src", "'self' data:"),
    # Instant navigation and its prefetch fetch pages and sitemap.xml; the search fetches its index and
    # its WebAssembly.
    ("connect-src", "'self'"),
    # The search runs in a (shared) web worker, a file of the site: Pagefind's, or the theme's in the
    # offline copy.
    ("worker-src", "'self'"),
    # No font file (Material's fonts are off), no audio or video, no web app manifest, no plugin.
    ("font-src", "'none'"),
    ("media-src", "'none'"),
    ("manifest-src", "'none'"),
    ("object-src", "'none'"),
    # No frame. The offline copy's search runs in an about:blank frame (the iframe-worker shim),
    # which frame-src does not govern.
    ("frame-src", "'none'"),
    # The 404 page's search form sends the query to the home page.
    ("form-action", "'self'"),
    ("base-uri", "'self'"),
)
# Only a header can say these (a <meta> policy ignores them): no other site may frame the guide.
HEADER_ONLY: tuple[tuple[str, str], ...] = (("frame-ancestors", "'none'"),)
# The other headers for hosts that can send them (hosting/: nginx, Netlify).
OTHER_HEADERS: tuple[tuple[str, str], ...] = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
)
META = '<meta http-equiv="Content-Security-Policy" content="{policy}">'
_OURS = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?')
# Where the policy goes: first in <head>, after the charset (which must stay in the first 1024 bytes).
_CHARSET = re.compile(r"<meta charset=[\"']?[\w-]+[\"']?\s*/?>\n?", re.I)
_HEAD = re.compile(r"<head\b[^>]*>\n?", re.I)
# Script types a browser runs (an absent type, a JavaScript MIME type, a module); JSON and others are data.
_RUNS = re.compile(r"^(|module|(text|application)/(x-)?(java|ecma)script)$", re.I)
# The offline copy's stand-in for web workers under file:// (mkdocs.offline.yml, `make vendor`).
SHIM = "iframe-worker/shim.js"
# Markup that a policy without 'unsafe-inline' blocks, and no hash can allow (tests/test_csp.py): an
# event handler or a style attribute, or a javascript: link but Material's search share button, whose
# click Material cancels (so its `javascript:void(0)` never runs; it copies the address instead).
BLOCKED_MARKUP = re.compile(
    r"""<[a-zA-Z][^>]*?\s(on[a-z]+|style)=|\bhref=["']?javascript:(?!void\(0\)" class="md-search__icon)"""
)


class _Inline(HTMLParser):
    """Collects the text of every inline script that runs and of every <style>, as the browser sees
    them; the addresses of the scripts that are files; and Material's page config (`#__config`)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.sources: list[str] = []
        self.config: list[str] = []
        self._into: list[str] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script" and found.get("src"):
            self.sources.append(found["src"] or "")
        elif tag == "script" and found.get("id") == "__config":
            self._into, self._text = self.config, []
        elif tag == "script" and _RUNS.match((found.get("type") or "").strip()):
            self._into, self._text = self.scripts, []
        elif tag == "style":
            self._into, self._text = self.styles, []

    def handle_data(self, data: str) -> None:
        if self._into is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._into is not None and tag in ("script", "style"):
            self._into.append("".join(self._text))
            self._into = None


def digest(text: str) -> str:
    """A CSP hash source for an inline script or style: the SHA-256 of its UTF-8 text (line ends as
    the browser reads them, CRLF and CR turned into LF)."""
    data = text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
    return "'sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode("ascii") + "'"


def _function_source(code: str, name: str) -> str | None:
    """The text of `function name(...){...}` in code, as Function.prototype.toString gives it."""
    start = code.find(f"function {name}(")
    if start < 0:
        return None
    depth = 0
    for at in range(code.index("{", start), len(code)):
        depth += {"{": 1, "}": -1}.get(code[at], 0)
        if depth == 0:
            return code[start : at + 1]
    return None


def shim_script(shim: str, worker: str) -> str | None:
    """The inline script that the iframe-worker shim writes into the frame it starts for `worker`
    (the address Material gives its search worker). The frame is about:blank, so the page's policy
    governs it. The shim builds the script from a template: each `${name}` is the source of its own
    function `name`, or else the worker's address. (Written by hand: the shim has no other way to
    say what it runs.) None when the shim holds no such template."""
    template = re.search(r"<script>(.*?)<\\/script>", shim, re.S)
    if template is None:
        return None
    return re.sub(r"\$\{(\w+)\}", lambda m: _function_source(shim, m.group(1)) or worker, template.group(1))


def _shim_file(src: str, page: Path, site: Path) -> Path | None:
    """The shim's file that `src` names, from the page at `page` of the site at `site`, if it is there."""
    path = src.split("?")[0].split("#")[0]
    found = site / path.lstrip("/") if path.startswith("/") else page.parent / path
    return found if found.is_file() else None


def inline_code(html: str, page: Path | None = None, site: Path | None = None) -> tuple[list[str], list[str]]:
    """The inline scripts that run, and the <style> elements, of one page. Given where the page is in
    which site, a page that loads the iframe-worker shim counts the script the shim writes for the
    search worker."""
    parser = _Inline()
    parser.feed(_OURS.sub("", html))
    parser.close()
    scripts = parser.scripts
    shims = [src for src in parser.sources if src.split("?")[0].endswith(SHIM)]
    shim = _shim_file(shims[0], page, site) if page and site and shims else None
    worker = json.loads(parser.config[0]).get("search") if parser.config else None
    if shim is not None and worker:
        written = shim_script(shim.read_text(encoding="utf-8"), worker)
        scripts = [*scripts, *([written] if written else [])]
    return scripts, parser.styles


def policy(scripts: Iterable[str], styles: Iterable[str], header: bool = False) -> str:
    """The policy that allows exactly these inline scripts and styles (sorted, each hash once); with
    `header`, the directives only a header may carry too."""
    hashes = {"script-src": sorted({digest(s) for s in scripts}), "style-src": sorted({digest(s) for s in styles})}
    parts = [" ".join([name, value, *hashes.get(name, [])]) for name, value in DIRECTIVES]
    if header:
        parts += [f"{name} {value}" for name, value in HEADER_ONLY]
    return "; ".join(parts)


def with_policy(html: str, text: str) -> str:
    """The page with `text` as its one policy, first in <head> (a policy covers only what follows it),
    replacing a policy this module wrote before."""
    html = _OURS.sub("", html)
    meta = META.format(policy=text) + "\n"
    anchor = _CHARSET.search(html) or _HEAD.search(html)
    if anchor is None:
        raise ValueError("a page without <head>")
    return html[: anchor.end()] + meta + html[anchor.end() :]


def meta_policy(html: str) -> str | None:
    """The policy a page carries in its <meta>, if any."""
    found = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    return found.group(1) if found else None


def site_policy(site: Path, pages: Mapping[str, str] | None = None) -> str:
    """The policy for every HTML page of a built site: `pages` (path under `site`: text), or else
    the pages on disk."""
    if pages is None:
        pages = {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html"))}
    scripts: list[str] = []
    styles: list[str] = []
    for name, html in pages.items():
        found = inline_code(html, site / name, site)
        scripts += found[0]
        styles += found[1]
    return policy(scripts, styles)


def header_lines(site: Path) -> list[tuple[str, str]]:
    """The headers a host that can send them should send with every page: the policy the site's
    pages carry (or would carry), with frame-ancestors, and the others of OTHER_HEADERS."""
    home = site / "index.html"
    carried = meta_policy(home.read_text(encoding="utf-8")) if home.is_file() else None
    text = carried or site_policy(site)
    header = "; ".join([text, *(f"{name} {value}" for name, value in HEADER_ONLY)])
    return [("Content-Security-Policy", header), *OTHER_HEADERS]


def nginx_snippet(lines: list[tuple[str, str]]) -> str:
    """The headers as nginx directives, for a file that every `location` includes (`always`: the 404
    page gets them too)."""
    return "".join(f'add_header {name} "{value}" always;\n' for name, value in lines)


def netlify_headers(lines: list[tuple[str, str]]) -> str:
    """The headers as Netlify's `_headers` file (Cloudflare Pages reads the same), for every address."""
    return "/*\n" + "".join(f"  {name}: {value}\n" for name, value in lines)


# The files of hosting/ that `python -m roleguide headers --write hosting` (make headers) writes from the
# built site: the nginx snippet that hosting/nginx.conf includes, and Netlify's (and Cloudflare
# Pages') _headers, to copy into site/.
HEADER_FILES = {"security-headers.conf": nginx_snippet, "_headers": netlify_headers}
HEADER_NOTE = "# Written by `make headers` from the built site (roleguide/csp.py); do not edit.\n"


def header_files(lines: list[tuple[str, str]]) -> dict[str, str]:
    """The text of each file of HEADER_FILES for these headers."""
    return {name: HEADER_NOTE + render(lines) for name, render in HEADER_FILES.items()}
