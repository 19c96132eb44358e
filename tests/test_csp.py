"""The Content-Security-Policy in the built pages (roleguide/csp.py), and the headers the README gives
for hosts that can send them. The browser side (zero violations, features working, a planted script
blocked) is tests/browser/test_csp.py."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import ROOT, run_cli
from roleguide import csp
from roleguide.hooks import publish as publish_hook

SHIM = ROOT / "docs" / "assets" / "javascripts" / "vendor" / "iframe-worker" / "shim.js"


def test_a_digest_is_the_base64_sha256_of_the_text() -> None:
    assert csp.digest("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    assert csp.digest("a\r\nb") == csp.digest("a\nb")


def test_the_shim_script_hashes_as_chromium_asks() -> None:
    """Chromium, blocking the script that the offline copy's shim writes into its frame, named the
    hash it would accept: the text rebuilt from the vendored shim gives exactly that hash."""
    text = csp.shim_script(SHIM.read_text(encoding="utf-8"), "assets/javascripts/workers/search.a7633da7.min.js")
    assert text is not None and text.startswith("postMessage=function c(")
    assert csp.digest(text) == "'sha256-zwEeX9SHbdbsDBu4WXpwOZty5sQXKT3c7Ic+TUtFsp0='"
    assert csp.shim_script("no template here", "x.js") is None


def test_the_policy_goes_first_in_head_and_replaces_the_old_one() -> None:
    page = '<!doctype html><html><head>\n<meta charset="utf-8">\n<script>a()</script></head></html>'
    once = csp.with_policy(page, "default-src 'none'")
    assert once.index('http-equiv="Content-Security-Policy"') < once.index("<script>")
    assert once.index("<meta charset") < once.index('http-equiv="Content-Security-Policy"')
    assert csp.meta_policy(csp.with_policy(once, "object-src 'none'")) == "object-src 'none'"
    assert csp.with_policy(once, "object-src 'none'").count("Content-Security-Policy") == 1
    with pytest.raises(ValueError):
        csp.with_policy("<p>no head</p>", "default-src 'none'")


def test_inline_code_skips_data_and_files_and_counts_styles() -> None:
    page = (
        '<head><script type="application/json" id="__config">{"search": "w.js"}</script>'
        '<script src="x.js"></script><script type="module">m()</script><style>p{}</style></head>'
    )
    assert csp.inline_code(page) == (["m()"], ["p{}"])


@pytest.mark.build
def test_every_html_file_carries_one_strict_policy_before_anything_it_governs(site: Path) -> None:
    expected = csp.site_policy(site)
    problems = []
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        name = page.relative_to(site).as_posix()
        if html.count('http-equiv="Content-Security-Policy"') != 1 or csp.meta_policy(html) != expected:
            problems.append(f"{name}: not exactly one <meta> with the site's policy")
            continue
        first = re.search(r"<(script|style|link)\b", html)
        if first and first.start() < html.index('http-equiv="Content-Security-Policy"'):
            problems.append(f"{name}: a <{first.group(1)}> comes before the policy")
        if found := csp.BLOCKED_MARKUP.search(html):
            problems.append(f"{name}: markup that no policy without 'unsafe-inline' allows: {found.group(0)[:80]}")
    assert not problems, "\n".join(problems)
    directives = dict(part.split(" ", 1) for part in expected.split("; "))
    assert "unsafe" not in expected and "frame-ancestors" not in directives
    assert directives["default-src"] == "'none'" and directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'self'"
    script = directives["script-src"].split()
    assert script[0] == "'self'" and len(script) > 1 and all(s.startswith("'sha256-") for s in script[1:])


@pytest.mark.build
def test_the_readme_gives_the_same_policy_as_a_header_for_nginx_and_netlify(site: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = csp.header_lines(site)
    assert csp.with_readme_block(readme, lines) == readme, "the README's security headers are stale: `make headers`"
    meta = csp.meta_policy((site / "index.html").read_text(encoding="utf-8"))
    for host, headers in csp.readme_headers(readme).items():
        assert headers["Content-Security-Policy"] == f"{meta}; frame-ancestors 'none'", host
        assert headers["X-Content-Type-Options"] == "nosniff", host
        assert {"Referrer-Policy", "Permissions-Policy"} <= set(headers), host


@pytest.mark.build
def test_roleguide_headers_prints_and_checks(built_project: Path, tmp_path: Path) -> None:
    printed = run_cli("headers", "--format", "netlify", cwd=built_project)
    assert printed.returncode == 0 and printed.stdout.startswith("/*\n  Content-Security-Policy: default-src"), printed
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n{csp.README_START}\nold\n{csp.README_END}\n", encoding="utf-8")
    stale = run_cli("headers", "--readme", str(readme), "--check", cwd=built_project)
    assert stale.returncode == 1 and "run `make headers`" in stale.stderr
    assert run_cli("headers", "--readme", str(readme), cwd=built_project).returncode == 0
    assert run_cli("headers", "--readme", str(readme), "--check", cwd=built_project).returncode == 0
    missing = run_cli("headers", "--site", str(tmp_path / "nothing"), cwd=built_project)
    assert missing.returncode == 1 and "run `make build` first" in missing.stderr


def test_the_mkdocs_hook_writes_the_policy_but_not_under_serve(tmp_path: Path) -> None:
    """`mkdocs build` and `mkdocs gh-deploy` publish the policy; `mkdocs serve` adds an inline script
    of its own (live reload) to every page, which the policy would block."""
    page = tmp_path / "index.html"
    plain = '<!doctype html><html><head><meta charset="utf-8"><script>a()</script></head></html>'
    page.write_text(plain, "utf-8")
    config = SimpleNamespace(site_dir=str(tmp_path))
    try:
        publish_hook.on_startup(command="serve", dirty=False)
        publish_hook._finish(config)
        assert "Content-Security-Policy" not in page.read_text(encoding="utf-8")
        publish_hook.on_startup(command="gh-deploy", dirty=False)
        publish_hook._finish(config)
        assert csp.meta_policy(page.read_text(encoding="utf-8")) == csp.policy(["a()"], [])
        # `mkdocs serve --clean` says "build", but builds into a folder of its own in the temporary folder.
        publish_hook.on_startup(command="build", dirty=False)
        served = Path(tempfile.mkdtemp(prefix="mkdocs_"))
        try:
            (served / "index.html").write_text(plain, encoding="utf-8")
            publish_hook._finish(SimpleNamespace(site_dir=str(served)))
            assert csp.meta_policy((served / "index.html").read_text(encoding="utf-8")) is None
        finally:
            shutil.rmtree(served)
    finally:
        publish_hook.on_startup(command="build", dirty=False)
