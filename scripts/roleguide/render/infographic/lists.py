"""The panels that list each role's facts: where each career can lead (parallel destinations that
branch from the role, not rungs of a ladder), tools and methods (chips), and how success is
measured (a pictogram for each metric)."""

from __future__ import annotations

from ...model import Role
from . import fonts, icons
from .blocks import ChipStyle, chip, chips, labelled, pictogram_row
from .data import Panel
from .panels import Spec, framed, panel
from .scene import Block, Line, r2
from .scene import moved as shift

BRANCH = 36  # px of line between a role and its destinations
BOTH = "Both:"


def _caption(role: Role, caption: str, x: float, top: float, width: float, spec: Spec) -> Block:
    return labelled(role.short, caption, x, top, width, spec.body, (f"{role.id}-tag", "ink"), "panel")


def career(data: Panel, roles: tuple[Role, ...], x: float, top: float, width: float, spec: Spec) -> Block:
    """For each role, its destinations side by side in a fan: every one branches from the role itself."""
    shapes, y = panel(icons.PANELS["career"], data.heading, x, top, width, spec)
    inner_x, inner_w = x + spec.pad, width - 2 * spec.pad
    breaks: list[float] = []
    for i, (role, facts) in enumerate(zip(roles, data.roles, strict=True)):
        caption = _caption(role, facts.caption, inner_x, y, inner_w, spec)
        shapes += caption.shapes
        y += caption.height + 6
        origin = ChipStyle(spec.chip, role.id, None, "on-role", weight=fonts.BOLD, pad=10)
        pill, pill_w, pill_h = chip(role.short, 0, 0, inner_w / 3, origin)
        start = inner_x + pill_w + BRANCH
        style = ChipStyle(spec.chip, f"{role.id}-soft", f"{role.id}-tag", "ink", icons.DESTINATION, f"{role.id}-tag")
        ends: list[tuple[float, float]] = []
        stack_top, placed = y, []
        for title in facts.items:
            destination, _, h = chip(title, start, y, inner_x + inner_w - start, style)
            placed += destination
            ends.append((start, y + h / 2))
            y += h + 6
        y -= 6
        oy = (stack_top + y) / 2
        ox = inner_x + pill_w
        lines = [Line(r2(ox), r2(oy), r2(ex), r2(ey), f"{role.id}-tag") for ex, ey in ends]
        moved = []
        for s in pill:  # the role's pill, centred on its destinations
            moved.append(shift(s, inner_x, oy - pill_h / 2))
        shapes += [*lines, *moved, *placed]
        if i < len(roles) - 1:
            y += spec.gap
            breaks.append(y - 1)
    height = y + spec.pad - top
    return Block(framed(shapes, x, top, width, height), height, breaks)


def tools(data: Panel, roles: tuple[Role, ...], x: float, top: float, width: float, spec: Spec) -> Block:
    """Each role's tools and methods as chips, and those both use."""
    shapes, y = panel(icons.PANELS["tools"], data.heading, x, top, width, spec)
    inner_x, inner_w = x + spec.pad, width - 2 * spec.pad
    breaks: list[float] = []
    for role, facts in zip(roles, data.roles, strict=True):
        if role is not roles[0]:
            breaks.append(y - 1)
        caption = _caption(role, facts.caption, inner_x, y, inner_w, spec)
        shapes += caption.shapes
        y += caption.height + 6
        style = ChipStyle(spec.chip, f"{role.id}-soft", f"{role.id}-tag", "ink")
        placed = chips(facts.items, inner_x, y, inner_w, style)
        shapes += placed.shapes
        y += placed.height + spec.gap
    if data.shared:  # "Both:" and the chips on one row, as long as the first chip fits beside it
        breaks.append(y - 1)
        head = labelled(BOTH, "", inner_x, y + 4, inner_w, spec.body, ("ink", "ink"), "panel")
        lead = fonts.text_width(BOTH, spec.body, fonts.BOLD) + 10
        style = ChipStyle(spec.chip, "both", "rule", "ink", dashed=True)
        placed = chips(data.shared, inner_x + lead, y, inner_w - lead, style)
        shapes += [*head.shapes, *placed.shapes]
        y += max(placed.height, head.height + 4) + spec.gap
    height = y - spec.gap + spec.pad - top
    return Block(framed(shapes, x, top, width, height), height, breaks)


def metrics(data: Panel, roles: tuple[Role, ...], x: float, top: float, width: float, spec: Spec) -> Block:
    """Each role's metrics, each after a pictogram of what it measures."""
    shapes, y = panel(icons.PANELS["metrics"], data.heading, x, top, width, spec)
    inner_x, inner_w = x + spec.pad, width - 2 * spec.pad
    breaks: list[float] = []
    rows = [
        (role, facts.caption, facts.items, f"{role.id}-soft", f"{role.id}-tag")
        for role, facts in zip(roles, data.roles, strict=True)
    ]
    for role, caption_text, items, badge, mark in rows:
        if role is not roles[0]:
            breaks.append(y - 1)
        caption = _caption(role, caption_text, inner_x, y, inner_w, spec)
        shapes += caption.shapes
        y += caption.height + 6
        for item in items:
            row = pictogram_row(
                icons.metric_icon(item), item, inner_x, y, inner_w, spec.body, "ink", "panel", badge, mark
            )
            shapes += row.shapes
            y += row.height + 4
        y += spec.gap - 4
    if data.shared:
        breaks.append(y - 1)
    for item in data.shared:
        row = pictogram_row(
            icons.metric_icon(item), item, inner_x, y, inner_w, spec.body, "ink", "panel", "both", "ink", BOTH
        )
        shapes += row.shapes
        y += row.height + 4
    y += spec.gap - 4 if data.shared else 0
    height = y - spec.gap + spec.pad - top
    return Block(framed(shapes, x, top, width, height), height, breaks)
