"""A drillbook project on disk: finding it, and loading all of it with every check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from drillbook.documents import Document, load_document
from drillbook.errors import DrillbookError, Problem, Severity
from drillbook.exercise.org_ids import check_engine_ids
from drillbook.org.checks import check_org
from drillbook.org.loading import ORG_FILES, Org, load_org
from drillbook.playbook.checks import check_playbook, check_staleness
from drillbook.playbook.models import Playbook
from drillbook.scenario.loading import load_scenarios, scenario_files
from drillbook.scenario.models import ScenarioTemplate

PLAYBOOKS = "playbooks"
"""The folder of playbook files, relative to the project root."""
ORG = "playbooks/org"
"""The folder of the organisation layer."""
SCHEMAS = "playbooks/schema"
"""The folder of the committed JSON Schemas."""
SCENARIOS = "scenarios"
"""The folder of tabletop scenario templates."""
SOURCES = (PLAYBOOKS, SCENARIOS, "docs")
"""The folders people write, which no output of drillbook may land in or replace."""


@dataclass
class Project:
    """Everything drillbook knows about one project, validated and cross-checked."""

    root: Path
    org: Org
    playbooks: dict[str, Document[Playbook]]
    warnings: list[Problem] = field(default_factory=list)
    scenarios: dict[str, Document[ScenarioTemplate]] = field(default_factory=dict)
    """Tabletop scenario templates by id."""

    def playbook(self, playbook_id: str) -> Playbook:
        """The playbook with this id."""
        return self.playbooks[playbook_id].model


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` with a ``playbooks/org`` folder."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / ORG).is_dir():
            return folder
    raise DrillbookError(
        [Problem(start, 1, 1, "", "no drillbook project here: run inside one or pass --project")]
    )


def playbook_files(root: Path) -> list[Path]:
    """The playbook files of a project, sorted by name."""
    return sorted((root / PLAYBOOKS).glob("*.yaml"))


def project_files(root: Path) -> list[Path]:
    """Every file drillbook reads in a project: the organisation layer, playbooks, scenarios."""
    org = [root / ORG / name for name in ORG_FILES]
    return [*org, *playbook_files(root), *scenario_files(root / SCENARIOS)]


def _misnamed(root: Path) -> list[Path]:
    """``*.yml`` files where drillbook reads only ``*.yaml``: they would go unchecked."""
    return sorted(
        p for folder in (PLAYBOOKS, ORG, SCENARIOS) for p in (root / folder).glob("*.yml")
    )


def _rename_hint(path: Path) -> str:
    return f"drillbook reads only *.yaml files: rename it to {path.stem}.yaml"


def _unread(root: Path, named: Iterable[Path]) -> list[Problem]:
    """An error for each named file that drillbook does not read, so it was never checked."""
    read = {p.resolve() for p in project_files(root)}
    misnamed = {p.resolve() for p in _misnamed(root)}
    problems = []
    for path in named:
        if not path.is_file():
            message = "no such file"
        elif path.resolve() in misnamed:
            message = _rename_hint(path)
        elif path.resolve() not in read:
            message = (
                "drillbook does not read this file: it reads playbooks/*.yaml, "
                "the organisation layer in playbooks/org/ and scenarios/*.yaml"
            )
        else:
            continue
        problems.append(Problem(path, 1, 1, "", message))
    return problems


def load_project(
    root: Path, *, today: dt.date | None = None, only: Iterable[Path] | None = None
) -> Project:
    """Load and check a whole project; raise one :class:`DrillbookError` with every problem.

    With ``only``, problems are reported for those files alone (the rest of the project is
    still read, since references cross files), and naming a file drillbook does not read is
    an error. Review staleness and ``*.yml`` files that go unread become warnings.
    """
    today = today or dt.date.today()
    problems: list[Problem] = []
    blocking: list[Problem] = []
    org: Org | None = None
    try:
        org = load_org(root / ORG)
    except DrillbookError as exc:
        blocking = exc.problems
    else:
        problems.extend(check_org(org))
        problems.extend(check_engine_ids(org))
    playbooks: dict[str, Document[Playbook]] = {}
    for path in playbook_files(root):
        try:
            doc = load_document(path, Playbook)
        except DrillbookError as exc:
            problems.extend(exc.problems)
            continue
        if doc.model.id in playbooks:
            other = playbooks[doc.model.id].path.name
            problems.append(doc.problem(("id",), f"the id {doc.model.id!r} is used by {other} too"))
        if org is not None:
            problems.extend(check_playbook(doc, org))
        problems.extend(check_staleness(doc, today))
        playbooks[doc.model.id] = doc
    scenarios, scenario_problems = load_scenarios(scenario_files(root / SCENARIOS), org, playbooks)
    problems.extend(scenario_problems)
    if only is None:
        problems += [
            Problem(p, 1, 1, "", _rename_hint(p), Severity.WARNING) for p in _misnamed(root)
        ]
    else:
        named = list(only)
        wanted = {p.resolve() for p in named}
        problems = [p for p in problems if p.path.resolve() in wanted] + _unread(root, named)
    errors = blocking + [p for p in problems if p.severity is Severity.ERROR]
    if errors or org is None:
        raise DrillbookError(errors)
    warnings = [p for p in problems if p.severity is Severity.WARNING]
    return Project(root, org, playbooks, warnings, scenarios)
