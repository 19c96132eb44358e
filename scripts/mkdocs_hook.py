"""Thin MkDocs hook: regenerate the pages from content/ before each build.

All the work is in the roleguide package (`python -m roleguide generate` does the same without
MkDocs). The generator writes only files whose bytes changed, so `mkdocs serve` reloads once per
content edit instead of looping.
"""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from roleguide.cli import generate
from roleguide.load import ContentError


def on_pre_build(config: MkDocsConfig) -> None:
    content = Path(config.config_file_path).parent / "content"
    try:
        generate(content, Path(config.docs_dir))
    except ContentError as exc:
        raise PluginError(str(exc)) from None
