"""Publishing: CI calls the Makefile and nothing else; the configs; the one-page guide."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs_print_site_plugin.exclude import exclude

import searchindex
from conftest import ENV, ROOT, copy_project, run_cli
from roleguide.load import load_guide

GUIDE = load_guide(ROOT / "content")
WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
# Commands a workflow step may run besides Makefile targets: setting up the checkout, nothing that builds.
SETUP_COMMANDS = [re.compile(r'git config --global --add safe\.directory "\$GITHUB_WORKSPACE"')]


def workflow() -> dict[Any, Any]:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps(job: str) -> list[dict[str, Any]]:
    return workflow()["jobs"][job]["steps"]


def make_targets() -> set[str]:
    return set(re.findall(r"^([a-z][a-z-]*):", MAKEFILE, re.M))


def make_calls(text: str) -> list[str]:
    return re.findall(r"^\s*make ([a-z][a-z-]*)\b", text, re.M)


def test_workflow_file_is_valid_for_github() -> None:
    """Valid YAML and valid against GitHub's workflow schema (as bundled with check-jsonschema)."""
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_tests_every_push_and_publishes_main_with_the_official_pages_actions() -> None:
    flow = workflow()
    triggers = flow.get("on", flow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "main" in triggers["push"]["branches"]
    assert "pull_request" in triggers
    uses = [step.get("uses", "").split("@")[0] for job in flow["jobs"] for step in steps(job)]
    for action in ["actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"]:
        assert action in uses, f"the workflow does not use {action}"
    upload = next(s for s in steps("build") if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == load_config(str(ROOT / "mkdocs.yml")).site_dir.removeprefix(f"{ROOT}/")
    deploy = flow["jobs"]["deploy"]
    assert "refs/heads/main" in deploy["if"] and deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    text = WORKFLOW.read_text(encoding="utf-8")
    for home_made in ["git push", "ghp-import", "gh-deploy", "peaceiris"]:
        assert home_made not in text, f"the workflow pushes by itself ({home_made})"


def test_workflow_runs_only_makefile_targets() -> None:
    calls = []
    for step in steps("build"):
        for line in filter(None, (step.get("run") or "").splitlines()):
            if any(pattern.fullmatch(line.strip()) for pattern in SETUP_COMMANDS):
                continue
            assert re.fullmatch(r"make [a-z][a-z-]*", line.strip()), f"a workflow step runs more than make: {line}"
            calls += make_calls(line)
    assert calls, "the workflow runs no make target"
    assert set(calls) <= make_targets(), f"the workflow calls targets the Makefile lacks: {set(calls) - make_targets()}"
    assert "test" in calls and calls.index("test") < calls.index("publish"), "publish must come after the tests"


def test_the_published_address_comes_from_configure_pages() -> None:
    pages = next(s for s in steps("build") if s.get("uses", "").startswith("actions/configure-pages"))
    publish = next(s for s in steps("build") if s.get("run") == "make publish")
    assert publish["env"]["SITE_URL"] == "${{ steps." + pages["id"] + ".outputs.base_url }}/"


def test_make_deploy_publishes_with_gh_deploy() -> None:
    recipe = re.search(r"^deploy:.*\n((?:\t.*\n)+)", MAKEFILE, re.M)
    assert recipe and "mkdocs gh-deploy --strict" in recipe.group(1)


def test_every_target_is_in_make_help() -> None:
    phony = set(re.search(r"^\.PHONY: (.*)$", MAKEFILE, re.M).group(1).split())
    helped = set(re.findall(r"^([a-z][a-z-]*):.*## ", MAKEFILE, re.M))
    assert phony <= helped, f"make help does not list {sorted(phony - helped)}"


def test_the_cache_rule_matches_the_files_named_by_content_and_nothing_else(site: Path) -> None:
    rule = re.search(r'location ~\* "([^"]+)"', (ROOT / "hosting" / "nginx.conf").read_text(encoding="utf-8"))
    assert rule, "hosting/nginx.conf has no rule for the hashed files"
    pattern = re.compile(rule.group(1), re.I)
    home = (site / "index.html").read_text(encoding="utf-8")
    named = re.findall(r'(?:href|src)="(assets/[^"]+\.(?:css|js))"', home)
    named.append(json.loads(re.search(r'id="__config"[^>]*>(.*?)</script>', home, re.S).group(1))["search"])
    assert len(named) >= 6, named  # the theme's two stylesheets and script, our stylesheet and script
    assert all(pattern.search(path) for path in named), named
    config = load_config(str(ROOT / "mkdocs.yml"))
    renamed_never = [
        *(p.relative_to(site).as_posix() for p in site.rglob("*.html")),
        *config.extra_css,
        *map(str, config.extra_javascript),
        "js/print-site.js",
        "sitemap.xml",
    ]
    assert not [path for path in renamed_never if pattern.search(path)]


def test_offline_config_changes_only_what_opening_from_disk_needs() -> None:
    hosted = load_config(str(ROOT / "mkdocs.yml"))
    # MkDocs keeps one instance of each plugin for every config it loads: read the hosted site's
    # plugin configs before the offline config replaces their values.
    hosted_plugins = {name: dict(getattr(plugin, "config", {}) or {}) for name, plugin in hosted.plugins.items()}
    offline = load_config(str(ROOT / "mkdocs.offline.yml"))
    changed = {key for key in hosted if key not in ("plugins", "config_file_path") and hosted[key] != offline[key]}
    assert changed <= {"site_dir", "extra", "exclude_docs", "theme"}, changed
    assert hosted.use_directory_urls and "navigation.instant" in hosted.theme["features"]
    instant = [f for f in hosted.theme["features"] if f.startswith("navigation.instant")]
    theme_search = [f for f in offline.theme["features"] if f.startswith("search.")]
    assert theme_search and not any(f.startswith("search.") for f in hosted.theme["features"])
    assert [f for f in offline.theme["features"] if f not in theme_search] == [
        f for f in hosted.theme["features"] if f not in instant
    ]
    assert {k: v for k, v in offline.theme.items() if k != "features"} == {
        k: v for k, v in hosted.theme.items() if k != "features"
    }
    assert list(hosted.plugins) == list(offline.plugins)
    for name, config in hosted_plugins.items():
        if name not in ("material/offline", "material/search"):
            assert config == dict(getattr(offline.plugins[name], "config", {}) or {}), name
    # The theme's search and its offline plugin: off for the site (its search is Pagefind), on for
    # the copy on disk.
    for name in ("material/offline", "material/search"):
        assert not hosted_plugins[name]["enabled"] and offline.plugins[name].config.enabled, name
    shim = "assets/javascripts/vendor/iframe-worker/shim.js"
    assert offline.extra["polyfills"] == [shim] and "polyfills" not in hosted.extra
    hosted_rules = {p.pattern for p in hosted.exclude_docs.patterns if "vendor" not in p.pattern}
    # and the pages at old addresses (content/redirects.yml), which the generator writes as <old>/index.html
    assert {p.pattern for p in offline.exclude_docs.patterns} == hosted_rules | {"/*/index.html"}, (
        "mkdocs.offline.yml no longer excludes what mkdocs.yml does"
    )
    assert (ROOT / "docs" / shim).is_file()


def test_print_site_is_the_last_plugin() -> None:
    plugins = [name for name in load_config(str(ROOT / "mkdocs.yml")).plugins if not name.endswith(".py")]
    assert plugins[-1] == "print-site", plugins


def test_vendored_shim_is_the_pinned_version_with_its_licence() -> None:
    folder = ROOT / "docs" / "assets" / "javascripts" / "vendor" / "iframe-worker"
    lock = json.loads((ROOT / "tools" / "package-lock.json").read_text(encoding="utf-8"))
    pinned = lock["packages"]["node_modules/iframe-worker"]["version"]
    shim = (folder / "shim.js").read_text(encoding="utf-8")
    assert shim.startswith(f"/*! iframe-worker {pinned} from the npm registry"), shim[:120]
    assert 'location.protocol==="file:"&&(window.Worker=' in shim
    licence = (folder / "LICENSE").read_text(encoding="utf-8")
    assert "Martin Donath" in licence and "Permission is hereby granted, free of charge" in licence


# ---- the one-page guide, in the real build ----


def built_pages(site: Path) -> list[str]:
    """URL paths of the pages in a build, from its sitemap."""
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    return [urllib.parse.urlsplit(loc).path.lstrip("/") for loc in re.findall(r"<loc>(.*?)</loc>", sitemap)]


def nav_pages(project: Path) -> list[str]:
    """URL paths of the pages in the navigation, in reading order, from the generated SUMMARY.md."""
    return [url for _, url in _nav(project)]


def printed_pages(project: Path) -> list[str]:
    """The navigation's pages that /print/ holds: all but those print-site's `exclude` option names."""
    excluded = load_config(str(project / "mkdocs.yml")).plugins["print-site"].config["exclude"]
    return [url for source, url in _nav(project) if not exclude(source, excluded)]


def _nav(project: Path) -> list[tuple[str, str]]:
    summary = (project / "docs" / "SUMMARY.md").read_text(encoding="utf-8")
    pages = []
    for source in re.findall(r"\]\(([^)]+\.md)\)", summary):
        path = re.sub(r"(^|/)index$", "", source.removesuffix(".md"))
        pages.append((source, f"{path}/" if path else ""))
    return pages


def page_key(path: str) -> str:
    """The id mkdocs-print-site-plugin gives a page's section on /print/."""
    return path.rstrip("/").replace("/", "-") or "index"


def test_print_page_holds_every_page_of_the_build_in_reading_order(built_project: Path, site: Path) -> None:
    text = (site / "print" / "index.html").read_text(encoding="utf-8")
    sections = re.findall(r"<section class=['\"]print-page['\"] id=['\"]([^'\"]+)['\"]", text)
    assert sorted(nav_pages(built_project)) == sorted(built_pages(site)), "a page of the build is not in the navigation"
    assert sections == [page_key(p) for p in printed_pages(built_project)]
    for section in GUIDE.sections:
        assert f'id="{section.id}-top">{html.escape(section.title, quote=False)}' in text, section.id
    assert text.count('id="print-page-toc"') == 1 and 'class="rg-cover"' in text


def test_print_page_has_its_contents_in_the_html_not_from_a_script(built_project: Path, site: Path) -> None:
    """print-site.js would copy the contents in once the page has loaded, pushing the guide down on a
    phone (a layout shift): the hook writes them into the page, and nothing calls that copy."""
    text = (site / "print" / "index.html").read_text(encoding="utf-8")
    toc = re.search(r'<div id="print-page-toc"[^>]*>(.*?)</div>', text, re.S)
    assert toc, "no contents on /print/"
    targets = re.findall(r'<a href="#([^"]+)"', toc.group(1))
    assert targets and set(targets) >= {page_key(p) for p in printed_pages(built_project)}, targets
    assert 'data-md-component="toc"' not in toc.group(1)
    assert text.count('data-md-component="toc"') == 1, "the sidebar keeps its own list"
    assert "generate_toc()" not in text and "remove_material_navigation()" in text


def test_print_page_stays_out_of_search_sitemap_and_navigation(site: Path) -> None:
    indexed = searchindex.fragments(site)
    assert len(indexed) > 10 and not [url for url in indexed if url.startswith("/print")]
    assert "print/" not in built_pages(site)
    for path in built_pages(site):
        text = (site / path / "index.html").read_text(encoding="utf-8")
        links = re.findall(r'<a href="([^"]*)"([^>]*)>', text)
        to_print = [attrs for href, attrs in links if urllib.parse.urljoin(f"/{path}", href) == "/print/"]
        assert len(to_print) == 1 and "rg-print-link" in to_print[0], f"/{path}: {to_print}"


def test_print_page_uses_a_relative_base_like_every_other_page(site: Path) -> None:
    text = (site / "print" / "index.html").read_text(encoding="utf-8")
    config = json.loads(re.search(r'id="__config"[^>]*>(.*?)</script>', text, re.S).group(1))
    assert config["base"] == ".."


def test_a_build_offers_the_downloads_that_dist_holds(tmp_path: Path, site: Path) -> None:
    assert "downloads/" not in (site / "print" / "index.html").read_text(encoding="utf-8")
    project = copy_project(tmp_path / "project")
    (project / "dist").mkdir()
    (project / "dist" / "role-guide.pdf").write_bytes(b"%PDF-1.7 stand-in" * 10_000)
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stderr
    published = project / "site" / "downloads"
    assert sorted(p.name for p in published.iterdir()) == ["role-guide.pdf"]
    assert (published / "role-guide.pdf").read_bytes() == (project / "dist" / "role-guide.pdf").read_bytes()
    banner = (project / "site" / "print" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../downloads/role-guide.pdf" download>role-guide.pdf</a> (0.2 MB)' in banner
    assert "role-guide-offline.zip" not in banner


def run_publish(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m roleguide.publish ...` as `make offline` / `make pdf` run it."""
    return subprocess.run(
        [sys.executable, "-m", "roleguide.publish", *args],
        cwd=cwd,
        env={**ENV, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


def test_pdf_without_a_built_site_or_a_browser_says_what_to_do(tmp_path: Path, site: Path) -> None:
    result = run_publish("pdf", "--site", str(tmp_path / "nowhere"), cwd=tmp_path)
    assert (
        result.returncode == 1 and "has no one-page guide" in result.stderr and "build the site first" in result.stderr
    )
    missing = {"CHROMIUM": str(tmp_path / "no-chromium")}
    result = run_publish("pdf", "--site", str(site), "--out", str(tmp_path / "x.pdf"), cwd=tmp_path, env=missing)
    assert result.returncode == 1 and "make chromium" in result.stderr, result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_make_clean_and_git_know_the_new_outputs() -> None:
    recipe = re.search(r"^clean:.*\n((?:\t.*\n)+)", MAKEFILE, re.M).group(1)
    assert "site-offline" in recipe and "dist" in recipe
    assert {"/dist/", "/site-offline/"} <= set((ROOT / ".gitignore").read_text(encoding="utf-8").split())


def test_everything_built_is_readable_by_a_web_server(site: Path) -> None:
    """GitHub Pages refuses an artifact with a file others cannot read (deployment_perms_error)."""
    unreadable = [
        p.relative_to(site.parent).as_posix()
        for p in [site, *site.rglob("*")]
        if not p.stat().st_mode & (0o005 if p.is_dir() else 0o004)
    ]
    assert not unreadable, unreadable


@pytest.mark.build
def test_make_deploy_pushes_the_site_that_make_build_builds(tmp_path: Path) -> None:
    """`make deploy`'s gh-deploy command, against a throw-away remote: the gh-pages branch holds the
    same files as a `roleguide build` of the same project (the hook runs the generator first)."""
    project = copy_project(tmp_path / "project")
    remote = tmp_path / "remote.git"
    git_env = {
        **ENV,
        **{
            f"GIT_{who}_{what}": value
            for who in ("AUTHOR", "COMMITTER")
            for what, value in [("NAME", "t"), ("EMAIL", "t@t")]
        },
    }

    def git(*args: str, cwd: Path = project) -> str:
        done = subprocess.run(["git", *args], cwd=cwd, env=git_env, capture_output=True, text=True, check=True)
        return done.stdout

    git("init", "--quiet", "--bare", str(remote), cwd=tmp_path)
    git("init", "--quiet", "--initial-branch=main")
    git("add", ".")
    git("commit", "--quiet", "-m", "content")
    git("remote", "add", "origin", str(remote))
    command = re.search(r"^\t\s*\$\(BIN\)/mkdocs (gh-deploy .*)$", MAKEFILE, re.M).group(1)
    args = [arg.strip('"') for arg in re.findall(r'"[^"]*"|\S+', command)]
    deployed = subprocess.run(
        [sys.executable, "-m", "mkdocs", *args], cwd=project, env=git_env, capture_output=True, text=True, check=False
    )
    assert deployed.returncode == 0, deployed.stderr
    pushed = set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split())
    assert run_cli("build", cwd=project).returncode == 0
    built = {p.relative_to(project / "site").as_posix() for p in (project / "site").rglob("*") if p.is_file()}
    assert pushed - {".nojekyll"} == built
    assert "print/index.html" in pushed
