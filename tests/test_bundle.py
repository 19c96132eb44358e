"""The asset pipeline: assets/ bundled and minified by esbuild into one stylesheet and one script,
rebuilt when a source changes, strict about mistakes, and kind to the selectors a lesser minifier
breaks (mkdocs-minify-plugin turned `.md-typeset :is(` into `.md-typeset:is(` inside @media)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import roleguide.bundle as bundle
from conftest import FIXTURE_CONTENT, ROOT
from roleguide.build import generate
from roleguide.bundle import BundleError, bundle_assets
from roleguide.load import load_guide
from roleguide.render import anchor_map

ASSETS = ROOT / "assets"
CSS = "assets/stylesheets/roleguide.css"
JS = "assets/javascripts/roleguide.js"
DEFINES = {"ROLEGUIDE_ANCHOR_REDIRECTS": anchor_map(load_guide(ROOT / "content"))}


@pytest.fixture(scope="module")
def bundles() -> dict[str, str]:
    return bundle_assets(ASSETS, DEFINES)


def imports(entry: Path) -> list[Path]:
    """The files an entry of assets/ imports, in order, and the modules those import in turn."""
    pattern = r'@import "([^"]+)"' if entry.suffix == ".css" else r'^import (?:[^"]* from )?"([^"]+)";'
    found: list[Path] = []
    for name in re.findall(pattern, entry.read_text(encoding="utf-8"), re.M):
        path = (entry.parent / name).resolve()
        if path not in found:
            found.append(path)
            found += [p for p in imports(path) if p not in found]
    return found


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_one_stylesheet_and_one_script_from_the_entries_of_assets(bundles: dict[str, str]) -> None:
    """Our stylesheet and script for every page, plus the features loaded only where they are used
    (assets/<feature>.js, each named by its file in the script of every page: javascripts/features.js
    loads the charter, javascripts/search-open.js the search); every module reaches one of them."""
    features = sorted(p.stem for p in ASSETS.glob("*.js") if p.stem != "roleguide")
    assert features == ["charter", "search"]
    named = "".join(p.read_text(encoding="utf-8") for p in (ASSETS / "javascripts").glob("*.js"))
    assert all(f'"{name}.js"' in named for name in features), "a feature's file is named nowhere"
    feature_js = [f"assets/javascripts/{name}.js" for name in features]
    assert sorted(bundles) == sorted([JS, CSS, *feature_js])
    scripts = imports(ASSETS / "roleguide.js") + [p for f in features for p in imports(ASSETS / f"{f}.js")]
    sources = {CSS: imports(ASSETS / "roleguide.css"), JS: scripts}
    on_disk = {
        CSS: sorted(p.resolve() for p in (ASSETS / "stylesheets").glob("*.css")),
        JS: sorted(p.resolve() for p in (ASSETS / "javascripts").rglob("*.js")),
    }
    for output, files in sources.items():
        assert sorted(set(files)) == on_disk[output], (
            f"a file in assets/ is not imported by its entry (or by a module it imports), so no page gets it: {output}"
        )
    for output in (CSS, JS, *feature_js):
        raw = sum(len(path.read_bytes()) for path in set(imports(ASSETS / Path(output).name)))
        assert len(bundles[output]) < 0.75 * raw, f"{output} is not minified ({len(bundles[output])} of {raw} bytes)"
        assert bundles[output].count("\n") == 2, f"{output}: a minified file is its banner and one line"
    # A feature's modules stay out of the script of every page.
    assert "rgCharter" in bundles["assets/javascripts/charter.js"]
    assert "rgCharter" not in bundles[JS], "the charter's code is in the script of every page"
    assert "aria-activedescendant" in bundles["assets/javascripts/search.js"]
    assert "aria-activedescendant" not in bundles[JS], "the search dialog's code is in the script of every page"


def test_every_stylesheet_is_in_the_bundle(bundles: dict[str, str]) -> None:
    for source in imports(ASSETS / "roleguide.css"):
        first = re.search(r"^([^/@\s{][^{]*?)\s*\{", source.read_text(encoding="utf-8"), re.M)
        assert first, source
        selector = re.sub(r"\s*([>+~,])\s*", r"\1", " ".join(first.group(1).split()))
        assert selector in bundles[CSS], f"{source.name}: {selector} is missing from the bundle"


def test_is_selectors_keep_their_descendant_space_inside_media_blocks(bundles: dict[str, str]) -> None:
    sources = "".join(path.read_text(encoding="utf-8") for path in imports(ASSETS / "roleguide.css"))
    expected = sources.count(".md-typeset :is(")
    assert expected >= 5
    assert bundles[CSS].count(".md-typeset :is(") == expected
    assert ".md-typeset:is(" not in bundles[CSS]
    # the heading buttons' hover rule, inside @media (hover: hover)
    assert re.search(r"@media ?\(hover: ?hover\)\{[^@]*\.md-typeset :is\(h1,h2,h3,h4,h5,h6\):is\(:hover", bundles[CSS])


def test_the_script_carries_the_map_of_old_anchors_and_no_global(bundles: dict[str, str]) -> None:
    mapping = DEFINES["ROLEGUIDE_ANCHOR_REDIRECTS"]
    assert mapping, "content/redirects.yml names no old anchor: the test needs one"
    page, anchors = next(iter(mapping.items()))
    old, new = next(iter(anchors.items()))
    assert re.search(rf'{re.escape(page)}:\{{[^}}]*"?{re.escape(old)}"?:"{re.escape(new)}"', bundles[JS])
    assert "ROLEGUIDE_ANCHOR_REDIRECTS" not in bundles[JS]
    body = bundles[JS].split("\n")[1]
    assert body.startswith("(()=>{") and body.endswith("})();"), "the script must not leak globals"
    assert "import " not in body and "export " not in body, "a classic script, which also runs from file://"


def test_a_new_entry_gets_its_own_file_and_defines_reach_it(tmp_path: Path) -> None:
    write(tmp_path, "parts/greet.js", "export const greet = (who) => `hello ${who}`;\n")
    write(tmp_path, "extra.js", 'import { greet } from "./parts/greet.js";\nconsole.log(greet(WHO), DATA.count);\n')
    write(tmp_path, "extra.css", '@import "./parts/a.css";\n')
    write(tmp_path, "parts/a.css", ".a  >  .b { color : red }\n")
    write(tmp_path, "notes.txt", "not an entry\n")
    out = bundle_assets(tmp_path, {"WHO": "you", "DATA": {"count": 2}})
    assert sorted(out) == ["assets/javascripts/extra.js", "assets/stylesheets/extra.css"]
    assert ".a>.b{color:red}" in out["assets/stylesheets/extra.css"]
    script = out["assets/javascripts/extra.js"]
    assert "hello" in script and '"you"' in script and "WHO" not in script and "DATA" not in script


def test_a_syntax_error_names_the_file_and_line_and_writes_nothing(tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    shutil.copytree(ASSETS, assets)
    write(assets, "javascripts/comparison.js", "// fine\nexport function broken() { return ) }\n")
    docs = tmp_path / "docs"
    with pytest.raises(BundleError) as caught:
        generate(FIXTURE_CONTENT, docs, assets)
    message = str(caught.value)
    assert "roleguide.js does not bundle" in message
    assert "javascripts/comparison.js:2:" in message and "ERROR" in message
    assert not docs.exists(), "something was written despite the error"


@pytest.mark.parametrize(
    ("name", "text", "warning"),
    [
        ("stylesheets/a11y.css", ".md-main a { colr: red }\n", '"colr" is not a known CSS property'),
        ("javascripts/print.js", "var twice = {a: 1, a: 2};\nconsole.log(twice);\n", 'Duplicate key "a"'),
    ],
    ids=["css-typo", "js-duplicate-key"],
)
def test_a_warning_stops_the_build(tmp_path: Path, name: str, text: str, warning: str) -> None:
    shutil.copytree(ASSETS, tmp_path / "assets")
    write(tmp_path / "assets", name, text)
    with pytest.raises(BundleError, match=re.escape(warning)):
        bundle_assets(tmp_path / "assets", DEFINES)


def test_without_esbuild_it_says_to_run_make_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy2(ROOT / "tools" / "package.json", tmp_path / "package.json")
    monkeypatch.setattr(bundle, "TOOLS", tmp_path)
    with pytest.raises(BundleError, match=r"esbuild \S+ is not installed .*run `make tools`"):
        bundle_assets(ASSETS, DEFINES)


def test_the_bundle_is_rebuilt_when_a_source_changes_and_only_then(tmp_path: Path) -> None:
    assets, docs = tmp_path / "assets", tmp_path / "docs"
    shutil.copytree(ASSETS, assets)
    generate(FIXTURE_CONTENT, docs, assets)
    before = (docs / CSS).read_text(encoding="utf-8")
    assert generate(FIXTURE_CONTENT, docs, assets) == [], "nothing changed, yet something was written"
    source = assets / "stylesheets" / "copy-link.css"
    source.write_text(source.read_text(encoding="utf-8") + ".rg-planted { order: 7 }\n", encoding="utf-8")
    assert generate(FIXTURE_CONTENT, docs, assets) == [CSS]
    after = (docs / CSS).read_text(encoding="utf-8")
    assert ".rg-planted{order:7}" in after and after != before
