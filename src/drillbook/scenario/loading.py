"""Reading the scenario templates under ``scenarios/`` and checking them against the project."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from pathlib import Path

from drillbook.documents import Document, load_document
from drillbook.errors import DrillbookError, Problem
from drillbook.org.loading import Org
from drillbook.scenario.checks import check_scenario
from drillbook.scenario.models import ScenarioTemplate


def scenario_files(folder: Path) -> list[Path]:
    """The template files in ``folder``, sorted by name."""
    return sorted(folder.glob("*.yaml"))


def load_scenarios(
    paths: Iterable[Path], org: Org | None, playbooks: Collection[str]
) -> tuple[dict[str, Document[ScenarioTemplate]], list[Problem]]:
    """Every template that validates, by id, and every problem found in any of them.

    Without an organisation layer (it failed to load) only the files themselves are checked.
    """
    scenarios: dict[str, Document[ScenarioTemplate]] = {}
    problems: list[Problem] = []
    tags: dict[str, str] = {}
    for path in paths:
        try:
            doc = load_document(path, ScenarioTemplate)
        except DrillbookError as exc:
            problems.extend(exc.problems)
            continue
        template = doc.model
        if template.id in scenarios:
            other = scenarios[template.id].path.name
            problems.append(doc.problem(("id",), f"the id {template.id!r} is used by {other} too"))
        if template.tag in tags:
            message = f"the tag {template.tag!r} is used by {tags[template.tag]} too"
            problems.append(doc.problem(("tag",), message))
        tags.setdefault(template.tag, path.name)
        if org is not None:
            problems.extend(check_scenario(doc, org, playbooks))
        scenarios.setdefault(template.id, doc)
    return scenarios, problems
