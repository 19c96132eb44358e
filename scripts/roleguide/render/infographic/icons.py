"""The infographic's pictograms: Material Design Icons, read from the copy that the installed
mkdocs-material package ships (material/templates/.icons/material/, Apache License 2.0), and which
icon stands for which entry.

Each icon is a single 24 x 24 path; the SVG embeds the path (once, reused with <use>), so the picture
needs no icon font and no request. Reading these files, like reading the font (fonts.py), is I/O the
rendering step allows itself: both are pinned dependencies, so the output depends on them and on
content/ alone.

Entries from content/ (a metric, a phase) get their icon from the words they contain: a new metric
that no word matches is drawn with a neutral icon, so a change in content/ never breaks the picture.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ICON_SET = "Material Design Icons (Pictogrammers), as shipped in mkdocs-material"
ICON_LICENCE = "Apache License 2.0"
ICON_LICENCE_URL = "https://www.apache.org/licenses/LICENSE-2.0"
VIEWBOX = 24  # every icon of the set is drawn on a 24 x 24 grid

_PATH = re.compile(r'<path\b[^>]*\sd="([^"]+)"')


@dataclass(frozen=True)
class Icon:
    name: str
    d: str  # the path data, on the 24 x 24 grid


def icon_folder() -> Path:
    """Where mkdocs-material keeps the Material Design Icons (one SVG file per icon)."""
    spec = importlib.util.find_spec("material")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("mkdocs-material is not installed: run `make venv`")
    return Path(next(iter(spec.submodule_search_locations))) / "templates" / ".icons" / "material"


@cache
def icon(name: str) -> Icon:
    path = icon_folder() / f"{name}.svg"
    paths = _PATH.findall(path.read_text(encoding="utf-8"))
    if not paths:
        raise ValueError(f"{path} holds no path")
    return Icon(name, " ".join(paths))


# Entries -> icons, by the first word list that matches (lower case, whole words or word starts).
_METRICS = (
    (("adoption", "adopt", "usage", "users"), "account-multiple-plus"),
    (("satisfaction", "satisfied", "happiness", "nps"), "emoticon-happy-outline"),
    (("revenue", "sales", "income", "profit"), "cash-plus"),
    (("timeline", "deadline", "date", "schedule", "delivery", "on time"), "calendar-check"),
    (("budget", "cost", "spend", "money"), "piggy-bank-outline"),
    (("resource", "efficiency", "utilisation", "utilization", "capacity"), "account-cog-outline"),
    (("quality", "defect", "bug"), "bug-check-outline"),
    (("risk",), "shield-check-outline"),
)
_PHASES = (
    (("design", "plan", "discover", "idea"), "pencil-ruler"),
    (("develop", "build", "implement", "code"), "code-braces"),
    (("test", "check", "verify", "quality"), "test-tube"),
    (("launch", "release", "ship", "deploy"), "rocket-launch-outline"),
)
METRIC_DEFAULT = "chart-line"
PHASE_DEFAULT = "circle-outline"

# Fixed roles in the picture.
LEVELS = {"decides": "flag-variant", "contributes": "handshake-outline", "informed": "eye-outline"}
PANELS = {
    "lifecycle": "timeline-clock-outline",
    "skills": "head-lightbulb-outline",
    "career": "directions-fork",
    "tools": "toolbox-outline",
    "metrics": "chart-box-outline",
}
DESTINATION = "flag-checkered"
SOURCE = "book-open-page-variant-outline"
ADDRESS = "web"


def _pick(text: str, table: Sequence[tuple[tuple[str, ...], str]], default: str) -> str:
    words = text.lower()
    for keys, name in table:
        if any(re.search(rf"\b{re.escape(key)}", words) for key in keys):
            return name
    return default


def metric_icon(text: str) -> str:
    return _pick(text, _METRICS, METRIC_DEFAULT)


def phase_icon(text: str) -> str:
    return _pick(text, _PHASES, PHASE_DEFAULT)
