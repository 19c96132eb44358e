"""`make bench`, the search: how often the guide's search puts the expected result first (hit@1) and
the mean reciprocal rank of the expected result (MRR), for the queries of tests/search.yml, asked of
the built site through the same code as the search box (assets/search.js, window.roleguideSearch);
and the bytes one search fetches, from the first letter to its results, on a page already loaded."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .lighthouse import ROOT
from .serve import Transfer, chromium, serving, wire_bytes

TABLE = ROOT / "tests" / "search.yml"
_ASK = """async ([root, queries]) => {
  await new Promise((done) => {
    const wait = () => (window.roleguideSearch ? done() : setTimeout(wait, 20));
    document.querySelector("[data-rg-search-open]").dispatchEvent(new Event("focusin", { bubbles: true }));
    wait();
  });
  const out = {};
  for (const q of queries) out[q] = (await window.roleguideSearch.query(root, q)).map((r) => r.url);
  return out;
}"""


def queries(table: Path = TABLE) -> dict[str, str]:
    """Every query of the table with the result that must come first, whatever its group."""
    groups: Mapping[str, Mapping[str, str]] = yaml.safe_load(table.read_text(encoding="utf-8"))
    return {query: target for group in groups.values() for query, target in group.items()}


def relative(url: str) -> str:
    """/tools/?h=cpm#project -> tools/#project."""
    parts = urlsplit(url)
    return parts.path.lstrip("/") + (f"#{parts.fragment}" if parts.fragment else "")


def hits(expected: str, found: str) -> bool:
    """A result is the expected one: the same page, and the same heading when one is expected."""
    return found == expected if "#" in expected else found.split("#")[0] == expected


def ask(site: Path, asked: list[str]) -> dict[str, list[str]]:
    """The ranked results of each query on the built site, as relative addresses."""
    with serving(site) as url, chromium() as browser:
        page = browser.new_page()
        page.goto(url + "/", wait_until="networkidle")
        found = page.evaluate(_ASK, [url + "/", asked])
    return {query: [relative(result) for result in results] for query, results in found.items()}


def scores(table: Mapping[str, str], found: Mapping[str, list[str]]) -> tuple[float, float, list[str]]:
    """hit@1, MRR, and the queries that miss (with what came first)."""
    ranks = []
    misses = []
    for query, expected in table.items():
        results = found.get(query, [])
        rank = next((i + 1 for i, result in enumerate(results) if hits(expected, result)), None)
        ranks.append(1 / rank if rank else 0.0)
        if rank != 1:
            misses.append(f"{query!r}: expected {expected}, got {results[:3]}")
    return sum(r == 1 for r in ranks) / len(ranks), sum(ranks) / len(ranks), misses


def one_search(site: Path, query: str, compress: bool) -> Transfer:
    """What one search costs on a page already loaded: every request from the first key of `query`
    to its results (the search's script, Pagefind and its WebAssembly, the parts of the index)."""
    with serving(site, compress=compress) as url, chromium() as browser:
        page = browser.new_page()
        page.goto(url + "/overview/", wait_until="networkidle")
        finished = []
        page.on("requestfinished", lambda request: finished.append(request))
        page.keyboard.press("/")
        page.locator("dialog.rg-search input").press_sequentially(query)
        page.wait_for_function("(q) => document.querySelector('dialog.rg-search').dataset.rgQuery === q", arg=query)
        page.wait_for_load_state("networkidle")
        return Transfer(len(finished), sum(wire_bytes(r) for r in finished), tuple(r.url for r in finished))


def bench_search(sites: dict[str, Path]) -> None:
    """hit@1 and MRR of each build, and the bytes one search fetches."""
    table = queries()
    print(f"\n## Search (tests/search.yml, {len(table)} queries with its listed misses, through assets/search.js)")
    for name, site in sites.items():
        hit, mrr, misses = scores(table, ask(site, list(table)))
        print(f"{name:6} hit@1 {hit:.3f} ({round(hit * len(table))}/{len(table)}), MRR {mrr:.3f}")
        for miss in misses:
            print(f"         miss: {miss}")
    for compress in (True, False):
        cost = one_search(next(iter(sites.values())), "who owns the timeline", compress)
        print(
            f"one search ({'gzip' if compress else 'uncompressed'} host): {cost.requests} requests, {cost.kib:.1f} KiB"
        )
