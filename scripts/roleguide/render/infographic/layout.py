"""Where every box and line of the infographic goes: pure geometry, measured with the vendored font.

No template can wrap text, so the layout is computed here and the SVG template only draws it. Every
line of text is wrapped to the inner width of its box with the font's own metrics (fonts.py), and
every box is as tall as its content, so nothing overflows and a long entry makes its row taller.

Three layouts are drawn from the same content: `wide` (1200 px, a column per role, for desktops and
the downloads), `narrow` (360 px, the two roles side by side under each aspect, for phones) and
`card` (the 1200 x 630 social preview).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Guide, Role
from ...model.schema.files import grouped
from . import fonts

LEADING = 1.3  # line height as a multiple of the font size
ACCENT = 6  # width of the role-coloured bar on the left of a role box
MARKS = ("circle", "square")  # bullet shape per role (in role order): a cue besides colour


@dataclass(frozen=True)
class Text:
    """One line of text; y is its baseline. `ink` names a palette colour."""

    x: float
    y: float
    text: str
    size: float
    weight: int
    ink: str


@dataclass(frozen=True)
class Mark:
    """A bullet: a circle or a square centred on (x, y)."""

    x: float
    y: float
    radius: float
    shape: str
    ink: str


@dataclass(frozen=True)
class Box:
    """A rectangle and what is drawn in it. `fill` and `accent` name palette colours (None: none).
    Every text line lies within the rectangle shrunk by `pad` on the left and right."""

    x: float
    y: float
    w: float
    h: float
    pad: float
    fill: str | None = None
    accent: str | None = None
    texts: tuple[Text, ...] = ()
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True)
class Layout:
    name: str
    width: float
    height: float
    boxes: tuple[Box, ...]


@dataclass(frozen=True)
class Spec:
    """The measurements of one layout, in px of its viewBox."""

    name: str
    width: float
    margin: float
    gap: float
    pad: float
    title: float
    subtitle: float
    head: float
    band: float
    note: float
    aspect: float
    tag: float
    item: float
    footer: float
    aspect_column: float | None  # wide: aspect names in a first column; narrow: above each pair


WIDE = Spec("wide", 1200, 40, 12, 16, 34, 20, 20, 20, 16, 20, 14, 18, 15, aspect_column=250)
NARROW = Spec("narrow", 360, 12, 8, 10, 22, 15, 14, 16, 13, 16, 12, 14, 12, aspect_column=None)


@dataclass(frozen=True)
class _Block:
    """Content placed from a top edge, before its box knows its final height."""

    texts: tuple[Text, ...]
    marks: tuple[Mark, ...]
    height: float


def _r(value: float) -> float:
    return round(value, 2)


def _paragraph(text: str, x: float, top: float, width: float, size: float, weight: int, ink: str) -> _Block:
    line_height = size * LEADING
    ascent, descent = fonts.ascent(size, weight), fonts.descent(size, weight)
    first = top + (line_height - ascent - descent) / 2 + ascent
    rows = fonts.wrap(text, size, width, weight)
    texts = tuple(Text(_r(x), _r(first + i * line_height), row, size, weight, ink) for i, row in enumerate(rows))
    return _Block(texts, (), line_height * len(rows))


def _stack(parts: Sequence[tuple[str, float, int, str]], x: float, top: float, width: float, gap: float) -> _Block:
    """Paragraphs (text, size, weight, ink) one under the other."""
    texts: list[Text] = []
    y = top
    for i, (text, size, weight, ink) in enumerate(parts):
        block = _paragraph(text, x, y, width, size, weight, ink)
        texts += block.texts
        y += block.height + (gap if i < len(parts) - 1 else 0)
    return _Block(tuple(texts), (), y - top)


def _role_block(role: Role, index: int, items: Sequence[str], x: float, top: float, width: float, spec: Spec) -> _Block:
    """A role's tag (its short name, in its colour) and its items, each after a bullet of its shape."""
    tag = _paragraph(role.short, x, top, width, spec.tag, fonts.BOLD, f"{role.id}-tag")
    texts, marks = list(tag.texts), []
    y = top + tag.height + spec.pad / 3
    indent = spec.item * 0.9
    for item in items:
        block = _paragraph(item, x + indent, y, width - indent, spec.item, fonts.REGULAR, "ink")
        centre = block.texts[0].y - spec.item * 0.33
        marks.append(Mark(_r(x + spec.item * 0.3), _r(centre), _r(spec.item * 0.19), MARKS[index], f"{role.id}-tag"))
        texts += block.texts
        y += block.height + spec.item * 0.25
    return _Block(tuple(texts), tuple(marks), y - top - spec.item * 0.25)


