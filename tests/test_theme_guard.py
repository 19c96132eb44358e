"""The guard on what works around the theme (roleguide/patches.py): each patch and each copied template
names the files of Material and of Zensical that it relies on, and this test fails when the installed
theme's copy of one of them is not the one recorded in tests/theme-files.json, naming the
patches to re-check. Once they are checked (their tests pass, and `python -m roleguide.bench --only
patches` shows that each still pays), `pytest tests/test_theme_guard.py --update-goldens` records the
new files."""

from __future__ import annotations

import hashlib
import json
import shutil
from importlib import metadata
from pathlib import Path

import material
import zensical

from conftest import ROOT
from roleguide.patches import COPIES, MATERIAL, PATCHES, ZENSICAL, Patch

RECORD = ROOT / "tests" / "theme-files.json"
TEMPLATES = {
    MATERIAL: Path(material.__file__).parent / "templates",
    ZENSICAL: Path(zensical.__file__).parent / "templates",
}
GUARDED: tuple[Patch, ...] = (*PATCHES, *COPIES)


def installed() -> dict[str, dict[str, object]]:
    """Each theme's version, and for each glob that a patch names, the SHA-256 of what it matches."""
    found: dict[str, dict[str, object]] = {}
    for theme, folder in TEMPLATES.items():
        globs = sorted({glob for patch in GUARDED for glob in patch.theme[theme]})
        files = {}
        for glob in globs:
            digest = hashlib.sha256()
            for path in sorted(folder.glob(glob)):
                digest.update(path.read_bytes())
            files[glob] = digest.hexdigest() if any(folder.glob(glob)) else "missing"
        found[theme] = {"version": metadata.version(theme), "files": files}
    return found


def guard(recorded: dict, current: dict) -> list[str]:
    """What changed in the installed themes since the patches were checked, with the patches to re-check."""
    problems = []
    for theme, now in current.items():
        then = recorded.get(theme, {"version": "nothing", "files": {}})
        changed = sorted(g for g, digest in now["files"].items() if then["files"].get(g) != digest)
        if not changed and now["version"] == then["version"]:
            continue
        lines = [
            f"{theme} {now['version']} is installed; the patches were checked against {then['version']}.",
            *(
                f"  {glob} changed: re-check {', '.join(p.name for p in GUARDED if glob in p.theme[theme])}"
                for glob in changed
            ),
        ]
        problems.append("\n".join(lines))
    return problems


def test_the_installed_themes_are_those_the_patches_were_checked_against(update_goldens: bool) -> None:
    current = installed()
    if update_goldens:
        RECORD.write_text(json.dumps(current, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    problems = guard(json.loads(RECORD.read_text(encoding="utf-8")), current)
    assert not problems, (
        "\n".join(problems) + "\nOnce each is checked (its tests pass, `python -m roleguide.bench --only patches` "
        "shows it still pays), record the files: pytest tests/test_theme_guard.py --update-goldens"
    )


def test_a_changed_theme_file_names_the_patches_that_rely_on_it() -> None:
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))
    planted = json.loads(json.dumps(recorded))
    planted[ZENSICAL]["files"]["partials/palette.html"] = "0" * 64
    planted[MATERIAL]["version"] = "9.0.0"
    (zensical_problem,) = [p for p in guard(planted, installed()) if p.startswith(ZENSICAL)]
    assert "partials/palette.html changed: re-check palette" in zensical_problem
    (material_problem,) = [p for p in guard(planted, installed()) if p.startswith(MATERIAL)]
    assert "the patches were checked against 9.0.0" in material_problem


def test_every_patch_names_its_files_and_each_theme_file_exists() -> None:
    for patch in GUARDED:
        assert patch.buys and patch.ours, patch.name
        assert all((ROOT / path).is_file() for path in patch.ours), patch.name
        for theme, folder in TEMPLATES.items():
            assert patch.theme[theme], f"{patch.name}: no {theme} file named"
            for glob in patch.theme[theme]:
                assert any(folder.glob(glob)), f"{patch.name}: {glob} matches nothing in {theme}"
    assert len({p.name for p in GUARDED}) == len(GUARDED)


def test_the_benchmark_can_take_each_patch_out(tmp_path: Path) -> None:
    """Each patch that is not a post-build step is taken out by edits that apply to today's files."""
    for patch in PATCHES:
        assert (patch.step is None) != (not patch.edits), f"{patch.name}: a step or edits, one of the two"
        copy = tmp_path / patch.name
        for edit in patch.edits:
            source = ROOT / edit.path
            (copy / edit.path).parent.mkdir(parents=True, exist_ok=True)
            if not (copy / edit.path).exists():
                shutil.copy2(source, copy / edit.path)
            edit.apply(copy)
