"""The search aliases of every page (`search_aliases` in the content files): each names one page only,
and says something other than the page's own title (that, the search finds anyway)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ...problems import Loc, Problem


@dataclass(frozen=True)
class Aliased:
    """One page's aliases: the file and field that hold them, and the page's titles."""

    key: str
    loc: Loc
    aliases: list[str]
    titles: tuple[str, ...]


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def check_aliases(pages: Iterable[Aliased]) -> Iterator[Problem]:
    owner: dict[str, Aliased] = {}
    for page in pages:
        titles = {_folded(title) for title in page.titles}
        for i, alias in enumerate(page.aliases):
            folded, loc = _folded(alias), (*page.loc, i)
            if folded in titles:
                yield Problem(
                    page.key, loc, f"alias '{alias}' is the page's own title; an alias names it in other words"
                )
            elif folded in owner and owner[folded] is not page:
                other = owner[folded]
                yield Problem(
                    page.key, loc, f"alias '{alias}' also names a page of {other.key}; an alias leads to one page only"
                )
            elif folded in owner:
                yield Problem(page.key, loc, f"duplicate alias '{alias}': list it once")
            owner.setdefault(folded, page)
