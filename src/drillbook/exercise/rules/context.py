"""What every rule reads: the scenario, the organisation, the playbook and the folded log."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from drillbook.errors import DrillbookError, Problem
from drillbook.exercise.state import ExerciseState
from drillbook.org.loading import Org
from drillbook.org.models import PriorityLevel
from drillbook.playbook.models import Playbook
from drillbook.scenario.generation import MAIN_INCIDENT
from drillbook.scenario.models import DecisionPoint, Option, Scenario

if TYPE_CHECKING:
    from drillbook.project import Project


@dataclass(frozen=True)
class Grading:
    """One exercise to grade, as of exercise minute ``now``."""

    scenario: Scenario
    org: Org
    playbook: Playbook
    state: ExerciseState
    now: float | None = None
    """The exercise minute now; ``None`` takes where the clock last stood (right when paused)."""

    @property
    def end(self) -> float:
        """The minute the exercise ended, or the minute it is at now while it runs."""
        state = self.state
        if state.ended:
            return state.ended.minute
        return state.clock.minute if self.now is None else self.now

    def decision_point(self, decision: str) -> DecisionPoint:
        """The scenario's decision point with this id."""
        for point in self.scenario.decisions:
            if point.id == decision:
                return point
        raise not_in_scenario(self.scenario, "decisions", f"the decision {decision!r}")

    def model_priority(self, at: float, incident: str = MAIN_INCIDENT) -> PriorityLevel:
        """The priority the priority model gives an incident at minute ``at``.

        It starts as generated and follows every escalation released by then.
        """
        priority = self.scenario.incident.priority
        board = self.scenario.triage
        if incident != MAIN_INCIDENT and board is not None:
            found = [i.priority for i in board.incidents if i.id == incident]
            if not found:
                raise not_in_scenario(self.scenario, "triage", f"the incident {incident!r}")
            priority = found[0]
        for inject in self.scenario.injects:
            release = self.state.released.get(inject.id)
            escalation = inject.escalation
            if escalation and escalation.incident == incident and release and release.minute <= at:
                priority = escalation.priority_after
        return priority

    def role_name(self, role: str) -> str:
        """A role's title, or its id when the organisation has no such role."""
        found = self.org.roles.get(role)
        return found.name if found else role


def grading(
    state: ExerciseState, scenario: Scenario, project: Project, now: float | None = None
) -> Grading:
    """What the rules need to grade this exercise at exercise minute ``now``."""
    return Grading(scenario, project.org, project.playbook(scenario.playbook), state, now)


def option_of(scenario: Scenario, point: DecisionPoint, option: str) -> Option:
    """The option of a decision point that the log says was chosen."""
    for found in point.options:
        if found.id == option:
            return found
    raise not_in_scenario(scenario, "decisions", f"the option {option!r} of {point.id!r}")


def not_in_scenario(scenario: Scenario, field: str, what: str) -> DrillbookError:
    """The error for a log that names something its scenario lacks (a changed template)."""
    message = (
        f"the exercise log names {what}, which scenario {scenario.code} does not have: "
        "its template changed after the exercise; restore the version it was run with"
    )
    path = Path("scenarios") / f"{scenario.template}.yaml"
    return DrillbookError([Problem(path, 1, 1, field, message)])
