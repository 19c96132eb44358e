"""Bundling: the hand-written stylesheets and scripts of assets/ into the few files that pages load.

Every .css and .js file at the top of assets/ is an entry: esbuild (pinned in tools/package.json,
installed by `make tools`) follows its @import or import lines, joins everything into one file and
minifies it. assets/roleguide.css becomes docs/assets/stylesheets/roleguide.css and
assets/roleguide.js becomes docs/assets/javascripts/roleguide.js; a new entry gets the same treatment.
Scripts are wrapped in one function (no globals leak) and are classic scripts, not modules, so they
also run from file:// (the offline copy). Data from content/ reaches a script through `defines`:
esbuild puts the JSON in place of the named identifier.

The generator (build.py) calls this and writes the result into docs/ with the generated pages; it runs
esbuild's own binary as a subprocess, so it needs no Node.js at build time and no MkDocs hook: any
tool that reads mkdocs.yml gets the same files. A syntax error, a missing import or any warning of
esbuild stops the build with esbuild's message (file:line:column) and writes nothing.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Mapping
from pathlib import Path

from .load import display

ROOT = Path(__file__).resolve().parents[2]  # scripts/roleguide/bundle.py -> the project
TOOLS = ROOT / "tools"
# Where each kind of entry lands, relative to docs/.
OUTPUT = {".css": "assets/stylesheets", ".js": "assets/javascripts"}
BANNER = "/* The role guide: {entry} and what it imports, bundled by roleguide. Edit assets/, not this file. */"


class BundleError(Exception):
    """esbuild is missing or refused an entry; str() says which file and what to do."""


def pinned_version() -> str:
    """The esbuild version that tools/package.json pins."""
    manifest = json.loads((TOOLS / "package.json").read_text(encoding="utf-8"))
    return str(manifest["dependencies"]["esbuild"])


def esbuild() -> Path:
    """esbuild's native binary from tools/node_modules (npm installs the one for this platform)."""
    wanted = pinned_version()
    found = sorted((TOOLS / "node_modules" / "@esbuild").glob("*/bin/esbuild"))
    versions = [
        json.loads((path.parents[1] / "package.json").read_text(encoding="utf-8")).get("version") for path in found
    ]
    for path, version in zip(found, versions, strict=True):
        if version == wanted:
            return path
    raise BundleError(
        f"esbuild {wanted} is not installed in {display(TOOLS / 'node_modules')} "
        f"(found: {', '.join(str(v) for v in versions) or 'nothing'}); run `make tools`, "
        "which installs the versions pinned in tools/package-lock.json"
    )


def entries(assets: Path) -> list[Path]:
    """The entries of assets/: every .css and .js file at its top, in name order."""
    if not assets.is_dir():
        raise BundleError(f"{display(assets)} is missing: it holds the stylesheets and scripts of the site")
    found = sorted(p for p in assets.iterdir() if p.is_file() and p.suffix in OUTPUT)
    if not found:
        raise BundleError(f"{display(assets)} has no .css or .js entry to bundle")
    return found


def output_path(entry: Path) -> str:
    """Where an entry's bundle lands, relative to docs/."""
    return f"{OUTPUT[entry.suffix]}/{entry.name}"


def bundle_assets(assets: Path, defines: Mapping[str, object] | None = None) -> dict[str, str]:
    """Every entry of assets/ bundled and minified: {path relative to docs/: text}.

    `defines` maps an identifier that the scripts use to the data (anything JSON can hold) that
    takes its place. Raises BundleError, with esbuild's messages, when an entry does not build.
    """
    binary = esbuild()
    bundles: dict[str, str] = {}
    for entry in entries(assets):
        kind = entry.suffix.lstrip(".")
        command = [
            str(binary),
            entry.name,
            "--bundle",
            "--minify",
            "--charset=utf8",
            "--log-level=warning",
            "--color=false",
            f"--banner:{kind}={BANNER.format(entry=f'{assets.name}/{entry.name}')}",
        ]
        if kind == "js":
            command.append("--format=iife")
            for name, value in sorted((defines or {}).items()):
                command.append(f"--define:{name}={json.dumps(value, sort_keys=True, separators=(',', ':'))}")
        result = subprocess.run(command, cwd=assets, capture_output=True, text=True, check=False)
        # A warning stops the build too, as `mkdocs build --strict` does for MkDocs' own warnings.
        if result.returncode != 0 or result.stderr.strip():
            messages = result.stderr.strip() or f"esbuild exited with {result.returncode}"
            raise BundleError(f"{display(entry)} does not bundle (esbuild, run in {display(assets)}):\n{messages}")
        bundles[output_path(entry)] = result.stdout
    return bundles
