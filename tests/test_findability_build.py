"""Finding and linking in the built site: every anchor comes from content/, the glossary and its
tooltips, topics, the home page's questions, redirects, the 404 page, and the metadata that makes a
shared link look right (titles, descriptions, canonical URLs, preview cards, sitemap)."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
import yaml

import searchindex
from conftest import ROOT, copy_project, page_files, run_cli
from roleguide.load import load_guide
from roleguide.model.schema.glossary import ABBREVIATION
from roleguide.render import render_pages
from roleguide.render.redirects import redirect_targets

pytestmark = pytest.mark.build
GUIDE = load_guide(ROOT / "content")
ANCHORS = GUIDE.anchors()
SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's default when SITE_URL is not set
# Ids that page templates give to elements that are not spots to link to: the label of the
# comparison filter, and the result part of the self-assessment, which is empty until answered.
TEMPLATE_IDS = {"comparison": {"rg-filter-label"}, "which-role-fits-you": {"result", "why", "share"}}
ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
# The pages the generator writes from content/ (a plugin may add others, made of these).
# A folder's index.md (hiring/index.md) is the page of the folder's id (hiring).
GENERATED = sorted(
    path.removesuffix(".md").removesuffix("/index")
    for path in render_pages(GUIDE)
    if path.endswith(".md") and not path.startswith("includes/")
)
GENERATED.remove("SUMMARY")


def content_pages(site: Path) -> dict[str, Path]:
    """The built page of each generated page, by page id ("index" for the home page)."""
    return {name: site / ("" if name == "index" else name) / "index.html" for name in GENERATED}


def page_id(site: Path, page: Path) -> str:
    return page.parent.relative_to(site).as_posix().replace(".", "") or "index"


def page_url(site: Path, page: Path) -> str:
    name = page_id(site, page)
    return SITE_URL if name == "index" else f"{SITE_URL}{name}/"


def article(page: Path) -> str:
    found = ARTICLE.search(page.read_text(encoding="utf-8"))
    assert found, f"{page}: no article"
    return found.group(1)


def element_ids(markup: str) -> list[str]:
    return [html.unescape(i) for i in re.findall(r'<[a-zA-Z][^>]*?\sid="([^"]*)"', markup)]


def spot_ids(markup: str) -> list[str]:
    """The ids a link can point at: those of the page, not the ones inside a picture (an SVG's
    title and description, which label the picture for screen readers)."""
    return element_ids(re.sub(r"<svg\b.*?</svg>", " ", markup, flags=re.S))


def shared_ids(markup: str) -> list[str]:
    """Ids that more than one element of the page carries: two spots that a link cannot tell apart."""
    return sorted(i for i, n in Counter(element_ids(markup)).items() if n > 1)


def visible_text(markup: str) -> str:
    markup = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", markup, flags=re.S)
    markup = re.sub(r"</?(abbr|a|span|strong|em|code)\b[^>]*>", "", markup)  # inline: no space
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def test_every_anchor_comes_from_content_and_every_spot_is_built(site: Path) -> None:
    pages = content_pages(site)
    assert set(pages) == set(ANCHORS), "a page is missing from model/rules/findability.py site_anchors(), or vice versa"
    for page in page_files(site):
        assert not shared_ids(page.read_text(encoding="utf-8")), f"{page} has ids used twice"
    for name, path in pages.items():
        found = spot_ids(article(path))
        expected = set(ANCHORS[name]) | TEMPLATE_IDS.get(name, set())
        assert set(found) == expected, f"/{name}/: ids not from content {set(found) - expected}, missing spots: " + str(
            expected - set(found)
        )


def test_two_spots_with_one_id_are_caught() -> None:
    page = '<h2 id="product">A</h2><p>x</p><tr id="product"><td>B</td></tr><h2 id="shared">C</h2>'
    assert shared_ids(page) == ["product"]
    assert shared_ids(page.replace('tr id="product"', 'tr id="project"')) == []


def test_the_number_of_linkable_spots(site: Path) -> None:
    spots = sum(len(ids) for ids in ANCHORS.values())
    sections = len(GUIDE.sections)
    assert spots > 10 * sections, spots
    built = sum(
        len(set(spot_ids(article(p))) - TEMPLATE_IDS.get(name, set())) for name, p in content_pages(site).items()
    )
    assert built == spots


def _content_abbreviations() -> set[str]:
    """Every abbreviation written in content/ for a page to show, found by pattern in the text of every
    file (search aliases are searched, never shown)."""

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for k, v in value.items() if k != "search_aliases" for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return []

    found: set[str] = set()
    for path in sorted((ROOT / "content").rglob("*.yml")):
        for text in strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            found |= {m.group(1) for m in ABBREVIATION.finditer(text)}
    return found


def test_the_glossary_lists_every_abbreviation_of_the_site(site: Path) -> None:
    used = _content_abbreviations()
    for page in page_files(site):
        used |= {m.group(1) for m in ABBREVIATION.finditer(visible_text(article(page)))}
    assert {"TPM", "TPjM", "PMO", "CPM", "QA", "CPO"} <= used
    glossary = article(site / "glossary" / "index.html")
    headings = {visible_text(h) for h in re.findall(r"<h2 [^>]*>(.*?)</h2>", glossary, re.S)}
    listed = {h.split(":")[0] for h in headings if ":" in h}
    assert used <= listed, f"abbreviations missing from the glossary: {sorted(used - listed)}"


def test_an_abbr_element_explains_every_abbreviation_where_it_is_used(site: Path) -> None:
    """Outside the role badges (next to the role's full name), no abbreviation in running text is bare."""
    terms = {e.abbreviation: e.term for e in GUIDE.glossary_entries() if e.abbreviation}
    seen: Counter[str] = Counter()
    for page in [*content_pages(site).values(), site / "404.html"]:
        body = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", article(page), flags=re.S)
        for short, title in re.findall(r'<abbr (?:tabindex="0" )?title="([^"]*)">([^<]*)</abbr>', body):
            seen[title] += 1
            base = title[:-1] if title not in terms and title.endswith("s") else title
            assert html.unescape(short) in (terms[base], f"{terms[base]}s"), (page, title)
        bare = re.sub(r"<abbr\b.*?</abbr>|<span class=\"rg-badge[^\"]*\">.*?</span>", " ", body, flags=re.S)
        left = [m.group(0) for m in ABBREVIATION.finditer(visible_text(bare))]
        assert not left, f"{page}: abbreviations without an <abbr>: {left}"
    assert set(terms) <= set(seen), f"never explained on any page: {set(terms) - set(seen)}"


def test_glossary_terms_are_found_by_search(site: Path) -> None:
    glossary = searchindex.fragments(site)["/glossary/"]
    headings = {anchor["id"]: anchor["text"] for anchor in glossary["anchors"] if anchor.get("id")}
    for entry in GUIDE.glossary_entries():
        assert entry.id in headings, f"glossary term {entry.id} is not a heading of the search index"
        assert entry.term in headings[entry.id]


def test_topics_link_to_every_place_that_carries_them(site: Path) -> None:
    page = article(site / "topics" / "index.html")
    blocks = dict(re.findall(r'<h2 id="([a-z0-9-]+)">(.*?)(?=<h2 |$)', page, re.S))
    assert list(blocks) == [t.id for t in GUIDE.topics.topics]
    for topic in GUIDE.topics.topics:
        links = set(re.findall(r'href="([^"]+)"', blocks[topic.id]))
        sections = {f"../{s.id}/" for s in GUIDE.sections if topic.id in s.topics}
        rows = {f"../comparison/#{a.id}" for a in GUIDE.comparison.aspects if topic.id in a.topics}
        assert sections and links - {f"#{topic.id}"} == sections | rows, topic.id
        assert topic.description in visible_text(blocks[topic.id])
    for section in GUIDE.sections:
        tags = re.search(r'<div class="md-tags"[^>]*>(.*?)</div>', article(site / section.id / "index.html"), re.S)
        assert tags, f"/{section.id}/ shows no topics"
        titles = {t.id: t.title for t in GUIDE.topics.topics}
        shown = sorted(section.topics, key=lambda t: titles[t].casefold())  # alphabetical, as Material's tags
        assert re.findall(r'<a class="md-tag" href="([^"]+)">', tags.group(1)) == [f"../topics/#{t}" for t in shown]


def test_the_home_page_answers_common_questions_with_links_to_the_spot(site: Path) -> None:
    home = article(site / "index.html")
    block = re.search(r'<div class="rg-questions">(.*?)</div>', home, re.S)
    assert block, "the list of questions is missing"
    items = re.findall(r"<li>(.*?)</li>", block.group(1), re.S)
    assert len(items) == len(GUIDE.questions.questions)
    for item, question in zip(items, GUIDE.questions.questions, strict=True):
        assert visible_text(item).startswith(question.question)
        page = "" if question.answer.page == "index" else f"{question.answer.page}/"
        anchor = f"#{question.answer.anchor}" if question.answer.anchor else ""
        assert f'href="{page}{anchor}"' in item, item


def test_old_page_addresses_redirect_to_their_new_spot(site: Path) -> None:
    assert GUIDE.redirects.pages, "content/redirects.yml has no page redirect to exercise"
    for redirect in GUIDE.redirects.pages:
        stub = site / redirect.old / "index.html"
        page = "../" + ("" if redirect.new.page == "index" else f"{redirect.new.page}/")
        target = page + (f"#{redirect.new.anchor}" if redirect.new.anchor else "")
        assert redirect_targets(GUIDE)[redirect.old] == target
        assert stub.is_file(), f"no redirect at /{redirect.old}/"
        text = stub.read_text(encoding="utf-8")
        assert f'content="0; url={target}"' in text and f'<link rel="canonical" href="{target}">' in text, text
        assert f'location.replace("{page}" + (location.hash || "{target.removeprefix(page)}"))' in text, text


def test_every_page_has_a_unique_title_description_and_preview(site: Path) -> None:
    seen: dict[str, dict[str, Path]] = {key: {} for key in ("title", "description", "og:title", "og:url")}
    pages = [*page_files(site), site / "404.html"]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        meta = {
            html.unescape(k): html.unescape(v)
            for k, v in re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)"', text)
        }
        meta["title"] = html.unescape(re.search(r"<title>(.*?)</title>", text, re.S).group(1))
        for key in ("title", "description", "og:title", "og:description", "twitter:title", "twitter:description"):
            assert meta.get(key), f"{page}: {key} is missing"
        assert meta["og:title"] == meta["twitter:title"] and meta["og:description"] == meta["twitter:description"]
        canonical = re.search(r'<link rel="canonical" href="([^"]+)">', text)
        if page.name == "404.html":
            assert not canonical and meta.get("robots") == "noindex", "the 404 page must not be indexed"
        else:
            assert canonical and canonical.group(1) == page_url(site, page), page
            assert meta["og:url"] == canonical.group(1)
        for key, values in seen.items():
            # A search engine shows a page's description in its results; the 404 page is never among
            # them (noindex), and keeps the site's. Its link preview has a description of its own.
            if key in meta and not (key == "description" and page.name == "404.html"):
                assert meta[key] not in values, f"{page} and {values.get(meta[key])} share the {key} {meta[key]!r}"
                values[meta[key]] = page
    assert len(seen["title"]) == len(pages)


