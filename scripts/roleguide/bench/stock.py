"""The yardstick of `make bench`: a stock Material page with the same text as ours.

The stock site is built by the same MkDocs and Material from the very Markdown that our generator
wrote for this run (every page, with the pictures they show), under a stock mkdocs.yml: the theme,
`font: false` (no Google Fonts, as on our site) and nothing else. So it has no stylesheet or script of
ours, no plugin, no Markdown extension and no template override: what a page would cost if the theme
alone served it. Its first-load numbers and Lighthouse scores are measured in the same run, on the
same machine, next to ours.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from ..bundle import OUTPUT

# What the stock site leaves out of the generated files: the navigation file (a plugin of ours reads
# it), the snippets folder (an extension of ours includes it) and our bundled stylesheet and script.
SKIPPED = ("SUMMARY.md", ".gitignore", "includes/", *(f"{folder}/" for folder in OUTPUT.values()))
CONFIG = "site_name: {name}\ntheme:\n  name: material\n  font: false\n"


def generated_files(docs: Path) -> list[str]:
    """The files the generator wrote into docs/, from its manifest (docs/.gitignore)."""
    manifest = docs / ".gitignore"
    lines = manifest.read_text(encoding="utf-8").splitlines() if manifest.is_file() else []
    return [line.lstrip("/") for line in lines if line.startswith("/")]


def site_name(config: Path) -> str:
    found = re.search(r"^site_name:\s*(.+)$", config.read_text(encoding="utf-8"), re.M)
    return found.group(1).strip() if found else "Stock"


def stock_site(project: Path, folder: Path, run: Callable[[list[str], Path], float]) -> Path:
    """Build the stock site of a generated project into folder/site; returns that folder."""
    docs = folder / "docs"
    for rel in generated_files(project / "docs"):
        if rel.startswith(SKIPPED):
            continue
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(project / "docs" / rel, docs / rel)
    (folder / "mkdocs.yml").write_text(CONFIG.format(name=site_name(project / "mkdocs.yml")), encoding="utf-8")
    # Not strict: the stock theme warns about what our Markdown extensions would have understood.
    run([sys.executable, "-m", "mkdocs", "build", "--quiet"], folder)
    return folder / "site"
