"""Sub-commands for facilitators: ``scenario list``, ``scenario show`` and ``scenario pack``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from drillbook.cli import project_root
from drillbook.project import Project, load_project
from drillbook.scenario.catalogue import scenario, scenario_from_code, templates
from drillbook.scenario.models import Scenario
from drillbook.scenario.pack import write_pack
from drillbook.scenario.pages import facilitator_guide
from drillbook.scenario.rendering import to_markdown


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this domain's sub-commands to the ``drillbook`` parser."""
    parser = sub.add_parser("scenario", help="list, show and pack tabletop scenarios")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    listing = actions.add_parser("list", parents=[common], help="list the scenario templates")
    listing.set_defaults(run=run_list)

    chosen = argparse.ArgumentParser(add_help=False)
    chosen.add_argument("id", help="a scenario id, or a scenario code such as PHISH-3F9K2-1V1")
    chosen.add_argument("--seed", type=int, default=None, help="the seed (default 0)")
    chosen.add_argument("--difficulty", default=None, help="a difficulty id (default: first)")

    show = actions.add_parser("show", parents=[common, chosen], help="print one generated scenario")
    show.add_argument("--format", choices=["md", "json"], default="md", help="output format")
    show.set_defaults(run=run_show)

    pack = actions.add_parser(
        "pack", parents=[common, chosen], help="write a facilitator guide and role handouts"
    )
    pack.add_argument("--out", type=Path, required=True, help="the folder to write into")
    pack.set_defaults(run=run_pack)


def run_list(args: argparse.Namespace) -> int:
    """One line per template: id, tag, playbook, duration, title."""
    project = load_project(project_root(args))
    for t in templates(project):
        print(f"{t.id}\t{t.tag}\t{t.playbook}\t{t.duration_minutes} min\t{t.title}")
    return 0


def chosen_scenario(project: Project, args: argparse.Namespace) -> Scenario:
    """The scenario named on the command line, by id and seed or by code."""
    if args.id in project.scenarios or args.seed is not None or args.difficulty is not None:
        return scenario(project, args.id, args.seed or 0, args.difficulty)
    return scenario_from_code(project, args.id)


def run_show(args: argparse.Namespace) -> int:
    """Print the scenario as Markdown (the facilitator guide) or canonical JSON."""
    project = load_project(project_root(args))
    chosen = chosen_scenario(project, args)
    if args.format == "json":
        print(chosen.to_json(), end="")
    else:
        print(to_markdown(facilitator_guide(chosen, project)), end="")
    return 0


def run_pack(args: argparse.Namespace) -> int:
    """Write the exercise-in-a-box and list the files written."""
    project = load_project(project_root(args))
    for path in write_pack(chosen_scenario(project, args), project, args.out):
        print(f"wrote {path}")
    return 0
