"""The two engines that build the site from mkdocs.yml: MkDocs with Material (the primary one, which
publishes) and Zensical, Material's successor (`make build-zensical`). build.py runs either one as a
subprocess and never imports it; this module says how to call each.

Zensical reads mkdocs.yml, with two differences that matter here, so it gets a config of its own,
written next to mkdocs.yml for the length of one build (it needs the same folder: paths in the config,
and Zensical's `.cache/`, are relative to it):

- It has no `--site-dir` option, so the config names the staging folder.
- Its `INHERIT` appends lists, where MkDocs replaces them, so a file that inherits mkdocs.yml could
  never drop an entry (mkdocs.offline.yml drops instant loading from `theme.features`). The config is
  therefore flat: the chain of `INHERIT` files merged here as MkDocs merges them (mappings key by key,
  anything else replaced). Tags such as `!ENV` pass through untouched, for Zensical to resolve.

Hooks stay in the config, where Zensical ignores them: nothing a page needs comes from a hook.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

MKDOCS = "mkdocs"
ZENSICAL = "zensical"
ENGINES = (MKDOCS, ZENSICAL)
# The site's icon as a file of docs/, for Zensical; mkdocs.yml gives MkDocs the same icon as a data:
# address, which saves a request (tests/test_engines.py keeps the two the same).
FAVICON_FILE = "assets/images/favicon.svg"
# The config that `roleguide build --engine zensical` writes next to mkdocs.yml (git-ignored).
ZENSICAL_CONFIG = ".zensical.{stem}.yml"


class Tagged:
    """A YAML node with a tag (`!ENV [...]`, `!!python/name:...`), kept as it was written."""

    def __init__(self, tag: str, value: Any) -> None:
        self.tag, self.value = tag, value


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _construct_tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Tagged:
    if isinstance(node, yaml.SequenceNode):
        value: Any = loader.construct_sequence(node, deep=True)
    elif isinstance(node, yaml.MappingNode):
        value = loader.construct_mapping(node, deep=True)
    elif isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    else:  # PyYAML has no other kind of node
        raise TypeError(f"a YAML node of an unknown kind: {node!r}")
    return Tagged(node.tag, value)


def _represent_tagged(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value, flow_style=True)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


_Loader.add_multi_constructor("!", _construct_tagged)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_tagged)
_Dumper.add_representer(Tagged, _represent_tagged)
# Writes a config read by flat_config back as YAML, its tags as they were.
CONFIG_DUMPER = _Dumper


def merge(parent: Mapping[str, Any], child: Mapping[str, Any]) -> dict[str, Any]:
    """MkDocs' INHERIT: mappings merge key by key; a list or any other value replaces the parent's."""
    merged = dict(parent)
    for key, value in child.items():
        old = merged.get(key)
        merged[key] = merge(old, value) if isinstance(old, dict) and isinstance(value, dict) else value
    return merged


def flat_config(config: Path) -> dict[str, Any]:
    """The config file with its INHERIT chain merged as MkDocs merges it."""
    data = yaml.load(config.read_text(encoding="utf-8"), Loader=_Loader) or {}
    parent = data.pop("INHERIT", None)
    return merge(flat_config(config.parent / parent), data) if parent else data


def zensical_config(config: Path, site_dir: Path) -> tuple[Path, str]:
    """Where the flat config that builds `config` with Zensical into `site_dir` goes, and its text
    (build.py writes it, next to `config`, for the length of the build)."""
    data = flat_config(config)
    data["site_dir"] = site_dir.resolve().relative_to(config.parent.resolve()).as_posix()
    theme = data.get("theme") or {}
    if str(theme.get("favicon", "")).startswith("data:"):
        # Zensical's `url` filter takes a data: address for a path ("../data:..."), so its pages load
        # the same icon as a file: one more request than the MkDocs build, of a few hundred bytes.
        theme["favicon"] = FAVICON_FILE
    text = "# Written by roleguide for one Zensical build from the config it names (roleguide/engines.py).\n"
    text += yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
    return config.parent / ZENSICAL_CONFIG.format(stem=config.stem), text


def command(engine: str, config: Path, staging: Path) -> list[str]:
    """The command line that builds `config` into `staging` (for Zensical, a config from zensical_config)."""
    if engine == MKDOCS:
        return [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--config-file",
            str(config),
            "--site-dir",
            str(staging),
        ]
    return [sys.executable, "-m", "zensical", "build", "--strict", "--clean", "--config-file", str(config)]
