"""Lighthouse (npm) on Debian's Chromium, from the pinned npm tools in tools/ (`make tools`)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..browser import CHROMIUM

ROOT = Path(__file__).resolve().parents[3]  # scripts/roleguide/bench/lighthouse.py -> the project
# The version pinned in tools/package.json (12.x: 13 needs a newer Node.js than Debian's).
VERSION = json.loads((ROOT / "tools" / "package.json").read_text(encoding="utf-8"))["dependencies"]["lighthouse"]
PACKAGE = ROOT / "tools" / "node_modules" / "lighthouse"
CLI = PACKAGE / "cli" / "index.js"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
SHORT = {"performance": "perf", "accessibility": "a11y", "best-practices": "best", "seo": "seo"}
METRICS = {
    "fcp": "first-contentful-paint",
    "lcp": "largest-contentful-paint",
    "tbt": "total-blocking-time",
    "cls": "cumulative-layout-shift",
    "si": "speed-index",
}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run"


@dataclass(frozen=True)
class Score:
    """The median of several Lighthouse runs of one page: scores 0-100, metrics in ms (CLS unitless)."""

    scores: dict[str, int]
    metrics: dict[str, float]
    perf_runs: list[int]
    notes: list[str] = field(default_factory=list)


def install() -> None:
    """Stop with a clear message unless tools/node_modules holds lighthouse@VERSION (`make tools`, npm ci)."""
    manifest = PACKAGE / "package.json"
    found = json.loads(manifest.read_text(encoding="utf-8")).get("version") if manifest.is_file() else None
    if found != VERSION:
        sys.exit(
            f"lighthouse {VERSION} is not installed in tools/node_modules (found: {found or 'nothing'}); "
            "run `make tools`, which installs the versions pinned in tools/package-lock.json"
        )


def lighthouse_once(url: str) -> dict:
    """One mobile run (Lighthouse's defaults: simulated slow 4G, 4x CPU slowdown); the JSON report."""
    install()
    env = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    command = [
        "node",
        str(CLI),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout)


def median_score(reports: list[dict]) -> Score:
    """The median of each score and metric over the reports, and a note for each audit that keeps a
    category under 100 in the run with the median performance score."""
    perf = [round(100 * (r["categories"]["performance"]["score"] or 0)) for r in reports]
    scores = {
        SHORT[c]: round(100 * statistics.median(r["categories"][c]["score"] or 0 for r in reports)) for c in CATEGORIES
    }
    metrics = {
        name: statistics.median(r["audits"][audit]["numericValue"] for r in reports) for name, audit in METRICS.items()
    }
    median = sorted(reports, key=lambda r: r["categories"]["performance"]["score"] or 0)[len(reports) // 2]
    return Score(scores, metrics, perf, _notes(median, scores))


def _notes(report: dict, scores: dict[str, int]) -> list[str]:
    audits = report["audits"]
    notes = []
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1 and category != "performance":
                notes.append(f"{SHORT[category]}: {ref['id']} ({audit['title']})")
    if scores["perf"] < 100:
        savings = [
            (a.get("details", {}).get("overallSavingsMs", 0), a["title"]) for a in audits.values() if a.get("details")
        ]
        for ms, title in sorted(savings, reverse=True)[:3]:
            if ms and ms > 0:
                notes.append(f"perf: {title} (could save about {ms:.0f} ms)")
    return notes
