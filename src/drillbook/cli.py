"""The ``drillbook`` command: one sub-command per task, each defined next to its domain."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from drillbook.errors import DrillbookError

COMMAND_MODULES = (
    "drillbook.playbook.cli",
    "drillbook.scenario.cli",
    "drillbook.site.cli",
    "drillbook.exercise.cli",
)
"""Modules that each add their sub-commands through ``register(subparsers, common)``."""


def project_root(args: argparse.Namespace) -> Path:
    """The project the command works on: ``--project`` or the one around the working folder."""
    from drillbook.project import find_root

    return find_root(args.project or Path.cwd())


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every domain's sub-commands."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--project", type=Path, default=None, help="project folder (default: found from here)"
    )
    parser = argparse.ArgumentParser(
        prog="drillbook",
        description="Incident-response runbooks and tabletop exercises from YAML playbooks.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; bad input prints one line per problem and exits non-zero."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except DrillbookError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    raise SystemExit(main())
