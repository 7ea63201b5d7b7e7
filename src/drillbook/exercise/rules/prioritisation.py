"""Prioritisation: priorities and the triage order as the priority model gives them, escalations."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from drillbook.exercise.events import PrioritySet, RankingSubmitted
from drillbook.exercise.org_ids import TRIAGER
from drillbook.exercise.rules.context import Grading
from drillbook.exercise.targets import Area, Target, minute
from drillbook.org.models import PriorityLevel
from drillbook.org.priority import urgency
from drillbook.scenario.generation import MAIN_INCIDENT


def prioritisation(g: Grading) -> Iterator[Target]:
    """The prioritisation targets."""
    yield _incident_priority(g)
    if g.scenario.triage is not None:
        yield _triage_order(g)
    escalations = [i for i in g.scenario.injects if i.escalation and i.id in g.state.released]
    if escalations:
        yield _escalations(g)


def _settings(g: Grading, incident: str) -> list[tuple[float, PriorityLevel, str]]:
    """Every priority the team gave ``incident``, as (minute, priority, role)."""
    out = []
    for event in g.state.log:
        if isinstance(event, PrioritySet) and event.incident == incident:
            out.append((event.minute, event.priority, event.role))
        elif isinstance(event, RankingSubmitted) and incident in event.priorities:
            out.append((event.minute, event.priorities[incident], event.role))
    return out


def _incident_priority(g: Grading) -> Target:
    settings = _settings(g, MAIN_INCIDENT)
    expected = g.scenario.incident.priority
    levels = ", ".join(f"{k}={v}" for k, v in g.scenario.incident.levels.items())
    if not settings:
        met, why = False, "The team never set the incident's priority."
        evidence = [f"the model gives {expected} for {levels}"]
    else:
        at, given, role = settings[0]
        met = given == expected
        evidence = [f"{minute(at)}: {role} set {given}; the model gives {expected} for {levels}"]
        why = (
            "The first priority matched the priority model."
            if met
            else f"The team set {given} where the priority model gives {expected}."
        )
    return Target(
        area=Area.PRIORITISATION,
        id="prioritisation.incident-priority",
        title="The incident's priority set as the priority model gives it",
        met=met,
        why=why,
        evidence=evidence,
        owner=TRIAGER,
    )


def _triage_order(g: Grading) -> Target:
    board = g.scenario.triage
    assert board is not None
    model = {i.id: i.priority for i in board.incidents}
    rankings = [r for r in g.state.rankings if r.order]
    if not rankings:
        met, why = False, "The triage board was never ranked."
        evidence = [f"expected, most urgent first: {', '.join(board.expected_order)}"]
    else:
        last = rankings[-1]
        ranked = [f"{i} ({model.get(i, '?')})" for i in last.order]
        evidence = [f"{minute(last.minute)}: {last.role} ranked {', '.join(ranked)}"]
        misplaced = [
            f"{above} ({model[above]}) ranked above {below} ({model[below]})"
            for above, below in pairwise(last.order)
            if above in model and below in model and urgency(model[above]) > urgency(model[below])
        ]
        left_out = [i for i in model if i not in last.order]
        wrong = [
            f"{i} given {p}, the model gives {model[i]}"
            for i, p in last.priorities.items()
            if i in model and p != model[i]
        ]
        evidence += misplaced + [f"not ranked: {i}" for i in left_out] + wrong
        met = not (misplaced or left_out or wrong)
        why = (
            "The ranking follows the priority model's order."
            if met
            else "The ranking departs from the priority model's order."
        )
    return Target(
        area=Area.PRIORITISATION,
        id="prioritisation.triage-order",
        title="Concurrent incidents ranked by the priority model",
        met=met,
        why=why,
        evidence=evidence,
        owner=TRIAGER,
    )


def _escalations(g: Grading) -> Target:
    evidence: list[str] = []
    missed = 0
    for inject in g.scenario.injects:
        escalation, release = inject.escalation, g.state.released.get(inject.id)
        if escalation is None or release is None:
            continue
        wanted = escalation.priority_after
        raised = [
            (at, given, role)
            for at, given, role in _settings(g, escalation.incident)
            if at >= release.minute and urgency(given) <= urgency(wanted)
        ]
        head = f"{minute(release.minute)}: {inject.id} calls for {escalation.incident} at {wanted}"
        if raised:
            at, given, role = raised[0]
            evidence.append(f"{head}; {minute(at)}: {role} raised it to {given}")
        else:
            missed += 1
            evidence.append(f"{head}; it was not raised")
    return Target(
        area=Area.PRIORITISATION,
        id="prioritisation.escalations",
        title="Priority raised when an escalation came in",
        met=missed == 0,
        why="Every escalation raised the priority."
        if missed == 0
        else f"{missed} escalation(s) left the priority where it was.",
        evidence=evidence,
        owner=TRIAGER,
    )
