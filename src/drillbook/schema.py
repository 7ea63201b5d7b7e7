"""JSON Schemas for editors, generated from the models and committed under ``playbooks/schema/``."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import BaseModel

from drillbook.org.loading import ORG_FILES
from drillbook.playbook.models import Playbook
from drillbook.scenario.models import ScenarioTemplate

SCHEMA_LINE = "# yaml-language-server: $schema={}"
"""The first line of every YAML file, pointing the editor at its schema."""


def schema_models() -> dict[str, type[BaseModel]]:
    """Schema file name → the model it describes."""
    models: dict[str, type[BaseModel]] = {
        "playbook.schema.json": Playbook,
        "scenario.schema.json": ScenarioTemplate,
    }
    for name, model in ORG_FILES.items():
        models[name.replace(".yaml", ".schema.json")] = model
    return models


def render_schemas() -> dict[str, str]:
    """Schema file name → its JSON text, exactly as committed."""
    out = {}
    for name, model in schema_models().items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        out[name] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return out


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into ``folder``; return the files that changed."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in render_schemas().items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def schema_name(yaml_file: Path, root: Path) -> str | None:
    """The schema a YAML file of the project follows, if it is one drillbook reads."""
    rel = yaml_file.resolve().relative_to(root.resolve())
    if rel.parent == Path("playbooks/org") and rel.name in ORG_FILES:
        return rel.name.replace(".yaml", ".schema.json")
    if rel.parent == Path("playbooks"):
        return "playbook.schema.json"
    if rel.parent == Path("scenarios"):
        return "scenario.schema.json"
    return None


def schema_line(yaml_file: Path, root: Path) -> str | None:
    """The first line ``yaml_file`` must have so that editors validate it."""
    name = schema_name(yaml_file, root)
    if name is None:
        return None
    target = root.resolve() / "playbooks" / "schema" / name
    return SCHEMA_LINE.format(Path(os.path.relpath(target, yaml_file.resolve().parent)).as_posix())
