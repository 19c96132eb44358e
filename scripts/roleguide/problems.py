"""What every content rule reports, and the checks that many rules share.

The lowest layer of the package: it imports nothing from roleguide. The model's rules yield Problems
(file key, field path, what to do); the loader adds the file name and the YAML line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

Loc = tuple[str | int, ...]
"""A field path inside one file, for example ("aspects", 3, "cells")."""


@dataclass(frozen=True)
class Problem:
    """A content mistake that spans files: where it is (file key, field path) and what to do."""

    key: str
    loc: Loc
    message: str


def duplicates(key: str, items: Iterable[tuple[Loc, str]], what: str) -> Iterator[Problem]:
    """Every repeat of a value after its first, at the field path of the repeat."""
    items = list(items)
    counts = Counter(value for _, value in items)
    seen: set[str] = set()
    for loc, value in items:
        if counts[value] > 1 and value in seen:
            yield Problem(key, loc, f"duplicate {what} '{value}': every {what} must be unique, rename one")
        seen.add(value)


def expected_keys(
    key: str, loc: Loc, found: Mapping[str, object], keys: list[str], what: str, add: str, unknown: str = ""
) -> Iterator[Problem]:
    """One entry per name in `keys`, and no other. `add` says how to add a missing one ({} is its name);
    `unknown` names an entry that should not be there (default: `what`)."""
    for name in keys:
        if name not in found:
            yield Problem(key, loc, f"missing the {what} '{name}': {add.format(name)}")
    for name in found:
        if name not in keys:
            yield Problem(key, (*loc, name), f"unknown {unknown or what} '{name}'; use one of: {', '.join(keys)}")


def role_keys(key: str, loc: Loc, blocks: Mapping[str, object], role_ids: list[str]) -> Iterator[Problem]:
    """One block per role id, keyed by it, and no block for anything else."""
    return expected_keys(key, loc, blocks, role_ids, "block for role", "add a '{}:' entry", unknown="role")
