"""The lifecycle swimlane: the phases across, one lane per role, and in each lane a bar per level
(decides, contributes, kept informed) over the phases it holds in, naming the rows of the ownership
matrix at that level. Each bar says its level in words and with a pictogram, and each level has its
own fill (solid, tinted, dashed outline), so colour is never the only cue.

Wide, the phases are columns and a bar spans the columns it covers. Narrow, the phases are listed
once as chips and each bar says in words which phases it covers. No arrow joins the phases: the
source lists them, it does not order them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Role
from . import fonts, icons
from .blocks import ChipStyle, chips, labelled
from .data import Bar, Lifecycle
from .panels import Spec, framed, panel
from .scene import Block, Frame, Rect, Shape, Text, Use, line_height, paragraph, r2

LABEL_COLUMN = 112  # wide: the lane's role name, left of the phase columns


@dataclass(frozen=True)
class _Style:
    fill: str
    stroke: str | None
    ink: str
    dashed: bool = False


def _style(level: str, role: Role) -> _Style:
    if level == "decides":
        return _Style(role.id, None, "on-role")
    if level == "contributes":
        return _Style(f"{role.id}-soft", f"{role.id}-tag", "ink")
    return _Style("bg", "rule", "muted", dashed=True)


def _everywhere(bar: Bar, life: Lifecycle) -> bool:
    return bar.first == 0 and bar.last == len(life.phases) - 1


def coverage(bar: Bar, phases: tuple[str, ...]) -> str:
    """Which phases a bar covers, in words (the narrow drawing has no columns to show it)."""
    return "Only in " + ", ".join(phases[bar.first : bar.last + 1])


def _phase_list(life: Lifecycle, x: float, top: float, width: float, size: float, shapes: list[Shape]) -> float:
    """Narrow: the phases once, as chips with their pictograms, and what a bar without a note covers."""
    y = top
    style = ChipStyle(size, "bg", "rule", "ink", weight=fonts.BOLD)
    placed = chips(life.phases, x, y, width, style, icons=[icons.phase_icon(p) for p in life.phases])
    shapes += placed.shapes
    y += placed.height + 6
    count = len(life.phases)
    note = f"A bar covers all {count} phases unless it names the ones it covers." if count > 1 else ""
    if note:
        text = paragraph(note, x, y, width, size, fonts.REGULAR, "muted", "panel")
        shapes += text.shapes
        y += text.height
    return y + 10


def _bar(bar: Bar, role: Role, label: str, x: float, top: float, width: float, size: float, note: str | None) -> Block:
    """One bar: its pictogram, its level in bold and the rows, wrapped to the bar's width."""
    style = _style(bar.level, role)
    pad, icon = 10, round(size * 1.2)
    text_x = x + pad + icon + 8
    inner = x + width - pad - text_x
    inks = (style.ink, style.ink)
    body = labelled(f"{label}:", " \u00b7 ".join(bar.titles), text_x, top + 4, inner, size, inks, style.fill)
    texts = [s for s in body.shapes if isinstance(s, Text)]
    y = top + 4 + body.height
    if note:
        more = paragraph(note, text_x, y, inner, size, fonts.REGULAR, style.ink, style.fill)
        texts += [t for t in more.shapes if isinstance(t, Text)]
        y += more.height
    height = y + 4 - top
    frame = Frame(r2(x), r2(top), r2(width), r2(height))
    texts = [Text(t.x, t.y, t.text, t.size, t.weight, t.ink, t.bg, frame) for t in texts]
    lh = line_height(size)
    mark = Use(icons.LEVELS[bar.level], r2(x + pad), r2(top + 4 + (lh - icon) / 2), icon, style.ink, style.fill)
    box = Rect(r2(x), r2(top), r2(width), r2(height), style.fill, style.stroke, 8, style.dashed)
    return Block([box, mark, *texts], height)


