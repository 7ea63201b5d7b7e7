"""Lessons back into the playbooks: YAML snippets, and a comment-keeping merge into the files."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML

from drillbook.errors import DrillbookError, Problem
from drillbook.exercise.report import Report
from drillbook.playbook.models import Lesson
from drillbook.project import load_project


def lesson_data(lesson: Lesson) -> dict[str, Any]:
    """A lesson as the plain data of a playbook's ``lessons:`` entry."""
    return lesson.model_dump(mode="json")


def lessons_yaml(report: Report) -> dict[str, str]:
    """Playbook id → its new ``lessons:`` entries as YAML, ready to paste."""
    return {
        playbook: yaml.safe_dump(
            {"lessons": [lesson_data(x) for x in lessons]}, sort_keys=False, width=100
        )
        for playbook, lessons in report.lessons.items()
    }


def apply_lessons(root: Path, report: Report) -> list[Path]:
    """Append the report's lessons to each playbook file, keeping comments and layout.

    Lessons already in a file are not added twice. The project is checked afterwards; if it
    no longer validates, every file is put back as it was and the problems are raised.
    """
    project = load_project(root)
    rt = YAML()
    rt.preserve_quotes = True
    rt.width = 100
    originals: dict[Path, str] = {}
    for playbook_id, lessons in report.lessons.items():
        if playbook_id not in project.playbooks:
            message = f"the report has lessons for {playbook_id!r}, which is not a playbook here"
            raise DrillbookError([Problem(root / "playbooks", 1, 1, "lessons", message)])
        path = project.playbooks[playbook_id].path
        text = path.read_text(encoding="utf-8")
        data = rt.load(text)
        existing = data.get("lessons")
        if existing is None:
            existing = data["lessons"] = []
        known = [dict(item) for item in existing]
        new = [lesson_data(x) for x in lessons if lesson_data(x) not in known]
        if not new:
            continue
        existing.extend(new)
        out = io.StringIO()
        rt.dump(data, out)
        originals[path] = text
        path.write_text(out.getvalue(), encoding="utf-8")
    try:
        load_project(root)
    except DrillbookError:
        for path, text in originals.items():
            path.write_text(text, encoding="utf-8")
        raise
    return list(originals)
