"""Valid HTML: the W3C Nu HTML Checker over many files in one run, and the errors we accept.

The checker is `vnu.jar` from the npm package vnu-jar, pinned in tools/package.json and installed by
`make tools`; it runs on Debian's Java (`make java`). A JVM takes seconds to start, so `check` hands
it every file at once and reads its JSON report.

Markup that the project writes must be valid. The only errors accepted are those in ALLOWED: markup of
Material's own templates that we keep on purpose, each matched by the checker's exact message and by
the markup it quotes, never by page, with the reason why it stays.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VNU = ROOT / "tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
MISSING = (
    f"the Nu HTML Checker needs Java and {VNU.relative_to(ROOT)}: run `make java tools` "
    "(Debian's default-jre-headless, and the npm tools pinned in tools/package-lock.json)"
)


@dataclass(frozen=True)
class Allowed:
    """An error the gate accepts: the checker's message, exactly, and a pattern for the whole of the
    markup it points at (a start tag)."""

    message: str
    markup: str
    reason: str

    def matches(self, error: dict[str, Any]) -> bool:
        return error["message"] == self.message and re.fullmatch(self.markup, markup(error)) is not None


ALLOWED = (
    Allowed(
        message="Bad value “” for attribute “tabindex” on element “label”: The empty string is not a valid integer.",
        markup=r'<label class="md-nav__link[^"]*" for="__nav_[\d_]+" id="__nav_[\d_]+_label" tabindex="">',
        reason=(
            "Material's partials/nav-item.html gives the label of a navigation section an empty tabindex: "
            "browsers ignore the value, so the label stays out of the tab order, while Material's script "
            "still finds it by `label[tabindex]` and keeps the aria-expanded state of the section's menu in "
            "step when it is opened. Without the attribute, or with a valid value, either the state or the "
            "tab order would change."
        ),
    ),
    Allowed(
        message=(
            "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, "
            "“email”, “hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, "
            "“url”, or “week”."
        ),
        markup=r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" '
        r'id="__(drawer|search)" autocomplete="off">',
        reason=(
            "Material's base.html, outside any block that an override can replace, marks the hidden checkboxes "
            "that open the navigation drawer and the search with autocomplete=off, so that Firefox does not "
            "restore them (an open drawer or search) when a reader comes back to a page. Changing it means "
            "copying the whole of base.html."
        ),
    ),
)


def check(files: Iterable[Path]) -> list[dict[str, Any]]:
    """Every message of the checker on `files` (one JVM), each with its `url`, `type` and `message`."""
    files = [str(f) for f in files]
    if not shutil.which("java") or not VNU.is_file():
        raise RuntimeError(MISSING)
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        report = json.loads(result.stderr)  # the checker writes its report to stderr
    except json.JSONDecodeError as error:
        tail = result.stderr[-2000:]
        raise RuntimeError(f"the checker did not report (exit {result.returncode}):\n{tail}") from error
    return report["messages"]


def path_of(message: dict[str, Any], root: Path) -> str:
    url = message.get("url", "")
    path = Path(url.removeprefix("file:")) if url.startswith("file:") else Path(url)
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else url


def markup(message: dict[str, Any]) -> str:
    """The part of the source that the checker points at (a start tag, mostly), on one line."""
    start = message.get("hiliteStart", 0)
    quoted = message.get("extract", "")[start : start + message.get("hiliteLength", 0)]
    return " ".join(quoted.split())


def is_error(message: dict[str, Any]) -> bool:
    """Errors, fatal ones included, and any failure to read a file; not the checker's warnings."""
    return message["type"] in {"error", "non-document-error"}


def problems(messages: Iterable[dict[str, Any]], root: Path) -> list[str]:
    """`path:line: message markup` for each error that ALLOWED does not accept."""
    return [
        f"{path_of(m, root)}:{m.get('lastLine', '?')}: {m['message']} {markup(m)}"
        for m in messages
        if is_error(m) and not any(allowed.matches(m) for allowed in ALLOWED)
    ]


def allowed_counts(messages: Iterable[dict[str, Any]]) -> list[int]:
    """How many errors each entry of ALLOWED accepted, in order."""
    errors = [m for m in messages if is_error(m)]
    return [sum(allowed.matches(m) for m in errors) for allowed in ALLOWED]
