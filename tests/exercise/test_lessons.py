"""``lessons apply``: a report's lessons land in the playbook without losing anything."""

from __future__ import annotations

import shutil
from pathlib import Path

from drillbook.cli import main
from drillbook.exercise.engine import ExerciseEngine
from drillbook.exercise.teams import Team, simulate
from drillbook.project import load_project
from tests.exercise.conftest import DAY
from tests.factories import REPO
from tests.site.html import Page


def test_lessons_apply_keeps_comments_and_content_validates_and_shows_on_the_site(
    engine: ExerciseEngine, tmp_path: Path
) -> None:
    root = tmp_path / "project"
    for folder in ("playbooks", "scenarios", "docs"):
        shutil.copytree(REPO / folder, root / folder)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
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
