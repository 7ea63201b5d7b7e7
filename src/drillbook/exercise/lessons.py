"""Lessons back into the playbooks: YAML snippets, and a comment-keeping merge into the files."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML

from drillbook.documents import load_document
from drillbook.errors import DrillbookError, Problem, Severity
from drillbook.exercise.report import Report
from drillbook.output import write_text
from drillbook.playbook.checks import check_playbook
from drillbook.playbook.models import Lesson, Playbook
from drillbook.project import PLAYBOOKS, Project, load_project

WIDTH = 1_000_000
"""Never fold a line: the files keep the lines their authors wrote."""

_KEY = re.compile(r"^( *)[^\s#-][^:#]*:\s*$")
_ITEM = re.compile(r"^( *)- ")
_CHILD = re.compile(r"^( *)[^\s#-]")


@dataclass(frozen=True)
class Indent:
    """How a YAML file indents: mapping keys, sequence items, and the dash within them."""

    mapping: int = 2
    sequence: int = 4
    offset: int = 2


def lesson_data(lesson: Lesson) -> dict[str, Any]:
    """A lesson as the plain data of a playbook's ``lessons:`` entry (the date stays a date)."""
    return {**lesson.model_dump(mode="json"), "date": lesson.date}


def lessons_yaml(report: Report) -> dict[str, str]:
    """Playbook id → its new ``lessons:`` entries as YAML, ready to paste."""
    return {
        playbook: yaml.safe_dump(
            {"lessons": [lesson_data(x) for x in lessons]}, sort_keys=False, width=100
        )
        for playbook, lessons in report.lessons.items()
    }


def detect_indent(text: str) -> Indent:
    """The indentation a block-style YAML file uses, from its first nested key and list."""
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    mapping = sequence = None
    for parent, child in pairwise(lines):
        key = _KEY.match(parent)
        if key is None:
            continue
        depth = len(key.group(1))
        item, nested = _ITEM.match(child), _CHILD.match(child)
        if item and sequence is None and len(item.group(1)) >= depth:
            sequence = len(item.group(1)) - depth
        elif nested and mapping is None and len(nested.group(1)) > depth:
            mapping = len(nested.group(1)) - depth
    default = Indent()
    offset = default.offset if sequence is None else sequence
    return Indent(mapping or default.mapping, offset + 2, offset)


def round_trip(text: str) -> YAML:
    """A ruamel round-trip reader and writer set up to keep this file's layout."""
    indent = detect_indent(text)
    rt = YAML()
    rt.preserve_quotes = True
    rt.width = WIDTH
    rt.indent(mapping=indent.mapping, sequence=indent.sequence, offset=indent.offset)
    return rt


def apply_lessons(root: Path, report: Report) -> list[Path]:
    """Append the report's lessons to each playbook file, keeping comments and layout.

    Lessons already in a file are not added twice. Every file is worked out and checked in
    memory first; only when all are valid is each one replaced, whole, in one step.
    """
    project = load_project(root)
    unknown = [p for p in report.lessons if p not in project.playbooks]
    if unknown:
        problems = [
            Problem(
                root / PLAYBOOKS,
                1,
                1,
                "lessons",
                f"the report has lessons for {p!r}, "
                "which is not a playbook here: apply it in the project it came from",
            )
            for p in unknown
        ]
        raise DrillbookError(problems)
    updated: dict[Path, str] = {}
    for playbook_id, lessons in report.lessons.items():
        found = _with_lessons(project, playbook_id, lessons)
        if found is not None:
            updated[found[0]] = found[1]
    for path, text in updated.items():
        write_text(path, text, option="lessons")
    return list(updated)


def _with_lessons(
    project: Project, playbook_id: str, lessons: list[Lesson]
) -> tuple[Path, str] | None:
    """The playbook file's new text with the lessons it lacks, checked; ``None`` if none."""
    doc = project.playbooks[playbook_id]
    text = doc.path.read_text(encoding="utf-8")
    rt = round_trip(text)
    data = rt.load(text)
    existing = data.get("lessons")
    if existing is None:
        existing = data["lessons"] = []
    known = [dict(item) for item in existing]
    new = [x for x in lessons if lesson_data(x) not in known]
    if not new:
        return None
    existing.extend(lesson_data(x) for x in new)
    out = io.StringIO()
    rt.dump(data, out)
    result = load_document(doc.path, Playbook, out.getvalue())
    problems = list(check_playbook(result, project.org))
    expected = doc.model.model_copy(update={"lessons": [*doc.model.lessons, *new]})
    if result.model != expected:
        message = "adding the lessons would change other content: paste them from the report"
        problems.append(Problem(doc.path, 1, 1, "lessons", message))
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise DrillbookError(errors)
    return doc.path, out.getvalue()
