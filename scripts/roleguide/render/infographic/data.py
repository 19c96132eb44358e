"""What the infographic shows, gathered from the guide: the sections and matrix rows that
content/infographic.yml points to, turned into plain values the layout can place.

Nothing here is written by hand: each text is a value of content/, and each level in the swimlane is
the level the ownership matrix gives that role in that row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from ...model import Guide, Role
from ...model.schema.ownership import LEVELS, Activity

LOOPBACK = ("localhost", "127.0.0.1", "::1", "0.0.0.0")


@dataclass(frozen=True)
class RoleFacts:
    """One role in one panel: its short caption (the section's label for it) and its facts."""

    caption: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Panel:
    heading: str
    section: str  # the section it comes from (its page id)
    roles: tuple[RoleFacts, ...]  # in role order
    shared: tuple[str, ...]  # what both roles share here


@dataclass(frozen=True)
class Bar:
    """What one role does in a run of neighbouring phases, at one level: a bar in its lane."""

    level: str  # decides, contributes or informed
    first: int  # index of the first phase it covers
    last: int  # index of the last phase it covers
    titles: tuple[str, ...]  # the matrix rows at that level, in the order infographic.yml lists them


@dataclass(frozen=True)
class Lifecycle:
    heading: str
    section: str
    phases: tuple[str, ...]
    lanes: tuple[tuple[Bar, ...], ...]  # one lane per role, in role order
    levels: dict[str, str]  # level -> its label in the matrix's legend


@dataclass(frozen=True)
class Picture:
    title: str
    summary: str
    roles: tuple[Role, ...]
    focus: tuple[str, ...]  # one line per role
    lifecycle: Lifecycle
    skills: Panel
    career: Panel
    tools: Panel
    metrics: Panel
    source: str
    site_name: str
    address: str | None


def display_address(site_url: str | None) -> str | None:
    """The published address as a reader would type it (no scheme, no trailing slash), or None for
    an address that only works on this machine (mkdocs serve, the default of mkdocs.yml)."""
    if not site_url:
        return None
    parts = urlsplit(site_url)
    if not parts.hostname or parts.hostname in LOOPBACK:
        return None
    return (parts.netloc + parts.path).rstrip("/")


def source_credit(guide: Guide) -> str:
    source = guide.site.source
    updated = f"{source.updated.day} {source.updated.strftime('%B %Y')}"
    return f"Source: \u201c{source.title}\u201d by {source.author}, updated {updated}"


def _panel(guide: Guide, heading: str, section_id: str) -> Panel:
    section = guide.section(section_id)
    roles = tuple(RoleFacts(section.roles[r.id].label, tuple(section.roles[r.id].facts)) for r in guide.roles)
    return Panel(heading, section_id, roles, tuple(section.shared.facts))


def _runs(indexes: Sequence[int]) -> list[tuple[int, int]]:
    """Neighbouring phase indexes joined into (first, last) runs: [0, 1, 3] -> [(0, 1), (3, 3)]."""
    runs: list[tuple[int, int]] = []
    for i in sorted(indexes):
        if runs and i == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _lane(role: Role, rows: Sequence[tuple[Activity, Sequence[int]]]) -> tuple[Bar, ...]:
    """A role's bars: per level (in the legend's order), per run of phases, the rows at that level."""
    bars: list[Bar] = []
    for level in LEVELS:
        spans: dict[tuple[int, int], list[str]] = {}
        for activity, indexes in rows:
            if activity.roles.get(role.id) == level:
                for run in _runs(indexes):
                    spans.setdefault(run, []).append(activity.title)
        bars += [Bar(level, first, last, tuple(titles)) for (first, last), titles in sorted(spans.items())]
    return tuple(bars)


def _lifecycle(guide: Guide) -> Lifecycle:
    spec = guide.infographic.lifecycle
    phases = tuple(guide.section(spec.section).shared.facts)
    activities = {a.id: a for group in guide.ownership.groups for a in group.activities}
    rows = [(activities[row.activity], [phases.index(p) for p in row.phases]) for row in spec.rows]
    legend = guide.ownership.legend
    levels: dict[str, str] = {level: getattr(legend, level).label for level in LEVELS}
    return Lifecycle(spec.heading, spec.section, phases, tuple(_lane(r, rows) for r in guide.roles), levels)


def picture(guide: Guide, site_url: str | None = None) -> Picture:
    spec = guide.infographic
    focus = guide.section(spec.focus)
    return Picture(
        title=guide.site.title,
        summary=guide.site.in_short,
        roles=tuple(guide.roles),
        focus=tuple(focus.roles[r.id].label for r in guide.roles),
        lifecycle=_lifecycle(guide),
        skills=_panel(guide, spec.skills.heading, spec.skills.section),
        career=_panel(guide, spec.career.heading, spec.career.section),
        tools=_panel(guide, spec.tools.heading, spec.tools.section),
        metrics=_panel(guide, spec.metrics.heading, spec.metrics.section),
        source=source_credit(guide),
        site_name=guide.site.site_name,
        address=display_address(site_url),
    )
