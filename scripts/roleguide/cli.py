"""The command line: `python -m roleguide generate|build|schema|check|headers`.

A thin layer over build.py (generate, build), the model (check, schema) and csp.py (headers). It never
imports MkDocs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .build import build, write_atomic, write_generated
from .bundle import BundleError
from .csp import header_lines, netlify_headers, nginx_snippet, with_readme_block
from .engines import ENGINES, MKDOCS, ZENSICAL
from .load import ContentError, display, load_guide
from .model import FILE_MODELS


def schemas() -> dict[str, str]:
    """The JSON Schema of each kind of content file, as the text of content/schema/<kind>.schema.json."""
    return {
        f"{kind}.schema.json": json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
        for kind, model in FILE_MODELS.items()
    }


def write_schemas(target: Path, check: bool) -> int:
    stale = [
        name
        for name, text in schemas().items()
        if not (target / name).is_file() or (target / name).read_text(encoding="utf-8") != text
    ]
    if check:
        for name in stale:
            print(f"{display(target / name)} is out of date: run `make schema`", file=sys.stderr)
        return 1 if stale else 0
    for name in stale:
        write_atomic(target / name, schemas()[name].encode("utf-8"))
        print(f"wrote {display(target / name)}")
    return 0


def write_headers(site: Path, form: str, readme: Path | None, check: bool) -> int:
    """Print the headers for a built site (nginx or Netlify), or write them into the README's block
    (with `check`, only say whether it is up to date)."""
    if not (site / "index.html").is_file():
        print(f"{display(site)} holds no built site; run `make build` first", file=sys.stderr)
        return 1
    lines = header_lines(site)
    if readme is None:
        print(nginx_snippet(lines) if form == "nginx" else netlify_headers(lines), end="")
        return 0
    text = readme.read_text(encoding="utf-8")
    try:
        updated = with_readme_block(text, lines)
    except ValueError as error:
        print(f"{display(readme)}: {error}", file=sys.stderr)
        return 1
    if check:
        if updated != text:
            print(f"{display(readme)}: the security headers are out of date: run `make headers`", file=sys.stderr)
        return 1 if updated != text else 0
    if updated != text:
        write_atomic(readme, updated.encode("utf-8"))
        print(f"wrote the security headers of {display(site)} into {display(readme)}")
    return 0


def site_url() -> str | None:
    """The published address, from the variable mkdocs.yml reads it from (the MkDocs hook uses
    MkDocs' own value, so a build always names the address it is built for)."""
    return os.environ.get("SITE_URL") or None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="roleguide", description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")
    parser.add_argument("--docs", type=Path, default=Path("docs"), help="MkDocs docs_dir (default: docs)")
    parser.add_argument(
        "--assets", type=Path, default=Path("assets"), help="stylesheets and scripts to bundle (default: assets)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate content/ and report every problem")
    commands.add_parser("generate", help="write the generated pages and the bundled assets into docs/")
    build_cmd = commands.add_parser("build", help="generate, then build the site (strict) with MkDocs or Zensical")
    build_cmd.add_argument("--engine", choices=ENGINES, default=MKDOCS, help="the engine (default: mkdocs)")
    build_cmd.add_argument("--site", type=Path, help="where the site goes (default: site, or site-zensical)")
    build_cmd.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    schema_cmd = commands.add_parser("schema", help="export the JSON Schema of the content files")
    schema_cmd.add_argument("--check", action="store_true", help="fail if the exported files are out of date")
    headers_cmd = commands.add_parser(
        "headers", help="print the HTTP headers (Content-Security-Policy and more) for a host to send with a built site"
    )
    headers_cmd.add_argument("--site", type=Path, default=Path("site"), help="the built site (default: site)")
    headers_cmd.add_argument("--format", choices=("nginx", "netlify"), default="nginx", help="default: nginx")
    headers_cmd.add_argument("--readme", type=Path, help="write them into this README's block instead")
    headers_cmd.add_argument("--check", action="store_true", help="with --readme: fail if its block is out of date")
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            guide = load_guide(args.content)
            print(f"content is valid: {len(guide.sections)} sections, {len(guide.comparison.aspects)} aspects")
        elif args.command == "generate":
            changed, pictures = write_generated(load_guide(args.content), args.docs, args.assets, site_url())
            drawn, total = len(pictures.drawn), len(pictures.drawn) + len(pictures.reused)
            print(f"generated {len(changed)} changed file(s) in {display(args.docs)}; drew {drawn} of {total} pictures")
        elif args.command == "build":
            site = args.site or Path("site-zensical" if args.engine == ZENSICAL else "site")
            build(args.content, args.docs, site, args.config, args.assets, site_url(), args.engine)
        elif args.command == "schema":
            return write_schemas(args.content / "schema", args.check)
        elif args.command == "headers":
            return write_headers(args.site, args.format, args.readme, args.check)
    except (ContentError, BundleError) as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0