def _rows(lane: tuple[Bar, ...]) -> list[list[Bar]]:
    """Bars of one level that cover different phases share a row (the first row they fit in);
    each level starts a row of its own."""
    rows: list[list[Bar]] = []
    start = 0
    for bar in lane:
        if rows and rows[-1][0].level != bar.level:
            start = len(rows)
        free = next(
            (row for row in rows[start:] if all(bar.last < b.first or b.last < bar.first for b in row)),
            None,
        )
        if free is None:
            rows.append([bar])
        else:
            free.append(bar)
    return rows


def _lane_label(role: Role, x: float, top: float, width: float, spec: Spec) -> Block:
    stripe = Rect(r2(x), r2(top), 6, 0, role.id, rx=3)
    name = paragraph(role.short, x + 14, top, width - 14, spec.heading, fonts.BOLD, f"{role.id}-tag", "panel")
    return Block([stripe, *name.shapes], name.height)


def _with_height(stripe: Shape, height: float) -> Shape:
    assert isinstance(stripe, Rect)
    return Rect(stripe.x, stripe.y, stripe.w, r2(height), stripe.fill, rx=stripe.rx)


def swimlane(life: Lifecycle, roles: tuple[Role, ...], x: float, top: float, width: float, spec: Spec) -> Block:
    shapes, y = panel(icons.PANELS["lifecycle"], life.heading, x, top, width, spec)
    inner_x, inner_w = x + spec.pad, width - 2 * spec.pad
    size = spec.body
    if spec.columns:
        grid_x = inner_x + LABEL_COLUMN
        column = (inner_w - LABEL_COLUMN) / len(life.phases)
        head = line_height(size) + 10
        columns_at = len(shapes)
        for i, phase in enumerate(life.phases):
            cx = grid_x + i * column
            icon = round(size * 1.2)
            w = fonts.text_width(phase, size, fonts.BOLD)
            fits = icon + 6 + w <= column - 16
            text = paragraph(phase, cx + 8 + (icon + 6 if fits else 0), y + 5, column - 16 - (icon + 6 if fits else 0),
                             size, fonts.BOLD, "ink", "bg", align="middle")  # fmt: skip
            left = min(t.x for t in text.shapes if isinstance(t, Text))
            if fits:
                shapes.append(
                    Use(
                        icons.phase_icon(phase),
                        r2(left - icon - 6),
                        r2(y + 5 + (line_height(size) - icon) / 2),
                        icon,
                        "ink",
                        "bg",
                    )
                )
            shapes += text.shapes
            head = max(head, text.height + 10)
        y += head + 6
        lanes_top = y
        for role, lane in zip(roles, life.lanes, strict=True):
            label = _lane_label(role, inner_x, y, LABEL_COLUMN - 12, spec)
            lane_top = y
            for row in _rows(lane):
                blocks = [
                    _bar(bar, role, life.levels[bar.level], grid_x + bar.first * column + 4, y,
                         (bar.last - bar.first + 1) * column - 8, size, None)
                    for bar in row
                ]  # fmt: skip
                shapes += [shape for block in blocks for shape in block.shapes]
                y += max(block.height for block in blocks) + 5
            height = max(y - 5 - lane_top, label.height)
            shapes += [_with_height(label.shapes[0], height), *label.shapes[1:]]
            y = lane_top + height + 12
        y -= 12
        backdrop = [
            Rect(
                r2(grid_x + i * column + 2),
                r2(lanes_top - head - 6),
                r2(column - 4),
                r2(y - lanes_top + head + 12),
                "bg",
                rx=8,
            )
            for i in range(len(life.phases))
        ]
        shapes[columns_at:columns_at] = backdrop
    else:
        y = _phase_list(life, inner_x, y, inner_w, size, shapes)
        for role, lane in zip(roles, life.lanes, strict=True):
            label = _lane_label(role, inner_x, y, inner_w, spec)
            shapes += [_with_height(label.shapes[0], label.height), *label.shapes[1:]]
            y += label.height + 6
            for bar in lane:
                note = None if _everywhere(bar, life) else coverage(bar, life.phases)
                block = _bar(bar, role, life.levels[bar.level], inner_x, y, inner_w, size, note)
                shapes += block.shapes
                y += block.height + 5
            y += 7
        y -= 12
    height = y + spec.pad - top
    return Block(framed(shapes, x, top, width, height), height)
