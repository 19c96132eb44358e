"""`make bench`: what the site costs to build and to load. A benchmark that prints numbers, never a test.

Run as `python -m roleguide.bench`:

1. median time of `python -m roleguide generate` and of the whole `make build` (after set-up);
2. each page type (home, a section, comparison, infographic) next to the same page of a stock
   Material site built from the same text in the same run (stock.py): requests and bytes of a first
   load, counted by Chromium (plain and gzip-serving host), and Lighthouse mobile scores (the version
   pinned in tools/package.json, `make tools`), with the targets of issue 10 (pages.py);
3. the search: hit@1 and MRR of tests/search.yml on both builds, and the bytes one search fetches;
4. synthetic guides of 10, 100 and 1000 sections: build time, site size and how both grow;
5. both engines, MkDocs and Zensical: build time of the real site and of a synthetic 1000-section guide;
6. what each patch of roleguide/patches.py buys, under each engine (patches.py).
Everything runs in temporary copies of the project; the working tree is not touched.
"""

from __future__ import annotations

import argparse
import functools
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import yaml

from ..engines import CONFIG_DUMPER, ENGINES, ZENSICAL, command, flat_config
from ..patches import Patch
from .pages import bench_pages, page_types
from .patches import bench_patches
from .search import bench_search
from .serve import chromium, first_load_bytes, serving
from .stock import stock_site
from .synthetic import synthetic_content

ROOT = Path(__file__).resolve().parents[3]  # scripts/roleguide/bench/run.py -> the project
PROJECT_FILES = ["mkdocs.yml", "Makefile", "requirements.txt", "pyproject.toml"]
PROJECT_DIRS = ["assets", "content", "docs", "overrides", "scripts"]
# The npm tools' manifests: `make build` checks them (esbuild); node_modules is shared with this checkout.
TOOLS_FILES = ["package.json", "package-lock.json", ".npmrc", "purge.mjs"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "PYTHONDONTWRITEBYTECODE": "1"}
BUILD_TARGET_SECONDS = 20.0


def _in_docs(path: str) -> str | None:
    """A path of the project as docs/.gitignore names it, or None outside docs/ (assets/javascripts/
    charter.js is a source; docs/assets/javascripts/charter.js is generated)."""
    return path.removeprefix("docs/") if path.startswith("docs/") else None


def copy_project(target: Path, content: Path | None = None) -> Path:
    """What a build reads, without generated pages, built sites or caches."""
    generated = _generated(ROOT / "docs")
    for name in PROJECT_FILES:
        shutil.copy2(ROOT / name, target / name)
    for name in PROJECT_DIRS:
        shutil.copytree(
            ROOT / name,
            target / name,
            ignore=lambda folder, names: [
                n
                for n in names
                if n in ("__pycache__", ".pytest_cache")
                or n.endswith(".egg-info")
                or _in_docs((Path(folder) / n).relative_to(ROOT).as_posix()) in generated
            ],
        )
    (target / "tools").mkdir()
    for name in TOOLS_FILES:
        shutil.copy2(ROOT / "tools" / name, target / "tools" / name)
    (target / "tools" / "node_modules").symlink_to(ROOT / "tools" / "node_modules")
    if content is not None:
        shutil.rmtree(target / "content")
        shutil.copytree(content, target / "content")
    return target


def _generated(docs: Path) -> set[str]:
    manifest = docs / ".gitignore"
    lines = manifest.read_text(encoding="utf-8").splitlines() if manifest.is_file() else []
    return {line.lstrip("/") for line in lines if line.startswith("/")}


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    """Seconds the command took; stops the benchmark with its output if it fails."""
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env or ENV, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed in {cwd}:\n{result.stdout}{result.stderr}")
    return elapsed


def median_seconds(runs: int, once: Callable[[], float]) -> tuple[float, list[float]]:
    times = [once() for _ in range(runs)]
    return statistics.median(times), times


