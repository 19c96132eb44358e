"""Shared fixtures: the repository, throw-away copies of the project, and the CLI as a subprocess."""

from __future__ import annotations

import itertools
import os
import random
import shutil
import socket
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "content"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite tests/golden/ from the current output")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that reads the built site (the `built_project` fixture, directly or through `site` and
    the others) is a build test whether it says so or not: `make test-fast` leaves out `build`."""
    for item in items:
        if "built_project" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.build)


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m roleguide ...` exactly as a user runs it; output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "roleguide", *args],
        cwd=cwd,
        env={**ENV, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


def copy_project(target: Path, content: Path = ROOT / "content") -> Path:
    """A copy of everything a build reads, without generated files, so a test may change it freely."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(
        ROOT / "scripts",
        target / "scripts",
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
    )
    shutil.copytree(content, target / "content", dirs_exist_ok=True)
    shutil.copytree(ROOT / "overrides", target / "overrides", dirs_exist_ok=True)
    shutil.copytree(ROOT / "assets", target / "assets", dirs_exist_ok=True)
    generated = _generated(ROOT / "docs")
    shutil.copytree(
        ROOT / "docs",
        target / "docs",
        dirs_exist_ok=True,
        ignore=lambda folder, names: [
            n for n in names if (Path(folder) / n).relative_to(ROOT / "docs").as_posix() in generated
        ],
    )
    return target


# Ports for a server that binds only after a while (`mkdocs serve` binds after its first build): below
# the range that the kernel draws from for every outgoing connection and bind(0) (32768 and up), so
# none of those takes the port meanwhile, in a slice of its own for each pytest-xdist worker, from a
# random start so that two test runs side by side rarely try the same one.
_PORTS = (10_000, 32_000)
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
_WORKERS = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
_SPAN = (_PORTS[1] - _PORTS[0]) // _WORKERS
_NEXT = itertools.count(random.randrange(_SPAN))


def free_port() -> int:
    """A port on 127.0.0.1 that is free now and that nothing but the test's own server will ask for."""
    for _ in range(_SPAN):
        port = _PORTS[0] + _WORKER * _SPAN + next(_NEXT) % _SPAN
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
    raise RuntimeError("no free port below the ephemeral range")


def fetch(url: str, timeout: float = 5) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode("utf-8")


class Served:
    """A running `mkdocs serve`: its address (no trailing slash) and what it has printed so far. A
    thread reads its output as it comes, so the pipe never fills (a full pipe would stall the server),
    and a test can wait for a line such as "Reloading browsers" (the end of a rebuild)."""

    def __init__(self, url: str, output: IO[str]) -> None:
        self.url = url
        self._lines: list[str] = []
        self._ended = False
        self._changed = threading.Condition()
        threading.Thread(target=self._read, args=(output,), daemon=True).start()

    def _read(self, output: IO[str]) -> None:
        for line in output:
            with self._changed:
                self._lines.append(line)
                self._changed.notify_all()
        with self._changed:
            self._ended = True
            self._changed.notify_all()

    def output(self) -> str:
        with self._changed:
            return "".join(self._lines)

    def _count(self, text: str) -> int:
        return sum(text in line for line in self._lines)

    def wait_for(self, text: str, count: int = 1, timeout: float = 90) -> bool:
        """Whether `count` lines holding `text` have been printed, waiting for them up to `timeout`
        seconds; False at once when serve has stopped without them."""
        with self._changed:
            self._changed.wait_for(lambda: self._count(text) >= count or self._ended, timeout)
            return self._count(text) >= count


@contextmanager
def mkdocs_serve(project: Path, *args: str) -> Iterator[Served]:
    """`mkdocs serve` on a free port in `project` (a copy_project), as `make serve` runs it; yields once
    it says it serves (after the first build), stops the server on the way out."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", *args],
        cwd=project,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert server.stdout is not None
    served = Served(f"http://127.0.0.1:{port}", server.stdout)
    try:
        assert served.wait_for(f"Serving on {served.url}/"), "mkdocs serve did not start:\n" + served.output()
        yield served
    finally:
        server.terminate()
        server.wait(timeout=10)


def _generated(docs: Path) -> set[str]:
    manifest = docs / ".gitignore"
    if not manifest.is_file():
        return set()
    return {line.lstrip("/") for line in manifest.read_text(encoding="utf-8").splitlines() if line.startswith("/")}


def is_redirect(page: Path) -> bool:
    """A stub that the generator writes at an old address (content/redirects.yml), not a page."""
    return 'http-equiv="refresh"' in page.read_text(encoding="utf-8")


def page_files(site: Path) -> list[Path]:
    """Every page of a build (each index.html, without the redirect stubs), sorted."""
    return [p for p in sorted(site.rglob("index.html")) if not is_redirect(p)]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under folder with its bytes: compare two snapshots to prove nothing changed."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real content, built once with `roleguide build` in a copy of the project."""
    project = copy_project(tmp_path_factory.mktemp("built"))
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project


@pytest.fixture(scope="session")
def site(built_project: Path) -> Path:
    return built_project / "site"


@pytest.fixture(scope="session")
def zensical_site(built_project: Path) -> Path:
    """The same project built with the second engine (`roleguide build --engine zensical`, as `make
    build-zensical` runs it) into site-zensical/, next to the MkDocs build."""
    result = run_cli("build", "--engine", "zensical", cwd=built_project)
    assert result.returncode == 0, result.stdout + result.stderr
    return built_project / "site-zensical"


@pytest.fixture
def fixture_content(tmp_path: Path) -> Iterator[Path]:
    """A writable copy of the small fixture content."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    yield target
