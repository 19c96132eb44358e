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
from .serve import chromium, serving

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


def bench_search(site: Path) -> None:
    table = queries()
    hit, mrr, misses = scores(table, ask(site, list(table)))
    print(f"\n## Search (tests/search.yml, {len(table)} queries, through assets/search.js)")
    print(f"hit@1 {hit:.3f} ({round(hit * len(table))}/{len(table)}), MRR {mrr:.3f}")
    for miss in misses:
        print(f"  miss: {miss}")