def _box(x: float, top: float, w: float, h: float, pad: float, block: _Block, **paint: str | None) -> Box:
    return Box(_r(x), _r(top), _r(w), _r(h), pad, texts=block.texts, marks=block.marks, **paint)


def _columns(spec: Spec, roles: Sequence[Role]) -> tuple[float, list[float], float]:
    """x of the aspect column, x of each role column, and the width of a role column."""
    inner = spec.width - 2 * spec.margin
    left = spec.aspect_column + spec.gap if spec.aspect_column else 0
    role_width = (inner - left - spec.gap * (len(roles) - 1)) / len(roles)
    return spec.margin, [spec.margin + left + i * (role_width + spec.gap) for i in range(len(roles))], role_width


def _role_heads(guide: Guide, spec: Spec, top: float) -> tuple[list[Box], float]:
    _, xs, width = _columns(spec, guide.roles)
    blocks = [
        _paragraph(
            f"{role.name} ({role.short})",
            x + spec.pad,
            top + spec.pad,
            width - 2 * spec.pad,
            spec.head,
            fonts.BOLD,
            "on-role",
        )
        for role, x in zip(guide.roles, xs, strict=True)
    ]
    height = max(b.height for b in blocks) + 2 * spec.pad
    boxes = [
        _box(x, top, width, height, spec.pad, block, fill=role.id)
        for role, x, block in zip(guide.roles, xs, blocks, strict=True)
    ]
    if spec.aspect_column:
        label = _paragraph("Aspect", spec.margin, top + spec.pad, spec.aspect_column, spec.head, fonts.BOLD, "muted")
        boxes.insert(0, _box(spec.margin, top, spec.aspect_column, height, 0, label))
    return boxes, height


def _aspect_rows(guide: Guide, spec: Spec, top: float) -> tuple[list[Box], float]:
    """A band per category, then a row per aspect: its name, and what each role does."""
    boxes: list[Box] = []
    aspect_x, xs, width = _columns(spec, guide.roles)
    full = spec.width - 2 * spec.margin
    y = top
    for category, aspects in grouped(guide.comparison):
        parts = [
            (category.title, spec.band, fonts.BOLD, "ink"),
            (category.description, spec.note, fonts.REGULAR, "muted"),
        ]
        band = _stack(parts, spec.margin + spec.pad, y + spec.pad, full - 2 * spec.pad, spec.note * 0.2)
        boxes.append(_box(spec.margin, y, full, band.height + 2 * spec.pad, spec.pad, band, fill="band"))
        y += band.height + 2 * spec.pad + spec.gap
        for aspect in aspects:
            if not spec.aspect_column:
                name = _paragraph(aspect.title, spec.margin, y, full, spec.aspect, fonts.BOLD, "ink")
                boxes.append(_box(spec.margin, y, full, name.height, 0, name))
                y += name.height + spec.gap / 2
            cells = guide.cells(aspect)
            inner = width - 2 * spec.pad - ACCENT
            blocks = [
                _role_block(role, i, cells[role.id], x + spec.pad + ACCENT, y + spec.pad, inner, spec)
                for i, (role, x) in enumerate(zip(guide.roles, xs, strict=True))
            ]
            if spec.aspect_column:
                name = _paragraph(aspect.title, aspect_x + spec.pad, y + spec.pad, spec.aspect_column - 2 * spec.pad,
                                  spec.aspect, fonts.BOLD, "ink")  # fmt: skip
                blocks.insert(0, name)
            height = max(b.height for b in blocks) + 2 * spec.pad
            if spec.aspect_column:
                boxes.append(_box(aspect_x, y, spec.aspect_column, height, spec.pad, blocks.pop(0), fill="aspect"))
            for role, x, block in zip(guide.roles, xs, blocks, strict=True):
                boxes.append(
                    _box(x, y, width, height, spec.pad, block, fill=f"{role.id}-soft", accent=f"{role.id}-tag")
                )
            y += height + spec.gap
        y += spec.gap
    return boxes, y - top


