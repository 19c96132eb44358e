"""The offline copy (`make offline`): unzipped and opened from disk, every page and the search work, and
no request leaves file://."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import urllib.parse
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Route, expect

from conftest import ENV, ROOT, copy_project
from roleguide.csp import digest, meta_policy, shim_script
from roleguide.load import load_guide
from roleguide.publish import OFFLINE_SITE, OFFLINE_ZIP, ZIP_FOLDER, write_zip

from .test_print import SEARCH_TERM, sections_mentioning

GUIDE = load_guide(ROOT / "content")
SHIM = "assets/javascripts/vendor/iframe-worker/shim.js"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make offline` in a copy of the project whose dist/ already holds a PDF (the copy must not offer it)."""
    project = copy_project(tmp_path_factory.mktemp("offline"))
    shutil.copy2(ROOT / "mkdocs.offline.yml", project / "mkdocs.offline.yml")
    (project / "dist").mkdir()
    (project / "dist" / "role-guide.pdf").write_bytes(b"%PDF-1.7 stand-in")
    result = subprocess.run(
        [sys.executable, "-m", "roleguide.publish", "offline"],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return project


@pytest.fixture(scope="module")
def unzipped(project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(project / OFFLINE_ZIP) as archive:
        archive.extractall(target)
    return target / ZIP_FOLDER


def search(page: Page, term: str) -> list[str]:
    """Type into the theme's search, which the offline copy keeps, like a reader (fill() does not
    trigger it); the result links, best first."""
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially(term, delay=20)
    results = page.locator(".md-search-result__item > .md-search-result__link")
    expect(results.first).to_be_visible()
    return [href or "" for href in results.evaluate_all("links => links.map(a => a.getAttribute('href'))")]


def html_pages(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.html") if p.name != "404.html")


def test_zip_unpacks_into_one_folder_with_every_page_and_the_search(project: Path, unzipped: Path) -> None:
    names = zipfile.ZipFile(project / OFFLINE_ZIP).namelist()
    assert all(name.startswith(f"{ZIP_FOLDER}/") for name in names)
    for section in GUIDE.sections:
        assert (unzipped / f"{section.id}.html").is_file(), section.id
    for needed in ["index.html", "print.html", "search/search_index.js", SHIM, str(Path(SHIM).parent / "LICENSE")]:
        assert (unzipped / needed).is_file(), needed
    assert not [n for n in names if n.endswith(".map") or "/downloads/" in n or "/assets/cards/" in n], "dead weight"
    assert GUIDE.redirects.pages and not [r.old for r in GUIDE.redirects.pages if (unzipped / r.old).exists()], (
        "the copy carries pages at old addresses, which nobody follows into a copy on disk"
    )
    assert sorted(p.relative_to(unzipped).as_posix() for p in unzipped.rglob("*") if p.is_file()) == sorted(
        p.relative_to(project / OFFLINE_SITE).as_posix() for p in (project / OFFLINE_SITE).rglob("*") if p.is_file()
    ), "site-offline/ and the zip hold different files"


def test_zip_entries_are_readable_files(project: Path) -> None:
    for info in zipfile.ZipFile(project / OFFLINE_ZIP).infolist():
        assert info.external_attr >> 16 == 0o100644, info.filename
    assert (project / OFFLINE_ZIP).stat().st_mode & 0o777 == 0o644


def test_zip_is_reproducible(project: Path, tmp_path: Path) -> None:
    stamp = (2025, 3, 5, 0, 0, 0)
    write_zip(project / OFFLINE_SITE, tmp_path / "one.zip", stamp)
    write_zip(project / OFFLINE_SITE, tmp_path / "two.zip", stamp)
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()


def test_every_page_loads_only_files_from_its_own_folder(unzipped: Path) -> None:
    for page_file in html_pages(unzipped):
        text = page_file.read_text(encoding="utf-8")
        assert "unpkg.com" not in text and "cdn." not in text, page_file.name
        # A page in a folder (hiring/product.html) reaches the shim one level up per folder.
        up = "../" * (len(page_file.relative_to(unzipped).parts) - 1)
        assert f'<script src="{up}{SHIM}"></script>' in text, f"{page_file.name} does not load the vendored shim"
        loaded = re.findall(r'<(?:script|img)\b[^>]*\bsrc="([^"]+)"', text)
        loaded += re.findall(r'<link\b[^>]*\brel="(?:stylesheet|icon|preload)"[^>]*\bhref="([^"]+)"', text)
        for ref in loaded:
            if ref.startswith("data:image/"):  # the favicon, written into the page (mkdocs.yml)
                continue
            assert not re.match(r"^[a-z]+:|^/", ref), f"{page_file.name} loads {ref}"
            assert (page_file.parent / ref.split("?")[0].split("#")[0]).is_file(), f"{page_file.name}: {ref} is missing"


def open_from_disk(page: Page) -> list[str]:
    """Record every request the page makes; refuse (and record) anything that is not a file on disk."""
    requests: list[str] = []

    def refuse(route: Route) -> None:
        route.abort() if not route.request.url.startswith("file:") else route.continue_()

    page.context.on("request", lambda request: requests.append(request.url))
    page.context.route("**/*", refuse)
    return requests


def off_disk(requests: list[str]) -> list[str]:
    return [url for url in requests if not url.startswith(("file:", "data:", "blob:", "about:"))]


def test_search_from_disk_finds_a_term_and_opens_the_first_result(page: Page, unzipped: Path) -> None:
    requests = open_from_disk(page)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto((unzipped / "index.html").as_uri())
    links = search(page, SEARCH_TERM)
    expected = sections_mentioning(SEARCH_TERM)
    assert Path(urllib.parse.urlsplit(links[0]).path).stem in expected, links
    with page.expect_navigation():
        page.locator(".md-search-result__item > .md-search-result__link").first.click()
    section = next(s for s in GUIDE.sections if page.url.split("?")[0].split("#")[0].endswith(f"/{s.id}.html"))
    expect(page.locator("h1")).to_contain_text(section.title)
    expect(page.locator(".md-content")).to_contain_text(SEARCH_TERM)
    assert any("search/search_index.js" in url for url in requests), "the search index was not read from disk"
    assert not off_disk(requests), off_disk(requests)
    assert not errors, errors


def test_every_page_opens_from_disk_without_a_network(page: Page, unzipped: Path) -> None:
    requests = open_from_disk(page)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    for page_file in html_pages(unzipped):
        response = page.goto(page_file.as_uri())
        assert response is None or response.ok, page_file.name
        assert "The Role Guide" in page.title(), page_file.name
    assert not off_disk(requests), off_disk(requests)
    assert not errors, errors


def test_scripts_that_start_on_material_document_observable_run_from_disk(page: Page, unzipped: Path) -> None:
    """Page scripts (ours and Material's own) start when document$ emits; with instant loading switched
    on, Material completes document$ without a value under file://, and they would never start."""
    page.goto((unzipped / "index.html").as_uri())
    emitted = page.evaluate(
        """() => new Promise(done => {
            document$.subscribe({next: () => done(true), complete: () => done(false)});
            setTimeout(() => done(false), 3000);
        })"""
    )
    assert emitted


def test_every_page_of_the_copy_lists_the_hash_of_the_script_its_search_frame_runs(unzipped: Path) -> None:
    """The shim's frame inherits the page's policy (hosting/README.md, the offline copy): its one inline script is
    listed, so the search from disk (above, under the policy watch of conftest.py) is not blocked."""
    for page_file in html_pages(unzipped):
        html = page_file.read_text(encoding="utf-8")
        config = re.search(r'<script id="__config"[^>]*>(.*?)</script>', html, re.S)
        assert config, f"{page_file.name}: no Material config"
        worker = json.loads(config.group(1))["search"]
        written = shim_script((unzipped / SHIM).read_text(encoding="utf-8"), worker)
        assert written and digest(written) in (meta_policy(html) or ""), page_file.name


def test_the_offline_copy_does_not_offer_downloads(unzipped: Path) -> None:
    text = (unzipped / "print.html").read_text(encoding="utf-8")
    assert "downloads/" not in text and "role-guide.pdf" not in text


def test_request_recording_catches_a_request_off_disk(browser: Browser, unzipped: Path) -> None:
    """The check above can fail: a page that asks the network is seen and refused. (The page's policy,
    connect-src 'self', would stop the request before it left: this test sets the policy aside.)"""
    page = browser.new_context(bypass_csp=True).new_page()
    requests = open_from_disk(page)
    page.goto((unzipped / "index.html").as_uri())
    with page.expect_request("https://unpkg.com/iframe-worker/shim"):
        page.evaluate("() => fetch('https://unpkg.com/iframe-worker/shim').catch(() => null)")
    assert off_disk(requests) == ["https://unpkg.com/iframe-worker/shim"]
    page.context.close()
