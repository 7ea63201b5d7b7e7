"""Which injects are due, and what releasing one records: conditional ones follow decisions."""

from __future__ import annotations

from drillbook.exercise.events import AnyEvent, InjectReleased, RegulatoryClockStarted
from drillbook.exercise.state import ExerciseState
from drillbook.scenario.models import Condition, Inject, Scenario


def condition_holds(condition: Condition | None, state: ExerciseState) -> bool:
    """Whether an inject's condition on earlier decisions holds (no condition always does)."""
    if condition is None:
        return True
    made = state.decisions.get(condition.decision)
    return made is not None and made.option in condition.chosen


def due_injects(scenario: Scenario, state: ExerciseState, minute: float) -> list[Inject]:
    """The injects not yet released whose minute has come and whose condition holds."""
    return [
        inject
        for inject in scenario.injects
        if inject.id not in state.released
        and inject.minute <= minute
        and condition_holds(inject.condition, state)
    ]


def release(inject: Inject, state: ExerciseState, minute: float) -> list[AnyEvent]:
    """The events that release ``inject``: the release, and each regulatory clock it starts."""
    events: list[AnyEvent] = [
        InjectReleased(minute=minute, inject=inject.id, facts=[str(f) for f in inject.facts])
    ]
    why = ", ".join(inject.facts) or inject.title
    events += [
        RegulatoryClockStarted(minute=minute, clock=clock, fact=why)
        for clock in inject.clocks
        if clock not in state.regulatory
    ]
    return events
