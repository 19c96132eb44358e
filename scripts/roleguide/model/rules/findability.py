"""Every linkable spot of the site, and the cross-file rules of the files that point at spots or
help find them: glossary.yml, topics.yml, questions.yml and redirects.yml.

site_anchors() lists, page by page, the anchors the templates write: the h1 (`top`), fixed headings,
and one anchor per id from content/. The build tests check the built HTML against this list both
ways, so it cannot drift from the templates unnoticed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ...problems import Problem
from ..pages import (
    ASSESSMENT_PAGE_ID,
    CHARTER_PAGE_ID,
    COMPARISON_ANCHOR,
    COMPARISON_PAGE,
    GLOSSARY_PAGE,
    HIRING_DIR,
    HOME_PAGE,
    INFOGRAPHIC_PAGE,
    OWNERSHIP_PAGE_ID,
    SHARED_ANCHOR,
    TOPICS_PAGE,
    hiring_anchors,
    hiring_page,
)
from ..schema.files import ComparisonFile, GuideFile, Part, SectionFile, grouped
from ..schema.hiring import HiringFile
from ..schema.ownership import OwnershipFile
from ..schema.questions import QuestionsFile
from ..schema.redirects import RedirectsFile
from ..schema.topics import TopicsFile
from .aliases import Aliased, check_aliases
from .glossary import Entry, check_glossary, entries
from .links import check_spot
from .questions import check_questions
from .redirects import check_redirects
from .topics import check_topics

TOP = "top"
# The headings of the home page (templates/home.md), in page order.
HOME_ANCHORS = ("top", "roles", "questions", "sections", "at-a-glance", "your-fit", "look-up", "source")
# The infographic page (templates/infographic.md): its text version, and one heading per panel.
INFOGRAPHIC_TEXT = "as-text"
INFOGRAPHIC_PANELS = ("roles", "lifecycle", "skills", "career", "tools", "metrics")
# Pages a section may not take the address of: these are generated from other files.
RESERVED_PAGES = {HOME_PAGE: "the home page", GLOSSARY_PAGE: "the glossary", TOPICS_PAGE: "the topics page"}


def _listed(parts: Iterable[Part]) -> Iterator[str]:
    """Section ids in reading order, through groups nested in groups where the model has them."""
    for part in parts:
        yield from part.sections
        yield from _listed(getattr(part, "parts", ()))


def in_reading_order(site: GuideFile, sections: Iterable[SectionFile]) -> list[SectionFile]:
    by_id = {s.id: s for s in sections}
    listed = [by_id[sid] for sid in _listed(site.parts) if sid in by_id]
    return listed + [s for s in by_id.values() if s not in listed]


def site_anchors(
    site: GuideFile,
    sections: Iterable[SectionFile],
    comparison: ComparisonFile,
    ownership: OwnershipFile,
    hiring: HiringFile,
    glossary: list[Entry],
    topics: TopicsFile,
) -> dict[str, list[str]]:
    """Each page id with every anchor on its page, pages in navigation order."""
    role_ids = [r.id for r in site.roles]
    compared = {a.section for a in comparison.aspects}
    anchors: dict[str, list[str]] = {HOME_PAGE: list(HOME_ANCHORS)}
    for section in in_reading_order(site, sections):
        extra = [COMPARISON_ANCHOR] if section.id in compared else []
        anchors[section.id] = [TOP, *role_ids, SHARED_ANCHOR, *extra]
    anchors[COMPARISON_PAGE] = [TOP, *(a.id for _, aspects in grouped(comparison) for a in aspects)]
    panels = [f"{INFOGRAPHIC_TEXT}-{panel}" for panel in INFOGRAPHIC_PANELS]
    anchors[INFOGRAPHIC_PAGE] = [TOP, INFOGRAPHIC_TEXT, *panels]
    anchors[ASSESSMENT_PAGE_ID] = [TOP]
    rows = [[g.id, *(a.id for a in g.activities)] for g in ownership.groups]
    anchors[OWNERSHIP_PAGE_ID] = [TOP, "legend", *(anchor for group in rows for anchor in group)]
    anchors[CHARTER_PAGE_ID] = [TOP]  # the pages in the order of the navigation
    anchors[HIRING_DIR] = [TOP]
    for role_id in role_ids:
        anchors[hiring_page(role_id)] = hiring_anchors([part.id for part in hiring.ad])
    anchors[GLOSSARY_PAGE] = [TOP, *(e.id for e in glossary)]
    anchors[TOPICS_PAGE] = [TOP, *(t.id for t in topics.topics)]
    return anchors


def first_section(site: GuideFile) -> str | None:
    return next(_listed(site.parts), None)


def check_findability(files: Mapping[str, tuple[str, Any]], sections: Mapping[str, SectionFile]) -> list[Problem]:
    """The cross-file rules of glossary.yml, topics.yml, questions.yml and redirects.yml."""
    site = files["guide"][1]
    ckey, comparison = files["comparison"]
    glossary_key, glossary = files["glossary"]
    topics_key, topics = files["topics"]
    problems = [
        Problem(key, ("id",), f"section id '{s.id}' is the address of {RESERVED_PAGES[s.id]}; choose another id")
        for key, s in sections.items()
        if s.id in RESERVED_PAGES
    ]
    problems += check_topics(topics_key, topics, ckey, comparison, sections)
    content = {key: model for key, model in files.values()} | dict(sections)
    problems += check_glossary(glossary_key, glossary, site, content)
    glossary_entries = entries(site, glossary, first_section(site))
    ownership, hiring = files["ownership"][1], files["hiring"][1]
    anchors = site_anchors(site, sections.values(), comparison, ownership, hiring, glossary_entries, topics)
    for i, term in enumerate(glossary.terms):
        if term.see is not None:
            problems += check_spot(glossary_key, ("terms", i, "see"), term.see, anchors)
    questions: tuple[str, QuestionsFile] = files["questions"]
    problems += check_questions(*questions, anchors)
    redirects: tuple[str, RedirectsFile] = files["redirects"]
    problems += check_redirects(*redirects, anchors)
    problems += check_aliases(aliased(files, sections))
    return problems


def aliased(files: Mapping[str, tuple[str, Any]], sections: Mapping[str, SectionFile]) -> Iterator[Aliased]:
    """Every page's search aliases, with its titles: the pages of the single files, of each hiring
    role and of each section."""
    for kind, (key, model) in files.items():
        if hasattr(model, "search_aliases"):
            titles = tuple(
                getattr(model, name) for name in ("title", "nav_title") if isinstance(getattr(model, name, None), str)
            )
            yield Aliased(key, ("search_aliases",), model.search_aliases, titles)
        if kind == "hiring":
            for role_id, role in model.roles.items():
                yield Aliased(key, ("roles", role_id, "search_aliases"), role.search_aliases, (role.nav_title,))
    for key, section in sections.items():
        yield Aliased(key, ("search_aliases",), section.search_aliases, (section.title, section.nav_title))
