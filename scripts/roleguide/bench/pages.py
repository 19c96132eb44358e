"""`make bench`, the pages: each page type of our site next to the same page of a stock Material site
(stock.py), measured in one run on one machine; with `--before REF`, also the site as built at a git
ref (the state before a change), between the two.

1. First load (cold cache, phone screen, until the network is idle): requests, bytes uncompressed and
   from a gzip host, the ratios, and the targets of issue 10: at most the stock page's requests + 2;
   bytes no more than the stock page's (home, section, comparison) or 1.25 times (infographic).
2. Lighthouse, mobile: the median of several runs of each page, the sites taking turns so that a
   busy machine slows them alike; the spread of the performance score shows how noisy the run was.
   Targets: performance 98+ from a gzip host and 95+ uncompressed, CLS 0, TBT under 50 ms, and
   accessibility, best practices and SEO at 100.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path

from ..load import load_guide
from .lighthouse import ROOT, VERSION, Score, lighthouse_once, median_score
from .serve import Transfer, chromium, first_load_bytes, serving

HOSTS = ("gzip", "uncompressed")
EXTRA_REQUESTS = 2
BYTE_RATIO = {"infographic": 1.25}  # every other page type: 1.0
PERF_TARGET = {"gzip": 98, "uncompressed": 95}
TBT_TARGET_MS = 50
# The same checkout built by Zensical (run.py names it so): at most 1 request and 10 % of bytes more than
# the MkDocs build, on every page type (issue 24).
ENGINE_TWIN = "zens"
TWIN_RATIO = 1.10
# Astro Starlight with the same eleven pages, as issue 10 reports them (not measured here).
STARLIGHT = (
    "Starlight (issue 10, not measured here): 7-10 requests, 188-194 KiB raw, 49-50 KiB gzip; perf 100 gzip, 99-100 raw"
)


def page_types(site: Path) -> dict[str, str | None]:
    """URL path of each page type in this build, or None when the build has no such page (yet)."""
    folders = sorted(p.parent.name for p in site.glob("*/index.html"))
    first = load_guide(ROOT / "content").sections[0].id  # the first section in reading order
    found: dict[str, str | None] = {"home": "/", f"section ({first})": f"/{first}/"}
    for kind in ("comparison", "infographic"):
        match = next((name for name in folders if kind in name), None)
        found[kind] = f"/{match}/" if match else None
    return found


@contextmanager
def hosts(sites: Mapping[str, Path], gzip_urls: Mapping[str, str]) -> Iterator[dict[tuple[str, str], str]]:
    """Base URL of each (site, host). A site built for the address of its gzip host (its canonical
    links point there) is served there; every other host is started here."""
    with ExitStack() as stack:
        urls = {(site, "gzip"): url for site, url in gzip_urls.items()}
        for site, folder in sites.items():
            urls[(site, "uncompressed")] = stack.enter_context(serving(folder))
            if (site, "gzip") not in urls:
                urls[(site, "gzip")] = stack.enter_context(serving(folder, compress=True))
        yield urls


def byte_limit(kind: str) -> float:
    return next((ratio for name, ratio in BYTE_RATIO.items() if name in kind), 1.0)


def engine_verdict(ours: dict[str, Transfer], twin: dict[str, Transfer]) -> str:
    """The Zensical build against the MkDocs build of the same checkout: at most one request more, and
    bytes within TWIN_RATIO."""
    ratios = {host: twin[host].bytes / ours[host].bytes for host in HOSTS}
    misses = [f"{host} {ratio:.2f}x > {TWIN_RATIO}x" for host, ratio in ratios.items() if ratio > TWIN_RATIO]
    if twin["gzip"].requests > ours["gzip"].requests + 1:
        misses.append(f"{twin['gzip'].requests - ours['gzip'].requests:+d} requests")
    shown = ", ".join(f"{host} {ratio:.2f}x" for host, ratio in ratios.items())
    return f"{shown}: " + ("MISSES: " + ", ".join(misses) if misses else "met")


def load_verdict(kind: str, stock: dict[str, Transfer], ours: dict[str, Transfer]) -> str:
    misses = []
    if ours["gzip"].requests > stock["gzip"].requests + EXTRA_REQUESTS:
        misses.append(f"requests > stock + {EXTRA_REQUESTS}")
    limit = byte_limit(kind)
    for host in HOSTS:
        if ours[host].bytes > limit * stock[host].bytes:
            misses.append(f"{host} bytes > {limit:g} x stock")
    return "MISSES: " + ", ".join(misses) if misses else "met"


def bench_first_load(types: Mapping[str, str | None], sites: list[str], urls: Mapping[tuple[str, str], str]) -> None:
    print("\n## First load: requests and bytes on the wire (cold cache, phone screen, until the network is idle)")
    print(
        f"{'page type':30} {'site':6} {'req':>4} {'raw KiB':>9} {'gzip KiB':>9}   "
        f"{'vs stock: req':>13} {'raw':>5} {'gzip':>5}   targets"
    )
    with chromium() as browser:
        for kind, path in types.items():
            if path is None:
                print(f"{kind:30} absent from this build")
                continue
            for site in sites:
                load = {host: first_load_bytes(browser, urls[(site, host)] + path) for host in HOSTS}
                if site == "stock":
                    stock = load
                raw, packed = load["uncompressed"], load["gzip"]
                row = f"{kind:30} {site:6} {packed.requests:4d} {raw.kib:9.1f} {packed.kib:9.1f}"
                if site == "ours":
                    ours = load
                if site != "stock":
                    row += (
                        f"   {load['gzip'].requests - stock['gzip'].requests:+13d} "
                        f"{load['uncompressed'].bytes / stock['uncompressed'].bytes:5.2f} "
                        f"{load['gzip'].bytes / stock['gzip'].bytes:5.2f}   {load_verdict(kind, stock, load)}"
                    )
                if site == ENGINE_TWIN:
                    row += f"; vs ours: {engine_verdict(ours, load)}"
                print(row)
    print(STARLIGHT)


def perf_verdict(host: str, score: Score) -> str:
    misses = []
    if score.scores["perf"] < PERF_TARGET[host]:
        misses.append(f"perf < {PERF_TARGET[host]}")
    if round(score.metrics["cls"], 3) > 0:
        misses.append("CLS > 0")
    if score.metrics["tbt"] >= TBT_TARGET_MS:
        misses.append(f"TBT >= {TBT_TARGET_MS} ms")
    misses += [f"{name} < 100" for name in ("a11y", "best", "seo") if score.scores[name] < 100]
    return "MISSES: " + ", ".join(misses) if misses else "met"


def score_row(label: str, site: str, score: Score, verdict: str) -> str:
    m, s = score.metrics, score.scores
    runs = f"({min(score.perf_runs)}-{max(score.perf_runs)})"
    return (
        f"{label:34} {site:6} {s['perf']:4d} {runs:9} {s['a11y']:4d} {s['best']:4d} {s['seo']:4d} "
        f"{m['fcp'] / 1000:5.2f} s {m['lcp'] / 1000:5.2f} s {m['tbt']:5.0f} ms {m['cls']:6.3f}   {verdict}"
    )


def bench_lighthouse(
    types: Mapping[str, str | None], sites: list[str], urls: Mapping[tuple[str, str], str], runs: int
) -> None:
    print(f"\n## Lighthouse {VERSION}, mobile (simulated slow 4G, 4x slower CPU), median of {runs} run(s)")
    print("the sites take turns; (a-b) is the spread of the performance score over the runs")
    print(
        f"{'page type, host':34} {'site':6} {'perf':>4} {'(runs)':9} {'a11y':>4} {'best':>4} {'seo':>4} "
        f"{'FCP':>7} {'LCP':>7} {'TBT':>8} {'CLS':>6}   targets"
    )
    for kind, path in types.items():
        if path is None:
            continue
        for host in HOSTS:
            reports: dict[str, list[dict]] = {site: [] for site in sites}
            for _ in range(runs):
                for site in sites:
                    reports[site].append(lighthouse_once(urls[(site, host)] + path))
            scores = {site: median_score(reports[site]) for site in sites}
            for site in sites:
                verdict = perf_verdict(host, scores[site]) if site != "stock" else ""
                print(score_row(f"{kind}, {host}", site, scores[site], verdict))
            for note in scores[sites[-1]].notes:
                print(f"{'':42}{note}")


def bench_pages(
    types: Mapping[str, str | None], sites: Mapping[str, Path], gzip_urls: Mapping[str, str], lighthouse_runs: int
) -> None:
    """Measure each page type on each site: "stock" first, ours last (the targets are ours)."""
    with hosts(sites, gzip_urls) as urls:
        bench_first_load(types, list(sites), urls)
        if lighthouse_runs > 0:
            bench_lighthouse(types, list(sites), urls, lighthouse_runs)
