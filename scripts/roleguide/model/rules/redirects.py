"""The rules of content/redirects.yml: a source is not live, a target is live, nothing is
redirected twice, so a redirect never leads to another redirect (no chains, no loops)."""

from __future__ import annotations

from collections.abc import Iterator

from ...problems import Problem, duplicates
from ..schema.redirects import RedirectsFile
from .links import Anchors, check_spot


def check_redirects(key: str, file: RedirectsFile, anchors: Anchors) -> Iterator[Problem]:
    """Sources are not live, targets are live, and nothing is redirected twice."""
    old_pages = {r.old: r.new for r in file.pages}
    old_anchors = {(r.page, r.old): r.new for r in file.anchors}
    yield from duplicates(key, ((("pages", i, "from"), r.old) for i, r in enumerate(file.pages)), "old page")
    pairs = ((("anchors", i, "from"), f"{r.page}#{r.old}") for i, r in enumerate(file.anchors))
    yield from duplicates(key, pairs, "old anchor")
    for i, redirect in enumerate(file.pages):
        if redirect.old in anchors:
            yield Problem(
                key,
                ("pages", i, "from"),
                f"the page '{redirect.old}' is live: a redirect would hide it; remove the redirect or fix the id",
            )
        target = redirect.new
        if target.page == redirect.old:
            yield Problem(key, ("pages", i, "to", "page"), "the redirect leads to itself: give the page it moved to")
        elif target.page in old_pages:
            yield Problem(
                key,
                ("pages", i, "to", "page"),
                f"'{target.page}' is itself redirected to {old_pages[target.page]}: point straight at that",
            )
        elif target.anchor and (target.page, target.anchor) in old_anchors:
            new = old_anchors[target.page, target.anchor]
            yield Problem(
                key,
                ("pages", i, "to", "anchor"),
                f"'{target.anchor}' is itself redirected to '{new}': point straight at '{new}'",
            )
        else:
            yield from check_spot(key, ("pages", i, "to"), target, anchors)
    for i, moved_anchor in enumerate(file.anchors):
        loc = ("anchors", i)
        if moved_anchor.page not in anchors:
            moved = f" (it is redirected to {old_pages[moved_anchor.page]}: put the old anchor there)"
            yield Problem(
                key,
                (*loc, "page"),
                f"no live page has id '{moved_anchor.page}'{moved if moved_anchor.page in old_pages else ''}; "
                f"use one of: {', '.join(anchors)}",
            )
            continue
        live = anchors[moved_anchor.page]
        if moved_anchor.old in live:
            yield Problem(
                key,
                (*loc, "from"),
                f"'{moved_anchor.old}' is a live anchor of '{moved_anchor.page}': a redirect would take readers away "
                "from it; remove the redirect or fix the id",
            )
        if moved_anchor.new == moved_anchor.old:
            yield Problem(key, (*loc, "to"), "the redirect leads to itself: give the anchor it moved to")
        elif (moved_anchor.page, moved_anchor.new) in old_anchors:
            new = old_anchors[moved_anchor.page, moved_anchor.new]
            yield Problem(
                key, (*loc, "to"), f"'{moved_anchor.new}' is itself redirected to '{new}': point straight at '{new}'"
            )
        elif moved_anchor.new not in live:
            yield Problem(
                key,
                (*loc, "to"),
                f"the page '{moved_anchor.page}' has no anchor '{moved_anchor.new}'; use one of: {', '.join(live)}",
            )