def folder_bytes(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


@contextmanager
def temporary(prefix: str) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix=f"roleguide-bench-{prefix}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def bench_build(runs: int) -> None:
    print(f"\n## Build times (median of {runs} runs)")
    with temporary("build") as project:
        copy_project(project)
        venv = str(ROOT / ".venv")

        def generate() -> float:
            docs = project / f"docs-{time.monotonic_ns()}"
            shutil.copytree(project / "docs", docs)
            try:
                return run([sys.executable, "-m", "roleguide", "--docs", str(docs), "generate"], project)
            finally:
                shutil.rmtree(docs)

        def build() -> float:
            return run(["make", "-s", "build", f"VENV={venv}"], project)

        for name, once in (("generation (python -m roleguide generate)", generate), ("make build", build)):
            middle, times = median_seconds(runs, once)
            print(f"{name:44} {middle:6.2f} s   (runs: {', '.join(f'{t:.2f}' for t in times)})")


def build_ref(ref: str, target: Path, env: dict[str, str]) -> Path:
    """Build the project as it is at git `ref` into target/site, with that version's own generator
    (its scripts/ first on the path) and this checkout's npm tools; returns the site."""
    target.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", ref], cwd=ROOT, capture_output=True, check=False)
    if archive.returncode != 0:
        sys.exit(f"git archive {ref} failed: {archive.stderr.decode(errors='replace')}")
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    (target / "tools" / "node_modules").symlink_to(ROOT / "tools" / "node_modules")
    run([sys.executable, "-m", "roleguide", "build"], target, {**env, "PYTHONPATH": str(target / "scripts")})
    return target / "site"


def bench_site(lighthouse_runs: int, before: str | None) -> None:
    with ExitStack() as stack:
        project = stack.enter_context(temporary("site"))
        names = ["before", "ours"] if before else ["ours"]
        gzip_urls = {name: stack.enter_context(serving(project / name / "site", compress=True)) for name in names}
        # canonical links must point at the host Lighthouse loads, or its SEO audit would object
        (project / "ours").mkdir()
        copy_project(project / "ours")
        ours_env = {**ENV, "SITE_URL": gzip_urls["ours"] + "/"}
        run([sys.executable, "-m", "roleguide", "build"], project / "ours", ours_env)
        sites = {"stock": stock_site(project / "ours", project / "stock", run)}
        if before:
            sites["before"] = build_ref(before, project / "before", {**ENV, "SITE_URL": gzip_urls["before"] + "/"})
        sites["ours"] = project / "ours" / "site"
        # The same checkout built by Zensical, for its own address.
        gzip_urls["zens"] = stack.enter_context(serving(project / "ours" / "site-zensical", compress=True))
        zens_env = {**ENV, "SITE_URL": gzip_urls["zens"] + "/"}
        run([sys.executable, "-m", "roleguide", "build", "--engine", ZENSICAL], project / "ours", zens_env)
        sites["zens"] = project / "ours" / "site-zensical"
        described = (
            "stock = Material with the same text (stock.py); ours = this checkout; zens = ours built by Zensical"
        )
        print(f"\nsites: {described}" + (f"; before = git {before}" if before else ""))
        bench_pages(page_types(sites["ours"]), sites, gzip_urls, lighthouse_runs)
        bench_search({"ours": sites["ours"], "zens": sites["zens"]})


@contextmanager
def variant(engine: str, patch: Patch | None) -> Iterator[Path]:
    """The project built with `engine`, without `patch` (as it is when None), in a temporary folder."""
    with temporary(f"{engine}-{patch.name if patch else 'base'}") as folder:
        copy_project(folder)
        for edit in patch.edits if patch else ():
            edit.apply(folder)
        without = ["--without", patch.step] if patch and patch.step else []
        run([sys.executable, "-m", "roleguide", "build", "--engine", engine, *without], folder)
        yield folder / ("site-zensical" if engine == ZENSICAL else "site")


def bench_growth(counts: list[int]) -> None:
    print("\n## Synthetic guides (same schema, templates and config; nested parts of at most 10)")
    print(
        f"{'sections':>8} {'build':>8} {'site size':>12} {'files':>7} {'HTML':>11} {'per page':>10} {'first load':>12}"
    )
    rows = []
    for count in counts:
        with temporary(f"n{count}") as project:
            copy_project(project)
            ids = synthetic_content(ROOT / "content", project / "content", count)
            seconds = run([sys.executable, "-m", "roleguide", "build"], project)
            size, files = folder_bytes(project / "site")
            html = sum(p.stat().st_size for p in (project / "site").rglob("*.html"))
            pages = len(list((project / "site").rglob("*.html")))
            with serving(project / "site") as url, chromium() as browser:
                load = first_load_bytes(browser, f"{url}/{ids[-1]}/")  # the last section, deepest in the nav
            rows.append((count, seconds, size, html))
            print(
                f"{count:8d} {seconds:7.1f}s {size / 2**20:9.1f} MiB {files:7d} {html / 2**20:8.1f} MiB "
                f"{html / pages / 1024:7.1f} KiB {load.kib:8.1f} KiB"
            )
    for label, column in (("build time", 1), ("site size", 2), ("HTML size", 3)):
        print(
            f"growth exponent of {label:10}: {_exponent([(r[0], r[column]) for r in rows]):.2f} over "
            f"{rows[0][0]}..{rows[-1][0]} sections, {_exponent([(r[0], r[column]) for r in rows[-2:]]):.2f} "
            f"over {rows[-2][0]}..{rows[-1][0]} (1 = linear, 2 = quadratic)"
        )
    biggest = rows[-1]
    verdict = "meets" if biggest[1] < BUILD_TARGET_SECONDS else "MISSES"
    print(f"{biggest[0]} sections build in {biggest[1]:.1f} s: {verdict} the {BUILD_TARGET_SECONDS:.0f} s target")


def bench_engines(runs: int, sections: int) -> None:
    """Each engine on the real site (median of `runs`) and on a synthetic guide (one run): the whole
    `python -m roleguide build --engine ...` (generation, then a strict build), and the engine alone on
    pages generated beforehand (its config flattened, without hooks). Zensical builds with --clean: no
    cache from an earlier build."""
    print(f"\n## Engines (real site: median of {runs} runs; {sections} sections: one run)")
    print(f"{'engine':10} {'roleguide build':>16} {'engine alone':>13} {'roleguide build':>16} {'engine alone':>13}")
    print(f"{'':10} {'real site':>16} {'real site':>13} {f'{sections} sections':>16} {f'{sections} sections':>13}")
    with temporary("engines") as project, temporary("engines-big") as big:
        copy_project(project)
        copy_project(big)
        synthetic_content(ROOT / "content", big / "content", sections)
        for folder in (project, big):
            run([sys.executable, "-m", "roleguide", "generate"], folder)
        for engine in ENGINES:
            build = [sys.executable, "-m", "roleguide", "build", "--engine", engine]
            whole, _ = median_seconds(runs, functools.partial(run, build, project))
            alone, _ = median_seconds(runs, functools.partial(_engine_alone, engine, project))
            print(
                f"{engine:10} {whole:15.2f}s {alone:12.2f}s {run(build, big):15.1f}s "
                f"{_engine_alone(engine, big):12.1f}s"
            )
    print("roleguide build includes generating the pages (under MkDocs, its hook generates them again, for now)")


def _engine_alone(engine: str, project: Path) -> float:
    data = flat_config(project / "mkdocs.yml")
    data.pop("hooks", None)
    staging = project / f"alone-{engine}"
    config = project / f".bench-{engine}.yml"
    data["site_dir"] = staging.name
    config.write_text(yaml.dump(data, Dumper=CONFIG_DUMPER, sort_keys=False), encoding="utf-8")
    try:
        return run(command(engine, config, staging), project)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(value) against log(count)."""
    xs, ys = [math.log(c) for c, _ in points], [math.log(v) for _, v in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main() -> int:
    parser = argparse.ArgumentParser(prog="roleguide.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per build timing (median)")
    parser.add_argument("--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page type (median)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000], help="synthetic section counts")
    parser.add_argument("--engine-sections", type=int, default=1000, help="synthetic sections for the engines")
    parts = ["build", "site", "growth", "engines", "patches"]
    parser.add_argument("--skip", nargs="*", default=[], choices=parts, help="parts to skip")
    parser.add_argument("--only", nargs="*", choices=parts, help="run only these parts")
    parser.add_argument("--before", metavar="REF", help="also measure the site as built at this git ref (e.g. main)")
    args = parser.parse_args()
    if args.only:
        args.skip = [part for part in parts if part not in args.only]
    print(f"# roleguide benchmark ({os.cpu_count()} CPU, Python {sys.version.split()[0]})")
    if "build" not in args.skip:
        bench_build(args.runs)
    if "site" not in args.skip:
        bench_site(args.lighthouse_runs, args.before)
    if "growth" not in args.skip:
        bench_growth(sorted(args.sizes))
    if "engines" not in args.skip:
        bench_engines(args.runs, args.engine_sections)
    if "patches" not in args.skip:
        bench_patches(args.lighthouse_runs, variant)
    return 0
