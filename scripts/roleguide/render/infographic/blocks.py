"""Building blocks of the infographic's panels: chips that flow into rows, a pictogram beside a
paragraph, and lines of text fitted into the region of a circle diagram. Each returns the shapes it
placed and how tall they are; all widths come from the font's metrics (fonts.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import fonts
from .scene import Block, Circle, Frame, Rect, Shape, Span, Text, Use, baseline, line_height, paragraph, r2


@dataclass(frozen=True)
class ChipStyle:
    size: float
    fill: str
    stroke: str | None
    ink: str
    icon: str | None = None
    icon_ink: str | None = None
    weight: int = fonts.REGULAR
    pad: float = 12
    dashed: bool = False

    @property
    def height(self) -> float:
        return line_height(self.size) + 8

    @property
    def icon_size(self) -> float:
        return round(self.size * 1.15)


def chip(text: str, x: float, top: float, max_width: float, style: ChipStyle) -> tuple[list[Shape], float, float]:
    """One rounded chip: its shapes, its width and its height. A text too long for `max_width`
    wraps inside the chip, which grows taller."""
    lead = style.icon_size + 6 if style.icon else 0
    inner = max_width - 2 * style.pad - lead
    natural = fonts.text_width(text, style.size, style.weight)
    width = min(natural, inner)
    body = paragraph(text, 0, 0, width if natural <= inner else inner, style.size, style.weight, style.ink, style.fill)
    lines = [s for s in body.shapes if isinstance(s, Text)]
    text_width = max(line.width for line in lines)
    w = text_width + 2 * style.pad + lead
    h = body.height + 8
    shapes: list[Shape] = [Rect(r2(x), r2(top), r2(w), r2(h), style.fill, style.stroke, min(h / 2, 17), style.dashed)]
    if style.icon:
        size = style.icon_size
        shapes.append(
            Use(style.icon, r2(x + style.pad), r2(top + (h - size) / 2), size, style.icon_ink or style.ink, style.fill)
        )
    frame = Frame(r2(x), r2(top), r2(w), r2(h))
    for line in lines:
        shapes.append(
            Text(
                r2(x + style.pad + lead + line.x),
                r2(top + 4 + line.y),
                line.text,
                line.size,
                line.weight,
                line.ink,
                style.fill,
                frame,
            )
        )
    return shapes, w, h


def chips(
    texts: Sequence[str],
    x: float,
    top: float,
    width: float,
    style: ChipStyle,
    gap: float = 8,
    icons: Sequence[str] | None = None,
) -> Block:
    """Chips left to right, wrapping into a new row when the next one would not fit; `icons` gives
    each chip its own pictogram."""
    shapes: list[Shape] = []
    cx, y, row_height = x, top, 0.0
    for i, text in enumerate(texts):
        own = replace(style, icon=icons[i]) if icons else style
        placed, w, h = chip(text, cx, y, width, own)
        if cx > x and cx + w > x + width:
            cx, y, row_height = x, y + row_height + gap, 0.0
            placed, w, h = chip(text, cx, y, width, own)
        shapes += placed
        cx += w + gap
        row_height = max(row_height, h)
    return Block(shapes, y + row_height - top)


def pictogram_row(
    icon: str,
    text: str,
    x: float,
    top: float,
    width: float,
    size: float,
    ink: str,
    bg: str,
    badge: str,
    mark: str,
    head: str = "",
) -> Block:
    """A pictogram in a round badge, and the text beside it (after a bold `head`, if given), wrapped
    to the rest of the width."""
    diameter = round(size * 1.75)
    gap = 10
    if head:
        body = labelled(head, text, x + diameter + gap, top, width - diameter - gap, size, (ink, ink), bg)
    else:
        body = paragraph(text, x + diameter + gap, top, width - diameter - gap, size, fonts.REGULAR, ink, bg)
    height = max(diameter, body.height)
    shift = (height - body.height) / 2
    icon_size = round(diameter * 0.58)
    shapes: list[Shape] = [
        Circle(r2(x + diameter / 2), r2(top + height / 2), diameter / 2, badge),
        Use(icon, r2(x + (diameter - icon_size) / 2), r2(top + (height - icon_size) / 2), icon_size, mark, badge),
    ]
    for line in body.shapes:
        if isinstance(line, Text):
            frame = Frame(line.frame.x, r2(line.frame.y + shift), line.frame.w, line.frame.h)
            shapes.append(Text(line.x, r2(line.y + shift), line.text, line.size, line.weight, line.ink, bg, frame))
    return Block(shapes, height)


@dataclass(frozen=True)
class Run:
    """A paragraph to fit into a region: its text and how it is set."""

    text: str
    size: float
    weight: int
    ink: str


def _place(runs: Sequence[Run], span: Span, start: float, gap: float) -> list[tuple[float, float, str, Run]] | None:
    """Lines (left, top, text, run) from `start` down, each as wide as the region lets it be there;
    None when a word does not fit."""
    placed: list[tuple[float, float, str, Run]] = []
    y = start
    for i, run in enumerate(runs):
        words = run.text.split()
        lh = line_height(run.size)
        while words:
            stretch = span(y, y + lh)
            if stretch is None:
                return None
            left, right = stretch
            line = words.pop(0)
            if fonts.text_width(line, run.size, run.weight) > right - left:
                return None
            while words and fonts.text_width(f"{line} {words[0]}", run.size, run.weight) <= right - left:
                line = f"{line} {words.pop(0)}"
            shift = (right - left - fonts.text_width(line, run.size, run.weight)) / 2
            placed.append((left + shift, y, line, run))
            y += lh
        y += gap if i < len(runs) - 1 else 0
    return placed


def fit_region(
    runs: Sequence[Run],
    span: Span,
    y_min: float,
    y_max: float,
    centre: float,
    gap: float,
    bg: str,
    frame: Frame,
) -> list[Shape] | None:
    """The runs centred line by line in a region (a circle, or the part of it outside another),
    with the fewest lines and the block's middle as close to `centre` as the region allows. None
    if they cannot fit between y_min and y_max."""
    best: tuple[tuple[int, float], list[tuple[float, float, str, Run]]] | None = None
    y = y_min
    while y < y_max:
        placed = _place(runs, span, y, gap)
        if placed:
            last = placed[-1]
            bottom = last[1] + line_height(last[3].size)
            if bottom <= y_max:
                score = (len(placed), abs((y + bottom) / 2 - centre))
                if best is None or score < best[0]:
                    best = (score, placed)
        y += 2
    if best is None:
        return None
    return [
        Text(r2(left), r2(baseline(top, run.size, run.weight)), text, run.size, run.weight, run.ink, bg, frame)
        for left, top, text, run in best[1]
    ]


def circle_frame(circles: Sequence[Circle], inside: Sequence[Circle], outside: Sequence[Circle]) -> Frame:
    """A frame around the circles' bounding box, with the circles the text must be in and out of."""
    x0 = min(c.cx - c.r for c in circles)
    y0 = min(c.cy - c.r for c in circles)
    x1 = max(c.cx + c.r for c in circles)
    y1 = max(c.cy + c.r for c in circles)
    return Frame(r2(x0), r2(y0), r2(x1 - x0), r2(y1 - y0), tuple(inside), tuple(outside))


