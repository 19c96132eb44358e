"""The shapes of the infographic, and text placed by the font's metrics.

A Scene is a list of shapes in drawing order; the SVG template (templates/picture.svg) only draws
them. Every Text carries the frame it must stay inside (a rectangle, and for the skills diagram the
circles it must be inside or outside) and the palette colour behind it, so the tests can check each
line's fit and contrast without knowing which panel drew it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from . import fonts

LEADING = 1.25  # line height as a multiple of the font size
MIN_TEXT = 16.0  # px on the canvas: no text is smaller


def r2(value: float) -> float:
    return round(value, 2)


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str | None = None
    stroke: str | None = None
    kind: str = "circle"


@dataclass(frozen=True)
class Frame:
    """Where a text must stay: inside the rectangle, inside every circle of `inside`, outside every
    circle of `outside`."""

    x: float
    y: float
    w: float
    h: float
    inside: tuple[Circle, ...] = ()
    outside: tuple[Circle, ...] = ()


@dataclass(frozen=True)
class Text:
    """One line; (x, y) is the left end of its baseline. `ink` and `bg` name palette colours."""

    x: float
    y: float
    text: str
    size: float
    weight: int
    ink: str
    bg: str
    frame: Frame
    kind: str = "text"

    @property
    def width(self) -> float:
        return fonts.text_width(self.text, self.size, self.weight)


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    rx: float = 0
    dashed: bool = False
    kind: str = "rect"


@dataclass(frozen=True)
class Lens:
    """The overlap of two circles of the same radius, filled on its own (no transparency), so the
    colour behind the text in it is one known colour."""

    a: Circle
    b: Circle
    fill: str
    kind: str = "lens"

    def corners(self) -> tuple[tuple[float, float], tuple[float, float]]:
        dx, dy = self.b.cx - self.a.cx, self.b.cy - self.a.cy
        d = math.hypot(dx, dy)
        half = math.sqrt(max(self.a.r**2 - (d / 2) ** 2, 0))
        mx, my = self.a.cx + dx / 2, self.a.cy + dy / 2
        return (r2(mx - dy / d * half), r2(my + dx / d * half)), (r2(mx + dy / d * half), r2(my - dx / d * half))


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    ink: str
    width: float = 2
    kind: str = "line"


@dataclass(frozen=True)
class Use:
    """An icon of icons.py, `size` px square, its top left corner at (x, y)."""

    icon: str
    x: float
    y: float
    size: float
    ink: str
    bg: str
    kind: str = "use"


Shape = Circle | Rect | Lens | Line | Use | Text


@dataclass(frozen=True)
class Scene:
    name: str
    width: float
    height: float
    shapes: tuple[Shape, ...]
    icons: tuple[str, ...] = field(default=())  # the icons it uses, each embedded once

    def texts(self) -> list[Text]:
        return [s for s in self.shapes if isinstance(s, Text)]


@dataclass
class Block:
    """Shapes placed from a top edge, and how tall they turned out. `breaks` are heights between
    groups of shapes where a panel stretched to a taller neighbour may open up (see spread())."""

    shapes: list[Shape]
    height: float
    breaks: list[float] = field(default_factory=list)


def top_of(shape: Shape) -> float:
    """Where a shape starts, from the top."""
    if isinstance(shape, Circle):
        return shape.cy - shape.r
    if isinstance(shape, Lens):
        return min(top_of(shape.a), top_of(shape.b))
    if isinstance(shape, Line):
        return min(shape.y1, shape.y2)
    if isinstance(shape, Text):
        return shape.frame.y
    return shape.y


def spread(block: Block, height: float, most: float) -> list[Shape]:
    """The block's shapes with its breaks opened up, evenly and by at most `most` px each, so that
    its content fills more of `height`. Shapes that start above every break (the panel's own
    rectangle and heading) stay where they are."""
    if not block.breaks or height <= block.height:
        return list(block.shapes)
    step = min((height - block.height) / (len(block.breaks) + 1), most)
    return [moved(s, 0, step * sum(1 for b in block.breaks if top_of(s) >= b)) for s in block.shapes]


def line_height(size: float) -> float:
    return size * LEADING


def baseline(top: float, size: float, weight: int) -> float:
    """The baseline of a line whose line box starts at `top`: the glyphs centred in the box."""
    ascent, descent = fonts.ascent(size, weight), fonts.descent(size, weight)
    return top + (line_height(size) - ascent - descent) / 2 + ascent


def paragraph(
    text: str,
    x: float,
    top: float,
    width: float,
    size: float,
    weight: int,
    ink: str,
    bg: str,
    frame: Frame | None = None,
    align: str = "start",
) -> Block:
    """`text` wrapped to `width` by the font's metrics, each line left-aligned or centred."""
    frame = frame or Frame(x, top, width, 0)
    rows = fonts.wrap(text, size, width, weight)
    shapes: list[Shape] = []
    for i, row in enumerate(rows):
        shift = (width - fonts.text_width(row, size, weight)) / 2 if align == "middle" else 0
        y = baseline(top + i * line_height(size), size, weight)
        shapes.append(Text(r2(x + shift), r2(y), row, size, weight, ink, bg, frame))
    height = line_height(size) * len(rows)
    if frame.h == 0:  # the frame is the paragraph's own box
        frame = Frame(frame.x, frame.y, frame.w, height)
        shapes = [Text(t.x, t.y, t.text, t.size, t.weight, t.ink, t.bg, frame) for t in shapes if isinstance(t, Text)]
    return Block(shapes, height)