def source_line(guide: Guide) -> str:
    source = guide.site.source
    updated = f"{source.updated.day} {source.updated.strftime('%B %Y')}"
    title, subtitle = f"\u201c{source.title}\u201d", f"\u201c{source.subtitle}\u201d"
    return f"Facts from {title}, subtitled {subtitle}, by {source.author}, updated {updated}."


def infographic(guide: Guide, spec: Spec) -> Layout:
    full = spec.width - 2 * spec.margin
    site = guide.site
    head = _stack(
        [(site.title, spec.title, fonts.BOLD, "ink"), (site.in_short, spec.subtitle, fonts.REGULAR, "muted")],
        spec.margin, spec.margin, full, spec.subtitle * 0.5,
    )  # fmt: skip
    boxes = [_box(spec.margin, spec.margin, full, head.height, 0, head)]
    y = spec.margin + head.height + spec.gap * 2
    heads, height = _role_heads(guide, spec, y)
    boxes += heads
    y += height + spec.gap
    rows, height = _aspect_rows(guide, spec, y)
    boxes += rows
    y += height
    foot = _stack(
        [(source_line(guide), spec.footer, fonts.REGULAR, "muted"), (site.site_name, spec.footer, fonts.BOLD, "muted")],
        spec.margin, y, full, 0,
    )  # fmt: skip
    boxes.append(_box(spec.margin, y, full, foot.height, 0, foot))
    return Layout(spec.name, spec.width, math.ceil(y + foot.height + spec.margin), tuple(boxes))


CARD_WIDTH, CARD_HEIGHT, CARD_MARGIN, CARD_GAP = 1200, 630, 64, 24


def _card_texts(guide: Guide, scale: float, summary: bool) -> tuple[_Block, list[_Block], float]:
    full = CARD_WIDTH - 2 * CARD_MARGIN
    site = guide.site
    parts = [(site.site_name, 26 * scale, fonts.BOLD, "muted"), (site.title, 58 * scale, fonts.BOLD, "ink")]
    if summary:
        parts.append((site.in_short, 30 * scale, fonts.REGULAR, "muted"))
    head = _stack(parts, CARD_MARGIN, CARD_MARGIN, full, 18 * scale)
    pad, width = 18 * scale, (full - CARD_GAP * (len(guide.roles) - 1)) / len(guide.roles)
    chips = [
        _paragraph(f"{role.name} ({role.short})", 0, 0, width - 2 * pad, 26 * scale, fonts.BOLD, "on-role")
        for role in guide.roles
    ]
    return head, chips, max(c.height for c in chips) + 2 * pad


def card(guide: Guide) -> Layout:
    """The 1200 x 630 social preview: site name, title, the difference in one sentence, both roles.
    The type shrinks in steps until everything fits; a summary too long even then is left out."""
    attempts = [(1 - step * 0.05, summary) for summary in (True, False) for step in range(11)]
    for scale, summary in attempts:
        head, _, chip_height = _card_texts(guide, scale, summary)
        if CARD_MARGIN + head.height + CARD_GAP + chip_height <= CARD_HEIGHT - CARD_MARGIN:
            break
    full = CARD_WIDTH - 2 * CARD_MARGIN
    pad, width = 18 * scale, (full - CARD_GAP * (len(guide.roles) - 1)) / len(guide.roles)
    top = CARD_HEIGHT - CARD_MARGIN - chip_height
    stripe = CARD_WIDTH / len(guide.roles)  # a band of the role colours along the top edge
    boxes = [Box(_r(i * stripe), 0, _r(stripe), 14, 0, fill=role.id) for i, role in enumerate(guide.roles)]
    boxes.append(_box(CARD_MARGIN, CARD_MARGIN, full, head.height, 0, head))
    for i, role in enumerate(guide.roles):
        x = CARD_MARGIN + i * (width + CARD_GAP)
        chip = _paragraph(
            f"{role.name} ({role.short})", x + pad, top + pad, width - 2 * pad, 26 * scale, fonts.BOLD, "on-role"
        )
        boxes.append(_box(x, top, width, chip_height, pad, chip, fill=role.id))
    return Layout("card", CARD_WIDTH, CARD_HEIGHT, tuple(boxes))
