"""An exercise stays what was played: a changed template, a running clock, a renamed role."""

from __future__ import annotations

from pathlib import Path

import pytest

from drillbook.cli import main
from drillbook.exercise.engine import ExerciseEngine
from drillbook.exercise.events import DecisionMade, ExerciseCreated, decode, encode
from drillbook.exercise.org_ids import check_engine_ids
from drillbook.exercise.teams import Team, simulate
from drillbook.project import Project, load_project
from drillbook.store import SqliteStore
from tests.exercise.conftest import DAY

TEMPLATE = "phishing-payroll-lure"
"""A template whose careless run chooses the option ``one-by-one``."""


def _report(
    root: Path, db: Path, exercise_id: str, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    code = main(["exercise", "report", exercise_id, "--format", "json", *_at(root, db)])
    out, err = capsys.readouterr()
    return code, out, err


def _at(root: Path, db: Path) -> list[str]:
    return ["--project", str(root), "--db", str(db)]


def _rename_option(root: Path) -> None:
    path = root / "scenarios" / f"{TEMPLATE}.yaml"
    text = path.read_text(encoding="utf-8")
    assert "one-by-one" in text
    path.write_text(text.replace("one-by-one", "bit-by-bit"), encoding="utf-8")


def test_a_report_is_unchanged_after_its_scenario_template_changes(
    copied: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    with SqliteStore(db) as store:
        engine = ExerciseEngine(store, load_project(copied))
        created = simulate(engine, scenario=TEMPLATE, seed=2, team=Team.CARELESS, today=DAY)
    before = _report(copied, db, created.exercise_id, capsys)
    assert before[0] == 0 and '"chosen"' in before[1]

    _rename_option(copied)

    assert _report(copied, db, created.exercise_id, capsys) == before


def test_a_log_that_names_what_its_changed_template_lacks_is_one_line_not_a_traceback(
    copied: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    with SqliteStore(db) as store:
        engine = ExerciseEngine(store, load_project(copied))
        created = simulate(engine, scenario=TEMPLATE, seed=2, team=Team.CARELESS, today=DAY)
        # A log written before exercises kept their scenario: only the template and seed.
        events = [decode(e) for e in store.read(created.exercise_id)]
        first = events[0]
        assert isinstance(first, ExerciseCreated)
        events[0] = first.model_copy(update={"generated": None})
        assert any(isinstance(e, DecisionMade) and e.option == "one-by-one" for e in events)
        store.append("old", [encode(e) for e in events])
    _rename_option(copied)

    code, out, err = _report(copied, db, "old", capsys)

    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert f"scenarios/{TEMPLATE}.yaml" in err and "'one-by-one'" in err
    assert "template changed" in err


def test_a_report_on_a_running_clock_counts_up_to_the_minute_it_is_now(
    store: SqliteStore, shipped: Project
) -> None:
    wall = [1_000_000.0]
    engine = ExerciseEngine(store, shipped, wall=lambda: wall[0])
    created = engine.create_exercise(scenario=TEMPLATE, seed=2, today=DAY)
    xid, key = created.exercise_id, created.facilitator_key
    engine.start_clock(exercise_id=xid, key=key, speed=1.0)
    wall[0] += 45 * 60

    report = engine.report(exercise_id=xid, key=key)

    assert report.ended_minute == 45
    tasks = next(t for t in report.targets if t.id == "communication.tasks-on-time")
    assert any("first-notice" in line and "not sent" in line for line in tasks.evidence)


@pytest.mark.parametrize(
    ("file", "old", "new", "missing"),
    [
        ("roles.yaml", "triage-lead", "triage-coordinator", "role id(s) triage-lead"),
        (
            "communications.yaml",
            "management-briefing",
            "exec-briefing",
            "template id(s) management-briefing",
        ),
    ],
)
def test_an_org_layer_without_the_ids_the_engine_grades_with_cannot_start_an_exercise(
    copied: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    file: str,
    old: str,
    new: str,
    missing: str,
) -> None:
    for path in [*(copied / "playbooks").rglob("*.yaml"), *(copied / "scenarios").glob("*.yaml")]:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(old, new), encoding="utf-8")
    args = ["exercise", "new", "--scenario", TEMPLATE, "--seed", "1"]

    code = main(args + _at(copied, tmp_path / "x.db"))

    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert f"playbooks/org/{file}:" in err and missing in err
    with SqliteStore(tmp_path / "x.db") as store:
        assert store.exercises() == []


def test_the_engine_ids_check_is_quiet_for_the_shipped_org_layer(shipped: Project) -> None:
    assert check_engine_ids(shipped.org) == []
