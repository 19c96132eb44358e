"""The rules that tie content/ownership.yml to the rest of the guide: roles and sections that must
exist, anchors that must be unique on the page, one owner per row."""

from __future__ import annotations

from collections.abc import Iterator

from ...problems import Loc, Problem, duplicates, role_keys
from ..schema.ownership import OwnershipFile
from .links import LinkTargets, check_link

# Anchors the page template uses itself; a group or activity id may not take one of them.
PAGE_ANCHORS = frozenset({"top", "legend"})


def check_ownership(key: str, file: OwnershipFile, role_ids: list[str], targets: LinkTargets) -> Iterator[Problem]:
    """Cross-file rules of content/ownership.yml, as Problems (file key, field path, what to do)."""
    anchors: list[tuple[Loc, str]] = []  # in the order of the file, so the later one is reported
    for i, group in enumerate(file.groups):
        anchors.append((("groups", i, "id"), group.id))
        anchors += [(("groups", i, "activities", j, "id"), a.id) for j, a in enumerate(group.activities)]
    yield from duplicates(key, anchors, "group or activity id")
    for loc, anchor in anchors:
        if anchor in PAGE_ANCHORS:
            yield Problem(key, loc, f"id '{anchor}' is reserved on this page; choose another")
    for i, group in enumerate(file.groups):
        for j, activity in enumerate(group.activities):
            loc = ("groups", i, "activities", j)
            yield from role_keys(key, (*loc, "roles"), activity.roles, role_ids)
            levels = [activity.roles[r] for r in role_ids if r in activity.roles]
            if levels and "decides" not in levels and "contributes" not in levels:
                yield Problem(
                    key, (*loc, "roles"), "no role decides or contributes: a row needs a role that acts on it"
                )
            if levels.count("decides") > 1:
                yield Problem(
                    key,
                    (*loc, "roles"),
                    "more than one role decides: the matrix gives each row one owner; make the other 'contributes'",
                )
            yield from check_link(key, (*loc, "source"), activity.source, targets)
