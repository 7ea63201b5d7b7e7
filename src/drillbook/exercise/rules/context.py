"""What every rule reads: the scenario, the organisation, the playbook and the folded log."""

from __future__ import annotations

from dataclasses import dataclass

from drillbook.exercise.state import ExerciseState
from drillbook.org.loading import Org
from drillbook.org.models import PriorityLevel
from drillbook.playbook.models import Playbook
from drillbook.scenario.generation import MAIN_INCIDENT
from drillbook.scenario.models import DecisionPoint, Scenario


@dataclass(frozen=True)
class Grading:
    """One exercise to grade."""

    scenario: Scenario
    org: Org
    playbook: Playbook
    state: ExerciseState

    @property
    def end(self) -> float:
        """The minute the exercise ended (or where its clock stands)."""
        state = self.state
        return state.ended.minute if state.ended else state.clock.minute

    def decision_point(self, decision: str) -> DecisionPoint:
        """The scenario's decision point with this id."""
        return next(d for d in self.scenario.decisions if d.id == decision)

    def model_priority(self, at: float, incident: str = MAIN_INCIDENT) -> PriorityLevel:
        """The priority the priority model gives an incident at minute ``at``.

        It starts as generated and follows every escalation released by then.
        """
        if incident == MAIN_INCIDENT:
            priority = self.scenario.incident.priority
        else:
            board = self.scenario.triage
            priority = (
                next(i.priority for i in board.incidents if i.id == incident)
                if board
                else (self.scenario.incident.priority)
            )
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
