"""The glossary's entries and rules: the rule that every abbreviation in the text of content/ is
defined (so every page can show what it stands for), and ids and abbreviations that must be unique.

The two roles are glossary entries too, made from content/guide.yml (name, short name, summary), so
that nothing is typed twice.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ...problems import Loc, Problem, duplicates
from ..schema.files import GuideFile, Role
from ..schema.glossary import ABBREVIATION, GlossaryFile
from ..schema.links import Spot

# Anchors the glossary page uses itself.
GLOSSARY_ANCHORS = frozenset({"top"})


@dataclass(frozen=True)
class Entry:
    """One line of the glossary: a term from glossary.yml, or one of the two roles."""

    id: str
    term: str
    abbreviation: str | None
    plural: str | None
    definition: str
    see: Spot | None

    @property
    def heading(self) -> str:
        return f"{self.abbreviation}: {self.term}" if self.abbreviation else self.term

    @property
    def sort_key(self) -> str:
        return self.heading.casefold()


def role_entry(role: Role, overview: str | None) -> Entry:
    see = Spot(page=overview, anchor=role.id) if overview else None
    return Entry(role.id, role.name, role.short, f"{role.name}s", role.summary, see)


def entries(site: GuideFile, glossary: GlossaryFile, overview: str | None) -> list[Entry]:
    """Every entry of the glossary in alphabetical order of what its heading shows.
    `overview` is the id of the first section, where each role's entry points."""
    terms = [Entry(t.id, t.term, t.abbreviation, t.plural, t.definition, t.see) for t in glossary.terms]
    return sorted([*(role_entry(r, overview) for r in site.roles), *terms], key=lambda e: e.sort_key)


# Fields whose text no page shows: search aliases are searched, never read (rules/aliases.py).
UNSHOWN = ("search_aliases",)


def texts(value: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Every piece of text that a page shows, in a validated model, with its field path."""
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if name not in UNSHOWN:
                yield from texts(getattr(value, name), (*loc, name))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from texts(item, (*loc, i))
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from texts(item, (*loc, name))


def check_glossary(
    key: str, glossary: GlossaryFile, site: GuideFile, content: Mapping[str, BaseModel]
) -> Iterator[Problem]:
    """Ids and abbreviations are unique (roles included), and every abbreviation that any content
    file uses is defined. `content` maps each file key to its model."""
    terms = glossary.terms
    roles = {r.id for r in site.roles}
    yield from duplicates(key, ((("terms", i, "id"), t.id) for i, t in enumerate(terms)), "term id")
    shorts = {r.short: r for r in site.roles}
    for i, term in enumerate(terms):
        if term.id in roles or term.id in GLOSSARY_ANCHORS:
            yield Problem(key, ("terms", i, "id"), f"id '{term.id}' is taken by a role or the page; choose another")
        if term.abbreviation in shorts:
            yield Problem(
                key,
                ("terms", i, "abbreviation"),
                f"'{term.abbreviation}' is the short name of the role '{shorts[term.abbreviation].id}', which the "
                "glossary lists already (from guide.yml); remove this term",
            )
        if term.plural and not term.abbreviation:
            yield Problem(key, ("terms", i, "plural"), "a plural is only used with an abbreviation; remove it")
    abbreviations = [(("terms", i, "abbreviation"), t.abbreviation) for i, t in enumerate(terms) if t.abbreviation]
    yield from duplicates(key, abbreviations, "abbreviation")
    defined = {t.abbreviation: t.plural for t in terms if t.abbreviation}
    defined.update({r.short: f"{r.name}s" for r in site.roles})
    for file_key, model in content.items():
        yield from _undefined(file_key, model, defined, key)


def _undefined(file_key: str, model: BaseModel, defined: Mapping[str, str | None], gkey: str) -> Iterator[Problem]:
    for loc, text in texts(model):
        seen: set[str] = set()
        for match in ABBREVIATION.finditer(text):
            word, base, plural = match.group(0), match.group(1), match.group(2)
            if word in seen:
                continue
            seen.add(word)
            if base not in defined:
                yield Problem(
                    file_key,
                    loc,
                    f"'{base}' looks like an abbreviation, and {gkey} does not define it: add a term with "
                    f"'abbreviation: {base}' (every page explains it on hover), or write it out",
                )
            elif plural and not defined[base]:
                yield Problem(
                    file_key,
                    loc,
                    f"'{word}' is the plural of {base}: give that term in {gkey} a 'plural:' (the term in the "
                    "plural), so the explanation on hover reads right",
                )
