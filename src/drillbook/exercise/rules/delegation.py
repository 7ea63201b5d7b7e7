"""Delegation: key roles filled before the first decision, and each task done by its owner."""

from __future__ import annotations

from collections.abc import Iterator

from drillbook.exercise.events import DecisionMade, RoleTaken
from drillbook.exercise.org_ids import COMMANDER
from drillbook.exercise.rules.context import Grading
from drillbook.exercise.targets import Area, Target, minute


def delegation(g: Grading) -> Iterator[Target]:
    """The delegation targets."""
    yield _roles_before_first_decision(g)
    yield _tasks_by_owner(g)


def _roles_before_first_decision(g: Grading) -> Target:
    taken: dict[str, str] = {}
    evidence: list[str] = []
    first = None
    for event in g.state.log:
        if isinstance(event, DecisionMade):
            first = event
            break
        if isinstance(event, RoleTaken) and event.role not in taken:
            taken[event.role] = event.participant
            name = g.state.participants.get(event.participant, event.participant)
            evidence.append(f"{minute(event.minute)}: {name} took {event.role}")
    missing = [role for role in g.scenario.roles if role not in taken]
    if first is None:
        evidence.append("no decision was made")
        moment = "by the end"
    else:
        evidence.append(f"{minute(first.minute)}: first decision, {first.decision}")
        moment = "before the first decision"
    if missing:
        evidence.append(f"not filled {moment}: {', '.join(missing)}")
        why = f"{len(missing)} of {len(g.scenario.roles)} key roles were empty {moment}."
    else:
        why = f"Every key role of the scenario was taken {moment}."
    return Target(
        area=Area.DELEGATION,
        id="delegation.roles-before-first-decision",
        title="Key roles filled before the first decision",
        met=not missing,
        why=why,
        evidence=evidence,
        owner=COMMANDER,
    )


def _tasks_by_owner(g: Grading) -> Target:
    state, scenario = g.state, g.scenario
    owners = {step.id: step.owner for _, _, step in g.playbook.steps()}
    tasks = {t.id: t.owner for t in scenario.communications}
    done: list[tuple[float, str, str, str]] = []
    for made in state.decisions.values():
        done.append(
            (
                made.minute,
                f"decision {made.decision}",
                made.role,
                g.decision_point(made.decision).owner,
            )
        )
    for message in state.messages:
        if message.task in tasks:
            done.append(
                (message.minute, f"message {message.task}", message.role, tasks[message.task])
            )
    for step, ticked in state.ticked.items():
        done.append((ticked.minute, f"step {step}", ticked.role, owners.get(step, ticked.role)))
    board = scenario.triage
    for ranking in state.rankings:
        owner = ranking.role if board is None or ranking.role in board.roles else board.roles[0]
        done.append((ranking.minute, "triage ranking", ranking.role, owner))
    wrong = [
        f"{minute(at)}: {what} done as {role}; it belongs to {owner}"
        for at, what, role, owner in sorted(done)
        if role != owner
    ]
    if not done:
        why, evidence = "No task was done, so none went to its owner.", ["no task was done"]
    elif wrong:
        why = f"{len(wrong)} of {len(done)} tasks were done outside their owner role."
        evidence = wrong
    else:
        why = f"All {len(done)} tasks were done by their owner roles."
        evidence = [
            f"{minute(at)}: {what} done by its owner {role}" for at, what, role, _ in sorted(done)
        ]
    return Target(
        area=Area.DELEGATION,
        id="delegation.tasks-by-owner",
        title="Each task done by its owner role",
        met=bool(done) and not wrong,
        why=why,
        evidence=evidence,
        owner=COMMANDER,
    )
