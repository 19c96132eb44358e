"""Imports flow one way: the import-linter contracts in pyproject.toml hold, and they fail on a planted
reverse import, cycle or unplaced module; no private name (a leading underscore) crosses a module border.

`make test` runs `lint-imports` on the package itself. These tests run it on a copy in tmp_path, with
one defect planted, to show that each kind of contract can fail.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "scripts" / "roleguide"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def copy_package(target: Path) -> Path:
    """pyproject.toml (the contracts) and the package, as lint-imports reads them from `target`."""
    shutil.copy2(ROOT / "pyproject.toml", target / "pyproject.toml")
    shutil.copytree(PACKAGE, target / "scripts" / "roleguide", ignore=shutil.ignore_patterns("__pycache__"))
    return target / "scripts" / "roleguide"


def lint_imports(project: Path) -> tuple[int, str, list[str]]:
    """Exit code, output and the names of the broken contracts, for the copy in `project`."""
    # The copy comes first on the path, before the installed (editable) package.
    env = {**os.environ, "PYTHONPATH": str(project / "scripts"), "NO_COLOR": "1", "COLUMNS": "200"}
    result = subprocess.run(
        [str(LINT_IMPORTS), "--no-logo", "--no-cache"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    broken = re.findall(r"^(.+?) BROKEN$", output, flags=re.MULTILINE)
    return result.returncode, output, broken


def plant(package: Path, module: str, line: str) -> None:
    """Append an import to a module of the copy (a new module if it does not exist)."""
    path = package.joinpath(*module.split(".")).with_suffix(".py")
    text = path.read_text(encoding="utf-8") if path.exists() else '"""Planted by a test."""\n'
    path.write_text(text + f"\n{line}  # planted by tests/test_imports.py\n", encoding="utf-8")


def test_the_contracts_hold_on_an_unmodified_copy(tmp_path: Path) -> None:
    copy_package(tmp_path)
    code, output, broken = lint_imports(tmp_path)
    assert code == 0 and not broken, output
    contracts = (ROOT / "pyproject.toml").read_text(encoding="utf-8").count("[[tool.importlinter.contracts]]")
    assert f"Contracts: {contracts} kept, 0 broken." in output, output


@pytest.mark.parametrize(
    ("module", "line", "contracts"),
    [
        pytest.param(
            "model.schema.files",
            "from roleguide.render import render_pages",
            {"roleguide: entry points > build > render > load > model", "roleguide: no import cycle in any package"},
            id="model-imports-render",
        ),
        pytest.param(
            "load.read",
            "from roleguide.build import sync",
            {"roleguide: entry points > build > render > load > model", "roleguide: no import cycle in any package"},
            id="load-imports-an-entry-point",
        ),
        pytest.param(
            "problems",
            "from roleguide.model import Guide",
            {"roleguide: entry points > build > render > load > model", "roleguide: no import cycle in any package"},
            id="shared-module-imports-the-model",
        ),
        pytest.param(
            "model.schema.links",
            "from roleguide.model.rules.links import check_spot",
            {"model: guide > rules > schema > text, pages", "roleguide: no import cycle in any package"},
            id="schema-imports-rules",
        ),
        pytest.param(
            "model.rules.topics",
            "from roleguide.model.rules.glossary import entries",
            {"model.rules: findability > one per file > links"},
            id="two-rules-depend-on-each-other",
        ),
        pytest.param(
            "render.base",
            "from roleguide.render.sections import render_guide_pages",
            {
                "render: registry > cards > one per page > base > links, previews, drawing",
                "roleguide: no import cycle in any package",
            },
            id="render-base-imports-a-page",
        ),
        pytest.param(
            "render.infographic.fonts",
            "def measure():\n    from roleguide.render.infographic.layout import Layout",
            {"render.infographic: page > svg > layout > fonts", "roleguide: no import cycle in any package"},
            id="lazy-import-inside-a-function",
        ),
        pytest.param(
            "load.hints",
            "from roleguide.load.read import Located",
            {"roleguide: no import cycle in any package"},
            id="cycle-where-no-layers-are-declared",
        ),
        pytest.param(
            "render.extra",
            "from roleguide.model import Guide",
            {"render: registry > cards > one per page > base > links, previews, drawing"},
            id="module-without-a-place-in-its-layers",
        ),
    ],
)
def test_a_planted_defect_breaks_the_contract(tmp_path: Path, module: str, line: str, contracts: set[str]) -> None:
    package = copy_package(tmp_path)
    plant(package, module, line)
    code, output, broken = lint_imports(tmp_path)
    assert code != 0, output
    assert contracts <= set(broken), output


def private_imports(package: Path) -> list[str]:
    """`from <a roleguide module> import _name`: a private name crossing a module border."""
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            ours = node.level > 0 or (node.module or "").split(".")[0] == "roleguide"
            names = [alias.name for alias in node.names if alias.name.startswith("_") and alias.name != "__future__"]
            if ours and names and node.module != "__future__":
                found.append(f"{path.relative_to(package.parent)}:{node.lineno}: {', '.join(names)}")
    return found


def test_no_private_name_crosses_a_module_border() -> None:
    assert private_imports(PACKAGE) == []


def test_a_planted_private_import_is_found(tmp_path: Path) -> None:
    package = copy_package(tmp_path)
    plant(package, "render.links", "from .base import _finalize_markdown")
    [found] = private_imports(package)
    assert found.startswith("roleguide/render/links.py:") and found.endswith(": _finalize_markdown")
