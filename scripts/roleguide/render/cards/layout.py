"""Where the text of a page's card goes: 1200 x 630 px, measured with the infographic's font.

From the top: a band in the two role colours, the site's name, the page's title, its one-line
description, and at the foot one chip per role in the role's colour. Every line is wrapped to its box
with the font's own metrics (infographic/fonts.py), so what the layout measures is what resvg draws.

The text fits by rule, never by luck: the type shrinks in steps (down to MIN_SCALE) until the whole
card fits; the title keeps at most TITLE_LINES lines. If even the smallest type does not fit (text at
the longest the schema allows, in the widest letters), the description loses its last lines and ends
with an ellipsis: the title and the chips always show in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..infographic import fonts
from ..previews import Preview

WIDTH, HEIGHT = 1200, 630
MARGIN = 64
BAND = 14  # the role-coloured band along the top edge
GAP = 20
CHIP_GAP = 24
LEADING = 1.25  # at least the font's ascent plus descent (1.24 em), so lines never touch
# Type sizes at full scale, in px.
SITE, TITLE, TEXT, CHIP = 28, 60, 32, 26
SCALES = tuple(round(1 - step * 0.05, 2) for step in range(7))  # 1.0 down to 0.7
MIN_SCALE = SCALES[-1]
TITLE_LINES = 3
ELLIPSIS = "\u2026"


@dataclass(frozen=True)
class Line:
    """One line of text; y is its baseline. `ink` names a palette colour."""

    x: float
    y: float
    text: str
    size: float
    weight: int
    ink: str


@dataclass(frozen=True)
class Box:
    """A rectangle (filled with the palette colour `fill`, or not drawn) and the lines inside it."""

    x: float
    y: float
    w: float
    h: float
    fill: str | None
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Card:
    page: str
    scale: float
    boxes: tuple[Box, ...]
    width: int = WIDTH
    height: int = HEIGHT


def _r(value: float) -> float:
    return round(value, 2)


def _lines(rows: Sequence[str], x: float, top: float, size: float, weight: int, ink: str) -> tuple[Line, ...]:
    """Rows of text from a top edge: each row is size * LEADING tall, its glyphs centred in it."""
    step = size * LEADING
    first = top + (step - fonts.ascent(size, weight) - fonts.descent(size, weight)) / 2 + fonts.ascent(size, weight)
    return tuple(Line(_r(x), _r(first + i * step), row, size, weight, ink) for i, row in enumerate(rows))


def _height(rows: Sequence[str], size: float) -> float:
    return len(rows) * size * LEADING


def _shorten(rows: list[str], size: float, width: float, weight: int) -> list[str]:
    """Drop the last row and end the one before with an ellipsis, fitting its box."""
    *kept, last = rows[:-1]
    words = last.split()
    while words and fonts.text_width(" ".join(words) + ELLIPSIS, size, weight) > width:
        words.pop()
    return [*kept, " ".join(words) + ELLIPSIS]


@dataclass(frozen=True)
class _Plan:
    """The wrapped rows of every text at one scale, and the heights they need."""

    scale: float
    site: list[str]
    title: list[str]
    text: list[str]
    chips: list[list[str]]
    chip_pad: float

    @property
    def chip_height(self) -> float:
        return max(_height(rows, CHIP * self.scale) for rows in self.chips) + 2 * self.chip_pad

    @property
    def height(self) -> float:
        s = self.scale
        head = _height(self.site, SITE * s) + GAP * s + _height(self.title, TITLE * s)
        return head + GAP * s + _height(self.text, TEXT * s) + GAP * 1.5 * s + self.chip_height


def _chip_width(count: int) -> float:
    return (WIDTH - 2 * MARGIN - CHIP_GAP * (count - 1)) / count


def _plan(preview: Preview, site_name: str, scale: float) -> _Plan:
    full = WIDTH - 2 * MARGIN
    pad = 16 * scale
    chips = [
        fonts.wrap(label, CHIP * scale, _chip_width(len(preview.labels)) - 2 * pad, fonts.BOLD)
        for label in preview.labels
    ]
    return _Plan(
        scale,
        fonts.wrap(site_name, SITE * scale, full, fonts.BOLD),
        fonts.wrap(preview.title, TITLE * scale, full, fonts.BOLD),
        fonts.wrap(preview.description, TEXT * scale, full, fonts.REGULAR),
        chips,
        pad,
    )


def _fitted(preview: Preview, site_name: str) -> _Plan:
    room = HEIGHT - 2 * MARGIN  # the band along the top sits inside the margin
    for scale in SCALES:
        plan = _plan(preview, site_name, scale)
        if plan.height <= room and len(plan.title) <= TITLE_LINES:
            return plan
    plan = _plan(preview, site_name, MIN_SCALE)
    text = plan.text
    while len(text) > 1 and _Plan(MIN_SCALE, plan.site, plan.title, text, plan.chips, plan.chip_pad).height > room:
        text = _shorten(text, TEXT * MIN_SCALE, WIDTH - 2 * MARGIN, fonts.REGULAR)
    return _Plan(MIN_SCALE, plan.site, plan.title, text, plan.chips, plan.chip_pad)


def card(preview: Preview, site_name: str, role_ids: Sequence[str]) -> Card:
    """The card of one page. `role_ids` give the chips their colours, in role order."""
    plan = _fitted(preview, site_name)
    s, full = plan.scale, WIDTH - 2 * MARGIN
    stripe = WIDTH / len(role_ids)
    boxes = [Box(_r(i * stripe), 0, _r(stripe), BAND, role, ()) for i, role in enumerate(role_ids)]
    y = float(MARGIN)
    for rows, size, weight, ink, gap in (
        (plan.site, SITE * s, fonts.BOLD, "muted", GAP * s),
        (plan.title, TITLE * s, fonts.BOLD, "ink", GAP * s),
        (plan.text, TEXT * s, fonts.REGULAR, "muted", 0),
    ):
        height = _height(rows, size)
        boxes.append(Box(MARGIN, _r(y), full, _r(height), None, _lines(rows, MARGIN, y, size, weight, ink)))
        y += height + gap
    top, width = HEIGHT - MARGIN - plan.chip_height, _chip_width(len(role_ids))
    for i, (role, rows) in enumerate(zip(role_ids, plan.chips, strict=True)):
        x = MARGIN + i * (width + CHIP_GAP)
        inset = (plan.chip_height - _height(rows, CHIP * s)) / 2  # a shorter label sits in the middle
        lines = _lines(rows, x + plan.chip_pad, top + inset, CHIP * s, fonts.BOLD, "on-role")
        boxes.append(Box(_r(x), _r(top), _r(width), _r(plan.chip_height), role, lines))
    return Card(preview.page, s, tuple(boxes))
