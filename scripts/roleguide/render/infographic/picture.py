"""The infographic as a whole: the panels put together on one canvas.

Wide (1080 x 1350, the portrait size social networks and slides take): the headline and the two
roles, the lifecycle swimlane across the full width, then skills beside metrics and tools beside
career (pairs of about the same height), and the footer. Narrow (360 px wide, for phones): the same
panels in one column, in the order of the text version, as tall as they need. When the content is
shorter than the wide canvas, the space left over goes between the panels; when it is longer, the
canvas grows rather than cut anything off.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...model import Role
from .data import Panel, Picture
from .lanes import swimlane
from .lists import career, metrics, tools
from .panels import NARROW, WIDE, Spec, footer, headline, role_cards
from .scene import Block, Rect, Scene, Shape, Use, moved, r2, spread
from .venn import skills

__all__ = ["NARROW", "WIDE", "Spec", "compose"]

LEFT_SHARE = 0.5  # of the width, for the left panel of a pair
Builder = Callable[[Panel, tuple[Role, ...], float, float, float, Spec], Block]


def _pair(left: tuple[Builder, Panel], right: tuple[Builder, Panel], roles: tuple[Role, ...], spec: Spec) -> Block:
    """Two panels side by side, stretched to the same height; the shorter one opens up the space
    between its groups (spread()) rather than leave it all at the bottom."""
    left_w = round(spec.inner * LEFT_SHARE)
    right_w = spec.inner - left_w - spec.gap
    blocks = [
        left[0](left[1], roles, spec.margin, 0, left_w, spec),
        right[0](right[1], roles, spec.margin + left_w + spec.gap, 0, right_w, spec),
    ]
    height = max(b.height for b in blocks)
    shapes: list[Shape] = []
    for block in blocks:
        frame, *rest = spread(block, height, 2 * spec.gap)
        assert isinstance(frame, Rect)
        shapes += [Rect(frame.x, frame.y, frame.w, r2(height), frame.fill, rx=frame.rx), *rest]
    return Block(shapes, height)


def _rows(picture: Picture, spec: Spec) -> list[Block]:
    roles = picture.roles
    full = (spec.margin, 0.0, spec.inner)
    rows = [
        headline(picture, spec, 0),
        role_cards(picture, spec, 0),
        swimlane(picture.lifecycle, roles, full[0], 0, full[2], spec),
    ]
    panels = {
        "skills": (skills, picture.skills),
        "career": (career, picture.career),
        "tools": (tools, picture.tools),
        "metrics": (metrics, picture.metrics),
    }
    if spec.columns:  # paired by height: the circles beside the metrics, the chips beside the careers
        rows += [_pair(panels[a], panels[b], roles, spec) for a, b in (("skills", "metrics"), ("tools", "career"))]
    else:  # in the order of the text version
        rows += [build(data, roles, full[0], 0, full[2], spec) for build, data in panels.values()]
    rows.append(footer(picture, spec, 0))
    return rows


def _gaps(rows: Sequence[Block], spec: Spec) -> list[float]:
    """The space above each row after the first: spec.gap, plus an equal share of what the canvas
    has left over (at most three times the gap, so a short guide does not fall apart)."""
    natural = [spec.gap] * (len(rows) - 1)
    used = 2 * spec.margin + sum(r.height for r in rows) + sum(natural)
    if not spec.height or used >= spec.height:
        return natural
    extra = min((spec.height - used) / len(natural), 3 * spec.gap)
    return [gap + extra for gap in natural]


def compose(picture: Picture, spec: Spec) -> Scene:
    rows = _rows(picture, spec)
    gaps = [0.0, *_gaps(rows, spec)]
    shapes: list[Shape] = []
    y = spec.margin
    for row, gap in zip(rows, gaps, strict=True):
        y += gap
        shapes += [moved(s, 0, y) for s in row.shapes]
        y += row.height
    height = max(round(y + spec.margin), spec.height)
    used = sorted({s.icon for s in shapes if isinstance(s, Use)})
    return Scene(spec.name, spec.width, height, (Rect(0, 0, spec.width, height, "bg"), *shapes), tuple(used))
