"""Sub-commands for playbook owners: ``check``, ``schema`` and ``new playbook``."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

from drillbook.basemodel import IDENTIFIER_PATTERN
from drillbook.cli import project_root
from drillbook.errors import DrillbookError, Problem
from drillbook.org.loading import load_org
from drillbook.playbook.skeleton import skeleton
from drillbook.project import ORG, PLAYBOOKS, SCHEMAS, load_project
from drillbook.schema import SCHEMA_LINE, write_schemas


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this domain's sub-commands to the ``drillbook`` parser."""
    check = sub.add_parser(
        "check", parents=[common], help="validate the playbooks, org layer and scenarios"
    )
    check.add_argument("files", nargs="*", type=Path, help="only report on these files")
    check.add_argument("--strict", action="store_true", help="treat warnings (stale) as errors")
    check.set_defaults(run=run_check)

    schema = sub.add_parser("schema", parents=[common], help="write the JSON Schemas for editors")
    schema.set_defaults(run=run_schema)

    new = sub.add_parser("new", parents=[common], help="create a new document from a skeleton")
    new.add_argument("kind", choices=["playbook"], help="what to create")
    new.add_argument("id", help="the new playbook's id, e.g. insider-threat")
    new.set_defaults(run=run_new)


def run_check(args: argparse.Namespace) -> int:
    """Validate the project (or the named files); warnings fail only with ``--strict``."""
    root = project_root(args)
    project = load_project(root, only=args.files or None)
    for warning in project.warnings:
        print(warning, file=sys.stderr)
    if args.strict and project.warnings:
        return 1
    stale = f", {len(project.warnings)} warning(s)" if project.warnings else ""
    if args.files:
        print(f"ok: {len(args.files)} file(s) valid{stale}")
    else:
        counts = f"{len(project.playbooks)} playbook(s), {len(project.scenarios)} scenario(s)"
        print(f"ok: {counts} and the organisation layer valid{stale}")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    """Regenerate the committed JSON Schemas."""
    root = project_root(args)
    changed = write_schemas(root / SCHEMAS)
    for path in changed:
        print(f"wrote {path.relative_to(root)}")
    if not changed:
        print("schemas are up to date")
    return 0


def run_new(args: argparse.Namespace) -> int:
    """Write a valid playbook skeleton named after its id."""
    root = project_root(args)
    path = root / PLAYBOOKS / f"{args.id}.yaml"
    if not re.match(IDENTIFIER_PATTERN, args.id):
        message = "use lower-case words joined by '-', e.g. insider-threat"
        raise DrillbookError([Problem(path, 1, 1, "id", message)])
    if path.exists():
        message = "a playbook with this id exists: pick another"
        raise DrillbookError([Problem(path, 1, 1, "id", message)])
    org = load_org(root / ORG)
    line = SCHEMA_LINE.format("schema/playbook.schema.json")
    path.write_text(skeleton(args.id, org, today=dt.date.today(), schema_line=line), "utf-8")
    print(f"wrote {path.relative_to(root)}")
    return 0
