"""The post-build pipeline (roleguide/postbuild/): one ordered list of steps that both engines' builds
run over what the engine wrote. On a small site made here, so that each behaviour shows alone; the
real builds of both engines are checked by test_engines.py, test_purge.py and the browser gates."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path
from typing import Any

import pytest

from roleguide import postbuild
from roleguide.bundle import BANNER
from roleguide.postbuild import sitemap
from roleguide.postbuild.fingerprint import fingerprint
from roleguide.postbuild.site import BuiltSite

EPOCH = 1_765_000_000  # 2025-12-06
PAGE = """<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="{up}assets/stylesheets/main.0123abcd.min.css">
<link rel="stylesheet" href="{up}assets/stylesheets/roleguide.css">
</head><body><p class="md-used">text</p>
<script>start()</script>
<script src="{up}assets/javascripts/roleguide.js"></script>
</body></html>
"""
SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url>
    <loc>https://example.org/</loc>
  </url>
  <url>
    <loc>https://example.org/a/</loc>
    <lastmod>2020-01-01</lastmod>
  </url>
</urlset>
"""


def banner(name: str) -> str:
    return BANNER.format(entry=f"assets/{name}") + "\n"


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """What an engine writes, before the pipeline: two pages, a theme stylesheet, our bundles."""
    site = tmp_path / "site"
    for name, text in {
        "index.html": PAGE.format(up=""),
        "a/index.html": PAGE.format(up="../"),
        "assets/stylesheets/main.0123abcd.min.css": ".md-used{color:red}.md-unused{color:blue}\n",
        "assets/stylesheets/roleguide.css": banner("roleguide.css") + ".rg-kept{color:red}\n",
        "assets/javascripts/roleguide.js": banner("roleguide.js") + 'load("charter.js");\n',
        "assets/javascripts/charter.js": banner("charter.js") + "charter();\n",
        "sitemap.xml": SITEMAP,
    }.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    return site


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_the_pipeline_gives_a_site_its_final_form(built: Path) -> None:
    postbuild.run(built, "mkdocs", EPOCH)
    found = files(built)
    (main,) = [n for n in found if n.startswith("assets/stylesheets/main.")]
    assert b".md-used" in found[main] and b".md-unused" not in found[main]
    ours = {
        n.rsplit("/", 1)[1].split(".")[0] + n.rsplit(".", 1)[1]: n
        for n in found
        if "/roleguide." in n or "/charter." in n
    }
    assert sorted(ours) == ["charterjs", "roleguidecss", "roleguidejs"]
    for name in ours.values():
        assert name.split(".")[-2] == hashlib.sha256(found[name]).hexdigest()[:8], name
    assert f'"{ours["charterjs"].rsplit("/", 1)[1]}"'.encode() in found[ours["roleguidejs"]]
    for page, up in (("index.html", ""), ("a/index.html", "../")):
        html = found[page].decode()
        assert f'href="{up}{main}"' in html and f'src="{up}{ours["roleguidejs"]}"' in html
        assert f'href="{up}{ours["roleguidecss"]}"' in html
        assert html.index("Content-Security-Policy") < html.index("<link")
    assert b"<lastmod>2025-12-06</lastmod>" in found["sitemap.xml"]


def test_a_second_run_changes_nothing(built: Path) -> None:
    postbuild.run(built, "mkdocs", EPOCH)
    before = files(built)
    assert postbuild.run(built, "mkdocs", EPOCH) == []
    assert files(built) == before


def test_each_page_is_read_once_and_written_once(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    writes: list[str] = []
    read, write = Path.read_text, Path.write_text

    def counted_read(self: Path, *args: Any, **kwargs: Any) -> str:
        if self.suffix == ".html":
            reads.append(self.name if self.parent == built else self.relative_to(built).as_posix())
        return read(self, *args, **kwargs)

    def counted_write(self: Path, *args: Any, **kwargs: Any) -> int:
        if self.suffix == ".html":
            writes.append(self.relative_to(built).as_posix())
        return write(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", counted_read)
    monkeypatch.setattr(Path, "write_text", counted_write)
    postbuild.run(built, "mkdocs", EPOCH)
    assert sorted(reads) == ["a/index.html", "index.html"]
    assert sorted(writes) == ["a/index.html", "index.html"]


def test_a_step_can_be_left_out_by_name_and_an_unknown_name_is_refused(built: Path) -> None:
    postbuild.run(built, "mkdocs", EPOCH, without={"fingerprint", "policy"})
    found = files(built)
    assert "assets/javascripts/roleguide.js" in found
    assert b"Content-Security-Policy" not in found["index.html"]
    with pytest.raises(ValueError, match=r"no post-build step named nope; the steps are print-page, .*policy"):
        postbuild.run(built, "mkdocs", EPOCH, without={"nope"})


def test_bundles_that_name_each_other_in_a_circle_are_refused(built: Path) -> None:
    (built / "assets/javascripts/charter.js").write_text(banner("charter.js") + 'x("roleguide.js")\n')
    with pytest.raises(ValueError, match="in a circle"):
        fingerprint(BuiltSite(built, "mkdocs"))


def test_the_sitemap_dates_what_is_undated_and_is_compressed_as_mkdocs_does() -> None:
    xml = sitemap.dated(SITEMAP, "2025-12-06")
    assert xml.count("<lastmod>2025-12-06</lastmod>") == 1 and "<lastmod>2020-01-01</lastmod>" in xml
    assert "    <loc>https://example.org/</loc>\n    <lastmod>2025-12-06</lastmod>\n  </url>" in xml
    assert sitemap.dated(xml, "2030-01-01") == xml
    packed = sitemap.compressed(xml, EPOCH)
    assert gzip.decompress(packed).decode() == xml
    assert packed == sitemap.compressed(xml, EPOCH)
    assert int.from_bytes(packed[4:8], "little") == EPOCH
