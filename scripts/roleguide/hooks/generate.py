"""Thin MkDocs hook: regenerate the pages from content/ before each build.

MkDocs loads this file by its path (mkdocs.yml, `hooks:`), not as part of the package, so it imports
the package with absolute imports only.

All the work is in the roleguide package (`python -m roleguide generate` does the same without
MkDocs). The generator writes only files whose bytes changed, so `mkdocs serve` reloads once per
content edit instead of looping.

Everything a page needs is in what the generator writes, the pages at old addresses
(content/redirects.yml) included: Zensical, which ignores hooks, builds the same site.
"""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from roleguide.build import write_generated
from roleguide.load import ContentError, load_guide


def on_pre_build(config: MkDocsConfig) -> None:
    content = Path(config.config_file_path).parent / "content"
    try:
        guide = load_guide(content)
        write_generated(guide, Path(config.docs_dir), config.site_url)
    except ContentError as exc:
        raise PluginError(str(exc)) from None
