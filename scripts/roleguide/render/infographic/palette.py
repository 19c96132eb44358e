"""The infographic's colours in the light and the dark scheme, and the WCAG contrast ratio.

The base names: `bg` (the canvas), `ink` and `muted` (text), `on-role` (text on a role colour),
`panel` (behind each panel of the infographic), `rule` (guide lines and dashed outlines), `both`
(what the two roles share: the overlap of the circles, shared chips); `band` and `aspect` belong to
the poster.

The role colours are the site's (assets/stylesheets/extra.css): the first role is teal
(--rg-product), the second deep orange (--rg-project), with the same soft tints behind role blocks.
tests/test_infographic.py checks that the two files agree and that every text colour the layout
puts on a background reaches 4.5:1 in both schemes.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Role

SCHEMES = ("light", "dark")

_BASE = {
    "light": {
        "bg": "#ffffff",
        "ink": "#1f2329",
        "muted": "#4a5260",
        "on-role": "#ffffff",
        "band": "#eceff1",
        "aspect": "#f4f6f7",
        "panel": "#f3f5f7",
        "rule": "#737c89",
        "both": "#e3e6eb",
    },
    "dark": {
        "bg": "#1e2029",
        "ink": "#e8eaf0",
        "muted": "#b8bfcc",
        "on-role": "#ffffff",
        "band": "#2e3440",
        "aspect": "#262a35",
        "panel": "#262a35",
        "rule": "#78818f",
        "both": "#373d4b",
    },
}

# Per role, in role order: (strong: headers and badges, soft: box tint, tag: role text and bullets).
_ROLES = (
    {"light": ("#00695c", "#e0f2f1", "#00695c"), "dark": ("#00695c", "#12332f", "#80cbc4")},
    {"light": ("#a14000", "#fbe9e7", "#a14000"), "dark": ("#a14000", "#3a2116", "#ffab91")},
)

# How the picture's description names each role's colour, in role order.
ROLE_COLOUR_NAMES = ("teal", "deep orange")

# CSS custom properties in extra.css that hold the same light colours, per role position.
SITE_VARIABLES = (("--rg-product", "--rg-product-soft"), ("--rg-project", "--rg-project-soft"))


def palette(roles: Sequence[Role], scheme: str) -> dict[str, str]:
    """Colour of each name the layout uses: the base names, and `<role id>`, `-soft`, `-tag` per role."""
    colours = dict(_BASE[scheme])
    for role, shades in zip(roles, _ROLES, strict=False):
        strong, soft, tag = shades[scheme]
        colours.update({role.id: strong, f"{role.id}-soft": soft, f"{role.id}-tag": tag})
    return colours


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21."""
    high, low = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