def labelled(
    head: str, rest: str, x: float, top: float, width: float, size: float, inks: tuple[str, str], bg: str
) -> Block:
    """A bold head, then the rest in regular weight flowing on after it, and on to further lines as
    wide as `width`. `inks` colours the head and the rest."""
    space = fonts.text_width(" ", size, fonts.REGULAR)
    heads = fonts.wrap(head, size, width, fonts.BOLD)
    lh = line_height(size)
    last_w = fonts.text_width(heads[-1], size, fonts.BOLD)
    words = rest.split()
    first = ""
    while words and fonts.text_width(f"{first} {words[0]}".strip(), size, fonts.REGULAR) <= width - last_w - space:
        first = f"{first} {words.pop(0)}".strip()
    rows = fonts.wrap(" ".join(words), size, width, fonts.REGULAR) if words else []
    height = lh * (len(heads) + len(rows))
    frame = Frame(r2(x), r2(top), r2(width), r2(height))
    shapes: list[Shape] = []
    for i, line in enumerate(heads):
        y = baseline(top + i * lh, size, fonts.BOLD)
        shapes.append(Text(r2(x), r2(y), line, size, fonts.BOLD, inks[0], bg, frame))
    row_top = top + (len(heads) - 1) * lh
    if first:
        y = baseline(row_top, size, fonts.REGULAR)
        shapes.append(Text(r2(x + last_w + space), r2(y), first, size, fonts.REGULAR, inks[1], bg, frame))
    for i, line in enumerate(rows, start=1):
        y = baseline(row_top + i * lh, size, fonts.REGULAR)
        shapes.append(Text(r2(x), r2(y), line, size, fonts.REGULAR, inks[1], bg, frame))
    return Block(shapes, height)