Span = Callable[[float, float], "tuple[float, float] | None"]
"""The free stretch (left, right) of a region between two heights, or None where it has none."""


def region_span(inside: Sequence[Circle], outside: Sequence[Circle], pad: float) -> Span:
    """The widest stretch inside every circle of `inside` and outside every circle of `outside`,
    for a line box from y0 to y1, `pad` px clear of every edge."""

    def half(c: Circle, y0: float, y1: float, narrowest: bool) -> float | None:
        far = max(abs(y0 - c.cy), abs(y1 - c.cy))
        near = 0.0 if y0 <= c.cy <= y1 else min(abs(y0 - c.cy), abs(y1 - c.cy))
        reach = far if narrowest else near
        return math.sqrt(c.r**2 - reach**2) if reach < c.r else None

    def span(y0: float, y1: float) -> tuple[float, float] | None:
        left, right = -math.inf, math.inf
        for c in inside:
            h = half(c, y0, y1, narrowest=True)
            if h is None:
                return None
            left, right = max(left, c.cx - h + pad), min(right, c.cx + h - pad)
        for c in outside:
            h = half(c, y0, y1, narrowest=False)
            if h is None:
                continue
            lo, hi = c.cx - h - pad, c.cx + h + pad
            pieces = [(left, min(right, lo)), (max(left, hi), right)]
            left, right = max(pieces, key=lambda p: p[1] - p[0])
        return (left, right) if right > left else None

    return span


def _moved_circle(circle: Circle, dx: float, dy: float) -> Circle:
    return replace(circle, cx=r2(circle.cx + dx), cy=r2(circle.cy + dy))


def moved(shape: Shape, dx: float, dy: float) -> Shape:
    """The same shape, dx px further right and dy px further down (its frame and circles too)."""
    if isinstance(shape, Circle):
        return _moved_circle(shape, dx, dy)
    if isinstance(shape, Lens):
        return replace(shape, a=_moved_circle(shape.a, dx, dy), b=_moved_circle(shape.b, dx, dy))
    if isinstance(shape, Line):
        return replace(shape, x1=r2(shape.x1 + dx), y1=r2(shape.y1 + dy), x2=r2(shape.x2 + dx), y2=r2(shape.y2 + dy))
    if isinstance(shape, Text):
        f = shape.frame
        frame = Frame(
            r2(f.x + dx),
            r2(f.y + dy),
            f.w,
            f.h,
            tuple(_moved_circle(c, dx, dy) for c in f.inside),
            tuple(_moved_circle(c, dx, dy) for c in f.outside),
        )
        return replace(shape, x=r2(shape.x + dx), y=r2(shape.y + dy), frame=frame)
    return replace(shape, x=r2(shape.x + dx), y=r2(shape.y + dy))
