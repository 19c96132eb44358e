"""The Content-Security-Policy in the built pages (roleguide/csp.py), and the headers hosting/ gives
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

HOSTING = ROOT / "hosting"
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
    # Nothing inline but by hash, no eval; WebAssembly (the search's Pagefind) may compile.
    assert "'unsafe-inline'" not in expected and "'unsafe-eval'" not in expected and "frame-ancestors" not in directives
    # default-src allows the site itself (Firefox's prefetch of rel=next/prev pages), so every other
    # kind of request is named, and those the site never makes are refused.
    fetches = ("script", "style", "img", "connect", "worker", "font", "media", "manifest", "object", "frame")
    assert directives["default-src"] == "'self'" and all(f"{kind}-src" in directives for kind in fetches)
    assert all(directives[f"{kind}-src"] == "'none'" for kind in ("font", "media", "manifest", "object", "frame"))
    assert directives["base-uri"] == "'self'"
    script = directives["script-src"].split()
    assert script[:2] == ["'self'", "'wasm-unsafe-eval'"] and len(script) > 2
    assert all(s.startswith("'sha256-") for s in script[2:])


@pytest.mark.build
def test_hosting_gives_the_same_policy_as_a_header_for_nginx_and_netlify(site: Path) -> None:
    """hosting/ holds the headers of a default build (`make headers`), for nginx and Netlify."""
    for name, text in csp.header_files(csp.header_lines(site)).items():
        assert (HOSTING / name).read_text(encoding="utf-8") == text, f"hosting/{name} is stale: `make headers`"
    meta = csp.meta_policy((site / "index.html").read_text(encoding="utf-8"))
    nginx_file, netlify_file = (HOSTING / name for name in ("security-headers.conf", "_headers"))
    nginx = dict(re.findall(r'^add_header (\S+) "([^"]*)" always;$', nginx_file.read_text(encoding="utf-8"), re.M))
    netlify = dict(re.findall(r"^  ([A-Za-z-]+): (.*)$", netlify_file.read_text(encoding="utf-8"), re.M))
    for host, headers in (("nginx", nginx), ("netlify", netlify)):
        assert headers["Content-Security-Policy"] == f"{meta}; frame-ancestors 'none'", host
        assert headers["X-Content-Type-Options"] == "nosniff", host
        assert {"Referrer-Policy", "Permissions-Policy"} <= set(headers), host
    assert "include snippets/role-guide-headers.conf;" in (HOSTING / "nginx.conf").read_text(encoding="utf-8")


@pytest.mark.build
def test_roleguide_headers_prints_writes_and_checks(built_project: Path, tmp_path: Path) -> None:
    printed = run_cli("headers", "--format", "netlify", cwd=built_project)
    assert printed.returncode == 0 and printed.stdout.startswith("/*\n  Content-Security-Policy: default-src"), printed
    folder = tmp_path / "hosting"
    stale = run_cli("headers", "--write", str(folder), "--check", cwd=built_project)
    assert stale.returncode == 1 and "run `make headers`" in stale.stderr
    assert run_cli("headers", "--write", str(folder), cwd=built_project).returncode == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(csp.HEADER_FILES)
    assert run_cli("headers", "--write", str(folder), "--check", cwd=built_project).returncode == 0
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
