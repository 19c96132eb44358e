"""Material's script is compiled while it downloads, not function by function on the main thread as
each one first runs: its first line is V8's compile hint (roleguide/postbuild/hint.py). The light/dark
toggle's part of the start-up (no `<meta name="color-scheme">`) is in test_palette.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from playwright.sync_api import Browser

from roleguide.browser import serving
from roleguide.postbuild.hint import HINT, bundles


def _main_thread_compiles(browser: Browser, url: str) -> int:
    """How many functions V8 compiled on the page's main thread while the home page loaded (a trace)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        browser.start_tracing(page=page, categories=["devtools.timeline", "disabled-by-default-v8.compile"])
        page.goto(url + "/", wait_until="networkidle")
        events = json.loads(browser.stop_tracing())["traceEvents"]
    finally:
        context.close()
    (run,) = [
        e
        for e in events
        if e.get("name") == "EvaluateScript" and "/bundle." in e.get("args", {}).get("data", {}).get("url", "")
    ]
    main = (run["pid"], run["tid"])
    return sum(1 for e in events if e.get("name") == "V8.CompileCode" and (e["pid"], e["tid"]) == main)


def test_material_script_is_compiled_off_the_main_thread(browser: Browser, site: Path, tmp_path: Path) -> None:
    """The built site against a copy whose bundle lacks the hint: without it, several hundred of
    Material's functions are compiled on the main thread in the page's start-up."""
    plain = tmp_path / "plain"
    shutil.copytree(site, plain)
    (script,) = bundles(plain)
    script.write_text(script.read_text(encoding="utf-8").removeprefix(HINT), encoding="utf-8")
    with serving(site) as url:
        hinted = _main_thread_compiles(browser, url)
    with serving(plain) as url:
        unhinted = _main_thread_compiles(browser, url)
    assert unhinted > 300, f"without the hint only {unhinted} compiled on the main thread: the count proves nothing"
    assert hinted < unhinted / 3, f"{hinted} functions compiled on the main thread with the hint, {unhinted} without"
