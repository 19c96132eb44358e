"""Writing what the generator makes: the generated pages, their pictures and the bundled stylesheet
and script into docs/ (sync, generate) and the site into site/ through a strict build of either engine
(build). The entry points (cli, publish, the MkDocs hooks) call it.

Every write goes through a temporary file that replaces its target, and nothing is written when content/
has a mistake. It never imports MkDocs or Zensical: `build` runs the engine as a subprocess
(engines.py), so the generator works the same under any tool that reads mkdocs.yml.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Collection, Mapping
from pathlib import Path

from . import postbuild
from .bundle import BundleError, bundle_assets
from .engines import MKDOCS, ZENSICAL, command, zensical_config
from .load import ContentError, Located, display, load_guide
from .model import Guide
from .pictures import Pictures, cache_folder, draw
from .render import Drawing, anchor_map, render_pages

# docs/.gitignore doubles as the list of files the generator owns: git ignores them, and a file in
# docs/ that is not on the list is hand-written, so the generator refuses to overwrite it.
MANIFEST = ".gitignore"
MANIFEST_HEAD = "# Written by roleguide: the generated files in docs/. Git ignores them; edit content/ instead.\n"
# `roleguide build` generates, then runs `mkdocs build`, whose hooks would generate the same files again
# and run the post-build pipeline that `build` runs itself: this variable, set to the docs folder just
# generated, tells them to skip both (hooks/generate.py, hooks/publish.py).
GENERATED = "ROLEGUIDE_GENERATED"


def _owned(docs: Path) -> set[str]:
    manifest = docs / MANIFEST
    if not manifest.is_file() or not manifest.read_text(encoding="utf-8").startswith(MANIFEST_HEAD):
        return set()
    lines = manifest.read_text(encoding="utf-8").splitlines()[1:]
    return {line.lstrip("/") for line in lines if line and line != f"/{MANIFEST}"}


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)


def _as_bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def _remove_empty_folders(docs: Path, folder: Path) -> None:
    """Folders that held only generated files go with them (never docs/ itself)."""
    while folder != docs and folder.is_relative_to(docs) and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def sync(docs: Path, files: Mapping[str, str | bytes]) -> list[str]:
    """Make the generated part of docs/ equal `files`; touch nothing that is unchanged or hand-written.

    Returns the paths written or removed. Raises ContentError, having written nothing, when a generated
    path would replace a hand-written file.
    """
    owned = _owned(docs)
    collisions = [
        Located(
            display(docs / p),
            0,
            "",
            "is a hand-written file, and content/ generates a page at the "
            "same path; rename the section id or move the hand-written file",
        )
        for p in files
        if p not in owned and (docs / p).exists()
    ]
    if collisions:
        raise ContentError(collisions)
    changed = []
    for rel, content in files.items():
        data, target = _as_bytes(content), docs / rel
        if not target.is_file() or target.read_bytes() != data:
            write_atomic(target, data)
            changed.append(rel)
    for rel in sorted(owned - set(files)):
        if (docs / rel).is_file():
            (docs / rel).unlink()
            changed.append(rel)
            _remove_empty_folders(docs, (docs / rel).parent)
    manifest = MANIFEST_HEAD + "".join(f"/{p}\n" for p in [MANIFEST, *sorted(files)])
    if not (docs / MANIFEST).is_file() or (docs / MANIFEST).read_text(encoding="utf-8") != manifest:
        write_atomic(docs / MANIFEST, manifest.encode("utf-8"))
    return changed


def generated_files(guide: Guide, assets: Path, site_url: str | None = None) -> dict[str, str | bytes | Drawing]:
    """Everything the generator writes into docs/: the rendered pages (pictures still as Drawings), and
    assets/ bundled with the data from content/ that the scripts need (the map of old anchors).
    `site_url` is the published address, which the infographic names (mkdocs.yml reads it from SITE_URL)."""
    files = render_pages(guide, site_url)
    files.update(bundle_assets(assets, {"ROLEGUIDE_ANCHOR_REDIRECTS": anchor_map(guide)}))
    return files


def write_generated(guide: Guide, docs: Path, assets: Path, site_url: str | None = None) -> tuple[list[str], Pictures]:
    """Render the guide, bundle assets/, draw the pictures (or take them from the cache, pictures.py),
    and write what changed into docs/. Returns the paths written or removed, and which pictures were
    drawn. Nothing is written on error (ContentError, BundleError)."""
    pictures = draw(generated_files(guide, assets, site_url), cache_folder(docs))
    return sync(docs, pictures.files), pictures


def generate(content: Path, docs: Path, assets: Path, site_url: str | None = None) -> list[str]:
    """Load, validate and render everything, bundle assets/, then write what changed. Nothing is
    written on error."""
    return write_generated(load_guide(content), docs, assets, site_url)[0]


def last_commit_time(repo: Path) -> str:
    """The date in sitemap.xml: the last commit, so that two builds of one commit are identical.
    Outside a git checkout (or before the first commit) MkDocs falls back to the current date."""
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=repo, capture_output=True, text=True, check=False
        )
    except OSError:
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""


def build(
    content: Path,
    docs: Path,
    site: Path,
    config: Path,
    assets: Path,
    site_url: str | None = None,
    engine: str = MKDOCS,
    without: Collection[str] = (),
) -> None:
    """Generate once, build with the engine (strict) into a temporary folder, run the post-build
    pipeline over it (postbuild/, less the steps named in `without`), then swap it in for site/.

    A content error or a failed build leaves both the generated pages and site/ as they were. The
    pages are generated once, and the pipeline runs once: the MkDocs hooks, told so by GENERATED, do
    neither.
    """
    generate(content, docs, assets, site_url)
    site = site.resolve()
    site.parent.mkdir(parents=True, exist_ok=True)
    if engine == ZENSICAL and not site.is_relative_to(config.resolve().parent):
        raise SystemExit(
            f"zensical builds only inside the project folder; choose a --site under {display(config.parent)}"
        )
    staging = Path(tempfile.mkdtemp(prefix=f".{site.name}.new-", dir=site.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; web servers and GitHub Pages must read it
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", GENERATED: str(docs.resolve())}
    if "SOURCE_DATE_EPOCH" not in env:
        # The last commit, else the start of today (UTC), as MkDocs dates a build without either.
        env["SOURCE_DATE_EPOCH"] = last_commit_time(config.resolve().parent) or str(int(time.time()) // 86400 * 86400)
    engine_config = config
    if engine == ZENSICAL:
        engine_config, text = zensical_config(config, staging)
        write_atomic(engine_config, text.encode("utf-8"))
    try:
        result = subprocess.run(command(engine, engine_config, staging), env=env, check=False)
    finally:
        if engine_config != config:
            engine_config.unlink(missing_ok=True)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise SystemExit(f"{engine} build failed (exit {result.returncode}); {display(site)} is unchanged")
    try:
        postbuild.run(staging, engine, int(env["SOURCE_DATE_EPOCH"]), without)
    except (ValueError, BundleError) as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise SystemExit(f"{error}; {display(site)} is unchanged") from None
    retired = site.with_name(f".{site.name}.old")
    shutil.rmtree(retired, ignore_errors=True)
    if site.exists():
        site.rename(retired)
    staging.rename(site)
    shutil.rmtree(retired, ignore_errors=True)
