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

from . import postbuild
from .build import build, write_atomic, write_generated
from .bundle import BundleError
from .csp import header_files, header_lines, netlify_headers, nginx_snippet
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


def write_headers(site: Path, form: str, folder: Path | None, check: bool) -> int:
    """Print the headers for a built site (nginx or Netlify), or write them into the files of `folder`
    (hosting/; with `check`, only say whether they are up to date)."""
    if not (site / "index.html").is_file():
        print(f"{display(site)} holds no built site; run `make build` first", file=sys.stderr)
        return 1
    lines = header_lines(site)
    if folder is None:
        print(nginx_snippet(lines) if form == "nginx" else netlify_headers(lines), end="")
        return 0
    stale = {
        name: text
        for name, text in header_files(lines).items()
        if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
    }
    for name, text in stale.items():
        if check:
            print(f"{display(folder / name)}: the security headers are stale: run `make headers`", file=sys.stderr)
        else:
            write_atomic(folder / name, text.encode("utf-8"))
            print(f"wrote the security headers of {display(site)} into {display(folder / name)}")
    return 1 if check and stale else 0


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
    build_cmd.add_argument(
        "--without",
        nargs="*",
        default=[],
        choices=postbuild.NAMES,
        metavar="STEP",
        help=f"leave these post-build steps out, to measure what each buys ({', '.join(postbuild.NAMES)})",
    )
    schema_cmd = commands.add_parser("schema", help="export the JSON Schema of the content files")
    schema_cmd.add_argument("--check", action="store_true", help="fail if the exported files are out of date")
    headers_cmd = commands.add_parser(
        "headers", help="print the HTTP headers (Content-Security-Policy and more) for a host to send with a built site"
    )
    headers_cmd.add_argument("--site", type=Path, default=Path("site"), help="the built site (default: site)")
    headers_cmd.add_argument("--format", choices=("nginx", "netlify"), default="nginx", help="default: nginx")
    headers_cmd.add_argument("--write", type=Path, metavar="FOLDER", help="write them into this folder's files instead")
    headers_cmd.add_argument("--check", action="store_true", help="with --write: fail if the files are out of date")
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
            build(args.content, args.docs, site, args.config, args.assets, site_url(), args.engine, args.without)
        elif args.command == "schema":
            return write_schemas(args.content / "schema", args.check)
        elif args.command == "headers":
            return write_headers(args.site, args.format, args.write, args.check)
    except (ContentError, BundleError) as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0
