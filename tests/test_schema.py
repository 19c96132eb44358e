"""The JSON Schema that editors use to check content/*.yml is exported and up to date."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, run_cli
from roleguide.cli import schemas


def test_exported_schema_is_up_to_date() -> None:
    result = run_cli("schema", "--check", cwd=ROOT)
    assert result.returncode == 0, result.stderr + "\nrun `make schema` and commit content/schema/"


def test_schema_check_fails_when_stale(tmp_path: Path) -> None:
    (tmp_path / "content" / "schema").mkdir(parents=True)
    result = run_cli("--content", str(tmp_path / "content"), "schema", "--check", cwd=tmp_path)
    assert result.returncode == 1
    assert "section.schema.json is out of date: run `make schema`" in result.stderr


def test_schema_forbids_unknown_keys_and_documents_fields() -> None:
    section = json.loads(schemas()["section.schema.json"])
    assert section["additionalProperties"] is False
    assert set(section["required"]) >= {"id", "title", "nav_title", "description", "summary", "roles", "shared"}
    assert "the page URL is /<id>/" in section["properties"]["id"]["description"]


def test_every_content_file_points_at_its_schema() -> None:
    for path in sorted((ROOT / "content").rglob("*.yml")):
        kind = "section" if path.parent.name == "sections" else path.stem
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=") and first.endswith(f"{kind}.schema.json"), path
