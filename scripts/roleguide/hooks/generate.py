"""Thin MkDocs hook: regenerate the pages from content/ before each build.

MkDocs loads this file by its path (mkdocs.yml, `hooks:`), not as part of the package, so it imports
the package with absolute imports only.

All the work is in the roleguide package (`python -m roleguide generate` does the same without
MkDocs). The generator writes only files whose bytes changed, so `mkdocs serve` reloads once per
content edit instead of looping.

The hook also hands the mkdocs-redirects plugin its map of old page addresses, made from
content/redirects.yml: the plugin reads the map only from its configuration, and this way the map is
written once, in content/. (A tool that ignores hooks still builds every page; only the stub pages
at old addresses would be missing.)
"""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from roleguide.build import write_generated
from roleguide.load import ContentError, load_guide
from roleguide.render.redirects import redirect_maps


def on_pre_build(config: MkDocsConfig) -> None:
    content = Path(config.config_file_path).parent / "content"
    try:
        guide = load_guide(content)
        write_generated(guide, Path(config.docs_dir), config.site_url)
    except ContentError as exc:
        raise PluginError(str(exc)) from None
    redirects = config.plugins.get("redirects")
    if redirects is not None:
        # A copy made with Material's offline plugin is opened from disk: nobody follows an old
        # address into it, so it carries no redirect pages.
        offline = config.plugins.get("material/offline")
        copy = offline is not None and offline.config.enabled
        redirects.config["redirect_maps"] = {} if copy else redirect_maps(guide)