def test_the_sitemap_lists_every_page_and_nothing_else(site: Path) -> None:
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [e.text for e in ET.parse(site / "sitemap.xml").getroot().findall("s:url/s:loc", namespace)]
    assert sorted(page_url(site, p) for p in content_pages(site).values()) == sorted(locations)


def test_the_404_page_says_what_happened_and_offers_search_and_every_page(site: Path) -> None:
    text = (site / "404.html").read_text(encoding="utf-8")
    assert "<title>Page not found - " in text
    body = article(site / "404.html")
    assert "There is no page at this address" in visible_text(body)
    assert re.search(r'<form [^>]*role="search" action="/" method="get">', body)
    assert '<input id="rg-notfound-query" type="search" name="q"' in body
    links = re.findall(r'href="([^"]+)"', body)
    assert {f"/{s.id}/" for s in GUIDE.sections} | {"/", "/glossary/", "/topics/"} <= set(links)


def test_a_fork_sets_its_own_address(tmp_path: Path) -> None:
    """SITE_URL decides the canonical links, the preview image, the sitemap and the 404 page's links."""
    project = copy_project(tmp_path / "fork")
    result = run_cli("build", cwd=project, env={"SITE_URL": "https://example.org/guide/"})
    assert result.returncode == 0, result.stderr
    site = project / "site"
    metrics = (site / "metrics" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.org/guide/metrics/">' in metrics
    assert '<meta property="og:image" content="https://example.org/guide/assets/cards/metrics.png">' in metrics
    assert "<loc>https://example.org/guide/metrics/</loc>" in (site / "sitemap.xml").read_text(encoding="utf-8")
    missing = (site / "404.html").read_text(encoding="utf-8")
    assert 'action="/guide/"' in missing and 'href="/guide/metrics/"' in missing


def test_each_section_page_has_a_breadcrumb_with_its_own_name(site: Path) -> None:
    """navigation.path: Home, then the part of the guide (text: a part has no page of its own). The nav
    is called "Breadcrumb", apart from the main navigation (axe: landmark-unique)."""
    for part, sections in GUIDE.parts():
        for section in sections:
            text = (site / section.id / "index.html").read_text(encoding="utf-8")
            crumb = re.search(r'<nav class="md-path" aria-label="Breadcrumb"\s*>(.*?)</nav>', text, re.S)
            assert crumb, f"/{section.id}/ has no breadcrumb"
            items = [
                re.sub(r"<[^>]+>|\s+", " ", item).strip()
                for item in re.findall(r"<li[^>]*>(.*?)</li>", crumb.group(1), re.S)
            ]
            assert items == ["Home", part], f"/{section.id}/: {items}"
            assert re.findall(r'<a href="([^"]*)"', crumb.group(1)) == [".."], "only Home is a link"
    assert 'class="md-path"' not in (site / "index.html").read_text(encoding="utf-8"), "the home page needs none"
