"""Sub-commands ``exercise new|list|report|export|simulate`` and ``lessons apply``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from drillbook.cli import project_root
from drillbook.errors import DrillbookError, Problem
from drillbook.exercise.engine import ExerciseEngine, export_log
from drillbook.exercise.events import decode
from drillbook.exercise.lessons import apply_lessons
from drillbook.exercise.report import Report, build_report
from drillbook.exercise.report_html import render_html
from drillbook.exercise.report_markdown import render_markdown
from drillbook.exercise.state import fold
from drillbook.exercise.teams import Team, simulate
from drillbook.output import write_text
from drillbook.project import load_project
from drillbook.store import StoredEvent, open_store

FORMATS = ("md", "html", "json")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this domain's sub-commands to the ``drillbook`` parser."""
    db = argparse.ArgumentParser(add_help=False, parents=[common])
    db.add_argument(
        "--db",
        type=Path,
        default=None,
        help="database (default: $DRILLBOOK_DB or drillbook.db in the project)",
    )
    exercise = sub.add_parser("exercise", help="run, list, report and simulate exercises")
    verbs = exercise.add_subparsers(dest="verb", required=True, metavar="VERB")

    new = verbs.add_parser("new", parents=[db], help="create an exercise; print its codes")
    new.add_argument("--scenario", required=True, help="scenario template id")
    new.add_argument("--seed", type=int, required=True)
    new.add_argument("--difficulty", default=None)
    new.set_defaults(run=run_new)

    listing = verbs.add_parser("list", parents=[db], help="list the exercises in the database")
    listing.set_defaults(run=run_list)

    report = verbs.add_parser("report", parents=[db], help="write an after-action report")
    report.add_argument("id", help="exercise id")
    report.add_argument("--format", choices=FORMATS, default="md")
    report.add_argument("--out", type=Path, default=None, help="file (default: standard output)")
    report.set_defaults(run=run_report)

    export = verbs.add_parser("export", parents=[db], help="write the event log as JSON lines")
    export.add_argument("id", help="exercise id")
    export.add_argument("--out", type=Path, default=None, help="file (default: standard output)")
    export.set_defaults(run=run_export)

    sim = verbs.add_parser("simulate", parents=[db], help="play a scenario with a scripted team")
    sim.add_argument("--scenario", required=True)
    sim.add_argument("--seed", type=int, required=True)
    sim.add_argument("--difficulty", default=None)
    sim.add_argument("--team", choices=[t.value for t in Team], required=True)
    sim.add_argument("--format", choices=FORMATS, default="md")
    sim.add_argument("--report", type=Path, default=None, help="file (default: standard output)")
    sim.add_argument("--date", type=dt.date.fromisoformat, default=None, help="YYYY-MM-DD")
    sim.set_defaults(run=run_simulate)

    lessons = sub.add_parser("lessons", help="turn a report's lessons into playbook entries")
    lverbs = lessons.add_subparsers(dest="verb", required=True, metavar="VERB")
    apply = lverbs.add_parser("apply", parents=[common], help="add a JSON report's lessons")
    apply.add_argument("report", type=Path, help="the report, written with --format json")
    apply.set_defaults(run=run_apply)


def render(report: Report, fmt: str) -> str:
    """The report in one of :data:`FORMATS`."""
    if fmt == "html":
        return render_html(report)
    if fmt == "json":
        return report.model_dump_json(indent=2) + "\n"
    return render_markdown(report)


@contextmanager
def _engine(args: argparse.Namespace) -> Iterator[ExerciseEngine]:
    root = project_root(args)
    with open_store(root, args.db) as store:
        yield ExerciseEngine(store, load_project(root))


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        write_text(out, text, option="--out")
        print(f"wrote {out}", file=sys.stderr)


def run_new(args: argparse.Namespace) -> int:
    """Create an exercise and print its id, join code and facilitator key."""
    with _engine(args) as engine:
        created = engine.create_exercise(
            scenario=args.scenario, seed=args.seed, difficulty=args.difficulty
        )
    print(f"exercise:        {created.exercise_id}")
    print(f"scenario code:   {created.scenario_code}")
    print(f"join code:       {created.join_code}")
    print(f"facilitator key: {created.facilitator_key}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """List the exercises, oldest first."""
    with _engine(args) as engine:
        for item in engine.exercises():
            print(
                f"{item.exercise_id}  {item.scenario_code}  {item.events:>5} events  {item.title}"
            )
    return 0


def _log(engine: ExerciseEngine, exercise_id: str) -> list[StoredEvent]:
    log = engine.store.read(exercise_id)
    if not log:
        message = "no such exercise in this database: see drillbook exercise list"
        raise DrillbookError([Problem(Path(exercise_id), 1, 1, "id", message)])
    return log


def _report_of(engine: ExerciseEngine, exercise_id: str) -> Report:
    state = fold(decode(e) for e in _log(engine, exercise_id))
    now = state.clock.at(engine.wall())
    return build_report(state, engine.scenario(state), engine.project, now)


def run_report(args: argparse.Namespace) -> int:
    """Write an exercise's after-action report."""
    with _engine(args) as engine:
        _write(render(_report_of(engine, args.id), args.format), args.out)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write an exercise's event log as JSON lines."""
    with _engine(args) as engine:
        _log(engine, args.id)
        _write(export_log(engine.store, args.id), args.out)
    return 0


def run_simulate(args: argparse.Namespace) -> int:
    """Play a scenario with a scripted team and write its report."""
    with _engine(args) as engine:
        created = simulate(
            engine,
            scenario=args.scenario,
            seed=args.seed,
            team=Team(args.team),
            difficulty=args.difficulty,
            today=args.date,
        )
        report = engine.report(exercise_id=created.exercise_id, key=created.facilitator_key)
    _write(render(report, args.format), args.report)
    return 0


def run_apply(args: argparse.Namespace) -> int:
    """Add a JSON report's lessons to the playbooks."""
    root = project_root(args)
    try:
        report = Report.model_validate(json.loads(args.report.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        message = f"not a JSON report (write one with --format json): {exc}"
        raise DrillbookError([Problem(args.report, 1, 1, "", message.splitlines()[0])]) from None
    changed = apply_lessons(root, report)
    for path in changed:
        print(f"updated {path.relative_to(root)}")
    if not changed:
        print("the playbooks already hold these lessons")
    return 0
