"""``lessons apply``: a report's lessons land in the playbook without losing anything."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from drillbook.cli import main
from drillbook.exercise.engine import ExerciseEngine
from drillbook.exercise.report import Report
from drillbook.exercise.teams import Team, simulate
from drillbook.playbook.models import Lesson, LessonSource
from drillbook.project import load_project
from tests.exercise.conftest import DAY
from tests.factories import REPO
from tests.site.html import Page


def test_lessons_apply_keeps_comments_and_content_validates_and_shows_on_the_site(
    engine: ExerciseEngine, copied: Path, tmp_path: Path
) -> None:
    root = copied
    created = simulate(
        engine, scenario="phishing-payroll-lure", seed=2, team=Team.CARELESS, today=DAY
    )
    report = engine.report(exercise_id=created.exercise_id, key=created.facilitator_key)
    report_file = tmp_path / "report.json"
    report_file.write_text(report.model_dump_json(), encoding="utf-8")
    playbook = root / "playbooks" / f"{report.playbook}.yaml"
    before = playbook.read_text(encoding="utf-8")
    playbook.write_text(before + "# kept: a closing comment\n", encoding="utf-8")
    before = playbook.read_text(encoding="utf-8")

    assert main(["lessons", "apply", str(report_file), "--project", str(root)]) == 0
    after = playbook.read_text(encoding="utf-8")
    comments = [line.strip() for line in before.splitlines() if line.strip().startswith("#")]
    assert all(c in after for c in comments)
    project = load_project(root)
    lessons = project.playbook(report.playbook).lessons
    new = report.lessons[report.playbook]
    assert lessons[-len(new) :] == new
    old = load_project(REPO).playbook(report.playbook)
    assert project.playbook(report.playbook).phases == old.phases
    assert lessons[: len(old.lessons)] == old.lessons

    assert main(["lessons", "apply", str(report_file), "--project", str(root)]) == 0
    assert playbook.read_text(encoding="utf-8") == after

    assert main(["build", "--project", str(root)]) == 0
    page = Page(root / "site" / "playbooks" / f"{report.playbook}.html")
    assert all(f"{n.date.isoformat()} exercise {n.reference}" in page.text for n in new)


def _lesson(reference: str) -> Lesson:
    return Lesson(
        date=DAY,
        source=LessonSource.EXERCISE,
        reference=reference,
        lesson="The team contained one host at a time, " * 4 + "and the attacker noticed.",
        change="Containment: one coordinated action on every entry point, agreed in advance.",
    )


@pytest.fixture
def played(engine: ExerciseEngine) -> Report:
    """The report of a careless run, whose lessons each test replaces."""
    created = simulate(
        engine, scenario="phishing-payroll-lure", seed=2, team=Team.CARELESS, today=DAY
    )
    return engine.report(exercise_id=created.exercise_id, key=created.facilitator_key)


def _apply(root: Path, tmp_path: Path, base: Report, lessons: dict[str, list[Lesson]]) -> int:
    report = base.model_copy(update={"lessons": lessons})
    report_file = tmp_path / "report.json"
    report_file.write_text(report.model_dump_json(), encoding="utf-8")
    return main(["lessons", "apply", str(report_file), "--project", str(root)])


def test_applying_a_lesson_to_each_shipped_playbook_only_adds_lines(
    copied: Path, tmp_path: Path, played: Report, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted((copied / "playbooks").glob("*.yaml"))
    before = {f: f.read_text(encoding="utf-8").splitlines() for f in files}

    assert (
        _apply(
            copied, tmp_path, played, {f.stem: [_lesson(f"Tabletop: {f.stem} #1")] for f in files}
        )
        == 0
    )

    for f in files:
        after = f.read_text(encoding="utf-8").splitlines()
        changes = [
            line
            for line in difflib.unified_diff(before[f], after, lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))
        ]
        assert changes and all(line.startswith("+") for line in changes), (f.name, changes[:6])
    assert capsys.readouterr().err == ""


def test_lessons_for_an_unknown_playbook_change_no_file(
    copied: Path, tmp_path: Path, played: Report, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted((copied / "playbooks").rglob("*.yaml"))
    before = {f: f.read_bytes() for f in files}

    code = _apply(
        copied, tmp_path, played, {"phishing": [_lesson("T-1")], "no-such": [_lesson("T-2")]}
    )

    err = capsys.readouterr().err
    assert code == 1 and len(err.splitlines()) == 1 and "'no-such'" in err
    assert {f: f.read_bytes() for f in files} == before
    assert sorted((copied / "playbooks").rglob("*")) == sorted(
        p for p in (copied / "playbooks").rglob("*") if p.name[:1] != "."
    )
