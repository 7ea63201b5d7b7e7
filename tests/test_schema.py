"""The committed JSON Schemas match the models, and every YAML file names its schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drillbook.schema import render_schemas, schema_line, write_schemas
from tests.factories import REPO

SCHEMAS = REPO / "playbooks" / "schema"
YAML_FILES = sorted([*REPO.glob("playbooks/**/*.yaml"), *REPO.glob("scenarios/*.yaml")])


@pytest.mark.parametrize("name", sorted(render_schemas()))
def test_committed_schema_is_current(name: str) -> None:
    committed = SCHEMAS / name
    assert committed.is_file(), f"run `drillbook schema` to write {name}"
    assert committed.read_text(encoding="utf-8") == render_schemas()[name], (
        f"{name} is stale: run `drillbook schema` and commit the result"
    )


def test_no_schema_is_left_over() -> None:
    assert {p.name for p in SCHEMAS.glob("*.json")} == set(render_schemas())


def test_schemas_forbid_unknown_fields() -> None:
    playbook = json.loads(render_schemas()["playbook.schema.json"])
    assert playbook["additionalProperties"] is False
    assert playbook["$defs"]["Step"]["additionalProperties"] is False
    assert playbook["$defs"]["Step"]["properties"]["owner"]["description"]


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_yaml_file_names_its_schema(path: Path) -> None:
    expected = schema_line(path, REPO)
    assert expected is not None, f"{path} is not a file drillbook knows"
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == expected
    target = (path.parent / first.split("=", 1)[1]).resolve()
    assert target.is_file()


def test_write_schemas_reports_only_changes(tmp_path: Path) -> None:
    assert len(write_schemas(tmp_path)) == len(render_schemas())
    assert write_schemas(tmp_path) == []
