"""The frame of the infographic: its measurements (Spec), the panel around each part with its
heading, the headline with the two roles, and the footer with the source and the site's address."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Role
from . import fonts, icons
from .blocks import ChipStyle, chip
from .data import Picture
from .scene import Block, Rect, Shape, Text, Use, line_height, paragraph, r2


@dataclass(frozen=True)
class Spec:
    """The measurements of one drawing, in px of its viewBox."""

    name: str
    width: float
    height: float  # the height the drawing aims for; 0: as tall as its content
    margin: float
    gap: float  # between panels
    pad: float  # inside a panel
    title: float
    summary: float
    role_name: float
    role_line: float
    heading: float
    body: float
    chip: float
    columns: bool  # two panels side by side where the wide drawing has room

    @property
    def inner(self) -> float:
        return self.width - 2 * self.margin


WIDE = Spec(
    "wide", width=1080, height=1350, margin=28, gap=11, pad=14,
    title=36, summary=19, role_name=25, role_line=18, heading=21, body=17, chip=16, columns=True,
)  # fmt: skip
NARROW = Spec(
    "narrow", width=360, height=0, margin=10, gap=12, pad=12,
    title=25, summary=17, role_name=20, role_line=16, heading=19, body=16, chip=16, columns=False,
)  # fmt: skip


def panel(icon: str, heading: str, x: float, top: float, width: float, spec: Spec) -> tuple[list[Shape], float]:
    """A panel's heading, with its pictogram: the shapes, and where the panel's content starts.
    The panel's rectangle is added once its height is known (framed())."""
    size = round(spec.heading * 1.2)
    text_x = x + spec.pad + size + 8
    body = paragraph(
        heading, text_x, top + spec.pad, x + width - spec.pad - text_x, spec.heading, fonts.BOLD, "ink", "panel"
    )
    lines = [s for s in body.shapes if isinstance(s, Text)]
    first_top = top + spec.pad
    mark = Use(icon, r2(x + spec.pad), r2(first_top + (line_height(spec.heading) - size) / 2), size, "ink", "panel")
    return [mark, *lines], top + spec.pad + body.height + spec.pad / 2


def framed(shapes: Sequence[Shape], x: float, top: float, width: float, height: float) -> list[Shape]:
    """The panel's rounded rectangle behind its shapes."""
    return [Rect(r2(x), r2(top), r2(width), r2(height), "panel", rx=12), *shapes]


def headline(picture: Picture, spec: Spec, top: float) -> Block:
    x, width = spec.margin, spec.inner
    title = paragraph(picture.title, x, top, width, spec.title, fonts.BOLD, "ink", "bg")
    summary = paragraph(picture.summary, x, top + title.height + 6, width, spec.summary, fonts.REGULAR, "muted", "bg")
    return Block([*title.shapes, *summary.shapes], title.height + 6 + summary.height)


def _role_card(role: Role, focus: str, x: float, top: float, width: float, spec: Spec) -> Block:
    """The role's name with its short name in a badge after it, and below them what it focuses on."""
    pad = spec.pad
    inner = width - 2 * pad
    badge = ChipStyle(spec.role_line, "bg", None, role.id + "-tag", weight=fonts.BOLD, pad=10)
    _, badge_w, badge_h = chip(role.short, 0, 0, inner, badge)
    name = paragraph(
        role.name, x + pad, top + pad, inner - badge_w - 12, spec.role_name, fonts.BOLD, "on-role", role.id
    )
    last = [s for s in name.shapes if isinstance(s, Text)][-1]
    line_top = top + pad + name.height - line_height(spec.role_name)
    short, _, _ = chip(
        role.short, last.x + last.width + 12, line_top + (line_height(spec.role_name) - badge_h) / 2, inner, badge
    )
    y = top + pad + name.height + 2
    line = paragraph(focus, x + pad, y, inner, spec.role_line, fonts.REGULAR, "on-role", role.id)
    height = y + line.height + pad - top
    return Block(
        [Rect(r2(x), r2(top), r2(width), r2(height), role.id, rx=12), *name.shapes, *short, *line.shapes], height
    )


def role_cards(picture: Picture, spec: Spec, top: float) -> Block:
    """Each role's name, its short name and what it focuses on, in its colour: side by side when the
    drawing is wide, one under the other when it is narrow."""
    roles = list(zip(picture.roles, picture.focus, strict=True))
    if spec.columns:
        width = (spec.inner - spec.gap * (len(roles) - 1)) / len(roles)
        cards = [
            _role_card(r, f, spec.margin + i * (width + spec.gap), top, width, spec) for i, (r, f) in enumerate(roles)
        ]
        height = max(c.height for c in cards)
        shapes: list[Shape] = []
        for card in cards:  # the same height for both
            box = card.shapes[0]
            assert isinstance(box, Rect)
            shapes += [Rect(box.x, box.y, box.w, r2(height), box.fill, rx=box.rx), *card.shapes[1:]]
        return Block(shapes, height)
    shapes, y = [], top
    for role, focus in roles:
        card = _role_card(role, focus, spec.margin, y, spec.inner, spec)
        shapes += card.shapes
        y += card.height + spec.gap / 2
    return Block(shapes, y - spec.gap / 2 - top)


def footer(picture: Picture, spec: Spec, top: float) -> Block:
    """Where the facts come from, and where the guide lives."""
    x, width = spec.margin, spec.inner
    icon = round(spec.body * 1.1)
    shapes: list[Shape] = []
    y = top
    lines = [(icons.SOURCE, picture.source, fonts.REGULAR)]
    site = f"{picture.site_name} \u00b7 {picture.address}" if picture.address else picture.site_name
    lines.append((icons.ADDRESS, site, fonts.BOLD))
    for mark, text, weight in lines:
        body = paragraph(text, x + icon + 8, y, width - icon - 8, spec.body, weight, "muted", "bg")
        shapes.append(Use(mark, r2(x), r2(y + (line_height(spec.body) - icon) / 2), icon, "muted", "bg"))
        shapes += body.shapes
        y += body.height + 2
    return Block(shapes, y - 2 - top)
