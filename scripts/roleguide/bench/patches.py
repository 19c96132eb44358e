"""`make bench`, the patches: what each piece of roleguide/patches.py buys, under each engine.

For each engine, the site is built as it is and once without each patch (a post-build step left out,
or the patch's edits made to a copy of the project); every build is served from a gzip host and
measured in one run: first-load requests and bytes (gzip) of each page type, and Lighthouse (mobile,
gzip host) on the home page and a section page, the builds taking turns. A patch pays when taking it
out costs at least 1 performance point, 5 ms of blocking time or 5 KiB gzip on some page type, under
either engine (the rule of issue 24); the verdict names where.
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path

from ..engines import ENGINES
from ..patches import PATCHES, Patch
from .lighthouse import lighthouse_once
from .pages import page_types
from .serve import chromium, first_load_bytes, serving

PERF_POINTS, TBT_MS, GZIP_KIB = 1, 5.0, 5.0
# Lighthouse on these page types (the first-load bytes are counted on all of them).
MEASURED = ("home", "section")
BASE = "as built"

# Builds the project with `engine`, without `patch` (None: as it is), in a temporary folder that lives
# as long as the context; yields the built site.
Variant = Callable[[str, Patch | None], AbstractContextManager[Path]]


def _lighthouse(urls: Mapping[str, str], path: str, runs: int) -> dict[str, tuple[float, float]]:
    """Median performance score and TBT of each build, the builds taking turns."""
    reports: dict[str, list[dict]] = {name: [] for name in urls}
    for _ in range(runs):
        for name, url in urls.items():
            reports[name].append(lighthouse_once(url + path))
    return {
        name: (
            statistics.median(100 * (r["categories"]["performance"]["score"] or 0) for r in found),
            statistics.median(r["audits"]["total-blocking-time"]["numericValue"] for r in found),
        )
        for name, found in reports.items()
    }


def _first_loads(urls: Mapping[str, str], kinds: Mapping[str, str]) -> dict[tuple[str, str], tuple[int, float]]:
    found = {}
    with chromium() as browser:
        for kind, path in kinds.items():
            for name, url in urls.items():
                load = first_load_bytes(browser, url + path)
                found[(name, kind)] = (load.requests, load.kib)
    return found


def costs(base: tuple[int, float, float, float], without: tuple[int, float, float, float]) -> list[str]:
    """What taking a patch out costs on one page: (requests, gzip KiB, perf, TBT) with and without it,
    where it reaches the rule's thresholds."""
    found = []
    if without[1] - base[1] >= GZIP_KIB:
        found.append(f"+{without[1] - base[1]:.1f} KiB gzip")
    if base[2] - without[2] >= PERF_POINTS:
        found.append(f"-{base[2] - without[2]:.0f} perf")
    if without[3] - base[3] >= TBT_MS:
        found.append(f"+{without[3] - base[3]:.0f} ms TBT")
    return found


def bench_patches(runs: int, variant: Variant) -> dict[str, list[str]]:
    """Print each engine's table and the verdict; returns, for each patch, where it pays."""
    print(f"\n## Patches: what taking each out costs (Lighthouse gzip host, median of {runs} runs)")
    print("rule: a patch stays when taking it out costs >= 1 perf point, >= 5 ms TBT or >= 5 KiB gzip on some page")
    verdicts: dict[str, list[str]] = {patch.name: [] for patch in PATCHES}
    for engine in ENGINES:
        with ExitStack() as stack:
            sites = {
                (patch.name if patch else BASE): stack.enter_context(variant(engine, patch))
                for patch in (None, *PATCHES)
            }
            kinds = {kind: path for kind, path in page_types(sites[BASE]).items() if path}
            urls = {name: stack.enter_context(serving(site, compress=True)) for name, site in sites.items()}
            loads = _first_loads(urls, kinds)
            scores = {kind: _lighthouse(urls, path, runs) for kind, path in kinds.items() if kind.startswith(MEASURED)}
        print(f"\n### {engine}")
        header = f"{'build':12} {'page type':22} {'req':>4} {'gzip KiB':>9} {'perf':>5} {'TBT ms':>7}"
        print(f"{header}   cost of taking it out")
        for name in urls:
            for kind in kinds:
                perf, tbt = scores.get(kind, {}).get(name, (float("nan"), float("nan")))
                requests, kib = loads[(name, kind)]
                label = name if kind == next(iter(kinds)) else ""
                line = f"{label:12} {kind:22} {requests:4d} {kib:9.1f} {perf:5.0f} {tbt:7.0f}"
                if name != BASE:
                    base_perf, base_tbt = scores.get(kind, {}).get(BASE, (perf, tbt))
                    found = costs((*loads[(BASE, kind)], base_perf, base_tbt), (*loads[(name, kind)], perf, tbt))
                    verdicts[name] += [f"{engine} {kind}: {c}" for c in found]
                    line += f"   {', '.join(found) or '-'}"
                print(line)
        sys.stdout.flush()
    print("\nverdict over both engines:")
    for patch in PATCHES:
        found = verdicts[patch.name]
        print(f"  {patch.name:10} {'pays: ' + '; '.join(found) if found else 'does NOT pay: take it out'}")
    return verdicts
