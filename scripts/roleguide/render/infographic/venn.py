"""Skills, own and shared: two overlapping circles, one per role. Each role's own skills sit in the
part of its circle outside the other; the skills both need sit in the overlap. Each part is labelled
with words (the role's short name, or "Both"), so colour is never the only cue.

Side by side in the wide drawing, one above the other in the narrow one. Every line is fitted to the
part of the circle it sits in, by the font's metrics (blocks.fit_region).
"""

from __future__ import annotations

from ...model import Role
from . import fonts, icons
from .blocks import Run, circle_frame, fit_region, labelled
from .data import Panel
from .panels import Spec, framed, panel
from .scene import Block, Circle, Lens, Shape, r2, region_span

BOTH = "Both"
EDGE = 8  # px between a line of text and the edge of its part
# Distances between the centres, as a multiple of the radius, tried in turn until every part fits.
SPREADS = (1.12, 1.0, 1.25, 0.9, 1.4, 1.55)


def _runs(label: str, ink: str, items: tuple[str, ...], spec: Spec) -> list[Run]:
    return [Run(label, spec.body, fonts.BOLD, ink), *(Run(item, spec.body, fonts.REGULAR, "ink") for item in items)]


def _diagram(
    data: Panel,
    roles: tuple[Role, ...],
    x: float,
    top: float,
    width: float,
    spec: Spec,
    across: bool,
    spread: float,
    labels_only: bool = False,
) -> tuple[list[Shape], float] | None:
    first, second = roles
    if across:  # side by side: 2r + spread * r = width
        r = width / (2 + spread)
        a = Circle(r2(x + r), r2(top + r), r2(r), f"{first.id}-soft", f"{first.id}-tag")
        b = Circle(r2(x + r + spread * r), r2(top + r), r2(r), f"{second.id}-soft", f"{second.id}-tag")
        height = 2 * r
    else:  # one above the other, as wide as the panel
        r = width / 2
        a = Circle(r2(x + r), r2(top + r), r2(r), f"{first.id}-soft", f"{first.id}-tag")
        b = Circle(r2(x + r), r2(top + r + spread * r), r2(r), f"{second.id}-soft", f"{second.id}-tag")
        height = 2 * r + spread * r
    lens = Lens(a, b, "both")
    own = ((), (), ()) if labels_only else (data.roles[0].items, data.shared, data.roles[1].items)
    parts = [
        ([a], [b], _runs(first.short, f"{first.id}-tag", own[0], spec), a.fill),
        ([a, b], [], _runs(BOTH, "ink", own[1], spec), "both"),
        ([b], [a], _runs(second.short, f"{second.id}-tag", own[2], spec), b.fill),
    ]
    texts: list[Shape] = []
    for inside, outside, runs, bg in parts:
        span = region_span(inside, outside, EDGE)
        if across:
            y_min, y_max, centre = top, top + height, top + r
        else:
            reach = [c.cy for c in inside]
            y_min = min(c.cy - c.r for c in inside)
            y_max = max(c.cy + c.r for c in inside)
            centre = sum(reach) / len(reach)
            if outside:  # the caps: above or below the other circle, wide where the circle is
                centre = a.cy - r * 0.25 if inside[0] is a else b.cy + r * 0.25
        frame = circle_frame([a, b], inside, outside)
        fitted = fit_region(runs, span, y_min, y_max, centre, 4, bg or "panel", frame)
        if fitted is None:
            return None
        texts += fitted
    outline = [Circle(c.cx, c.cy, c.r, None, c.stroke) for c in (a, b)]
    return [Circle(a.cx, a.cy, a.r, a.fill), Circle(b.cx, b.cy, b.r, b.fill), lens, *outline, *texts], height


def _lists(data: Panel, roles: tuple[Role, ...], x: float, top: float, width: float, spec: Spec) -> Block:
    """The skills as three labelled lists, under circles that carry only the labels: for more skills
    than the circles can hold."""
    shapes: list[Shape] = []
    y = top
    groups = [(roles[0].short, f"{roles[0].id}-tag", data.roles[0].items), (BOTH, "ink", data.shared)]
    groups.append((roles[1].short, f"{roles[1].id}-tag", data.roles[1].items))
    for label, ink, items in groups:
        block = labelled(f"{label}:", " \u00b7 ".join(items), x, y, width, spec.body, (ink, "ink"), "panel")
        shapes += block.shapes
        y += block.height + 6
    return Block(shapes, y - 6 - top)


def skills(data: Panel, roles: tuple[Role, ...], x: float, top: float, width: float, spec: Spec) -> Block:
    """The circles with every skill inside; if they cannot hold them all at any spread, circles with
    their labels only and the skills listed under them."""
    shapes, y = panel(icons.PANELS["skills"], data.heading, x, top, width, spec)
    inner = width - 2 * spec.pad
    tries = [(across, spread) for across in ((True, False) if spec.columns else (False,)) for spread in SPREADS]
    drawn = next(
        (
            found
            for across, spread in tries
            if (found := _diagram(data, roles, x + spec.pad, y, inner, spec, across, spread))
        ),
        None,
    )
    if drawn is None:
        diagram, height = _diagram(data, roles, x + spec.pad, y, inner, spec, spec.columns, SPREADS[0], True) or ([], 0)
        listed = _lists(data, roles, x + spec.pad, y + height + spec.pad, inner, spec)
        drawn = [*diagram, *listed.shapes], height + spec.pad + listed.height
    diagram, height = drawn
    shapes += diagram
    total = y + height + spec.pad - top
    return Block(framed(shapes, x, top, width, total), total)
