"""The project's scenarios as the rest of drillbook asks for them: by playbook, id or code.

This is the scenario API for the site, the exercise engine and the simulator; each call
raises :class:`DrillbookError` with one line a person can act on when the input is wrong.
"""

from __future__ import annotations

from drillbook.crossref import unknown_message
from drillbook.errors import DrillbookError, Problem
from drillbook.project import SCENARIOS, Project
from drillbook.scenario.codes import GENERATOR_VERSION, MAX_SEED, parse_code
from drillbook.scenario.generation import difficulty_of, generate
from drillbook.scenario.models import Scenario, ScenarioTemplate


def templates(project: Project) -> list[ScenarioTemplate]:
    """Every scenario template, by id."""
    return [project.scenarios[key].model for key in sorted(project.scenarios)]


def scenarios_for_playbook(project: Project, playbook_id: str) -> list[ScenarioTemplate]:
    """The templates that exercise ``playbook_id``, by id (for the playbook's page)."""
    return [t for t in templates(project) if t.playbook == playbook_id]


def template(project: Project, scenario_id: str) -> ScenarioTemplate:
    """The template with this id."""
    if scenario_id not in project.scenarios:
        raise _error(project, "id", unknown_message("scenario", scenario_id, project.scenarios))
    return project.scenarios[scenario_id].model


def scenario(
    project: Project, scenario_id: str, seed: int, difficulty: str | None = None
) -> Scenario:
    """The scenario the template ``scenario_id`` gives with ``seed`` at ``difficulty``."""
    chosen = template(project, scenario_id)
    if not 0 <= seed <= MAX_SEED:
        raise _error(project, "seed", f"the seed must be between 0 and {MAX_SEED}")
    try:
        difficulty_of(chosen, difficulty)
    except KeyError:
        known = [d.id for d in chosen.difficulties]
        raise _error(
            project, "difficulty", unknown_message("difficulty", str(difficulty), known)
        ) from None
    return generate(chosen, seed, project.org.priority, difficulty)


def scenario_from_code(project: Project, code: str) -> Scenario:
    """The scenario a code such as ``PHISH-3F9K2-1V1`` stands for, exactly as first generated."""
    try:
        parsed = parse_code(code)
    except ValueError as exc:
        raise _error(project, "code", str(exc)) from None
    if parsed.version != GENERATOR_VERSION:
        message = (
            f"{code} was made by scenario generator version {parsed.version}; this drillbook"
            f" has version {GENERATOR_VERSION}: use a drillbook release of that version"
        )
        raise _error(project, "code", message)
    by_tag = {t.tag: t for t in templates(project)}
    if parsed.tag not in by_tag:
        raise _error(project, "code", unknown_message("scenario tag", parsed.tag, by_tag))
    chosen = by_tag[parsed.tag]
    if parsed.difficulty >= len(chosen.difficulties):
        message = f"{code}: {chosen.id} has {len(chosen.difficulties)} difficulty level(s)"
        raise _error(project, "code", message)
    difficulty = chosen.difficulties[parsed.difficulty].id
    return generate(chosen, parsed.seed, project.org.priority, difficulty)


def _error(project: Project, field: str, message: str) -> DrillbookError:
    return DrillbookError([Problem(project.root / SCENARIOS, 1, 1, field, message)])
