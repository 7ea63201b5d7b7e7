"""Building each person's view of an exercise from its state and scenario."""

from __future__ import annotations

from drillbook.exercise.drafts import check_draft
from drillbook.exercise.report import clock_lines
from drillbook.exercise.rules import grade, grading
from drillbook.exercise.rules.context import not_in_scenario
from drillbook.exercise.state import ExerciseState
from drillbook.exercise.views import (
    BoardIncident,
    FacilitatorView,
    ParticipantView,
    Question,
    RunningClock,
    SeenInject,
    Task,
)
from drillbook.org.models import PriorityLevel
from drillbook.project import Project
from drillbook.scenario.models import CommunicationTask, DecisionPoint, Scenario


def _question(point: DecisionPoint, state: ExerciseState) -> Question:
    made = state.decisions.get(point.id)
    chosen = next((o for o in point.options if made and o.id == made.option), None)
    return Question(
        id=point.id,
        owner=point.owner,
        question=point.question,
        context=point.context,
        options=[(o.id, o.label) for o in point.options],
        chosen=chosen.id if chosen else None,
        consequence=chosen.consequence if chosen else None,
    )


def _task(task: CommunicationTask, state: ExerciseState, project: Project) -> Task:
    sent = state.sent(task.id)
    draft = state.drafts.get(task.id)
    template = project.org.templates.get(task.template)
    return Task(
        id=task.id,
        owner=task.owner,
        audience=task.audience,
        template=task.template,
        prompt=task.prompt,
        due_minute=task.due_minute,
        draft=draft.text if draft else "",
        sent_minute=sent[0].minute if sent else None,
        check=check_draft(sent[0].text, template) if sent and template else None,
    )


def _clocks(
    state: ExerciseState, scenario: Scenario, project: Project, minute: float
) -> list[RunningClock]:
    return [
        RunningClock(
            clock=line.clock,
            name=line.name,
            started_minute=line.started,
            fact=state.regulatory[line.clock].fact,
            deadline_minute=line.deadline,
            deadline=line.wording,
        )
        for line in clock_lines(grading(state, scenario, project, minute))
    ]


def _seen(state: ExerciseState, scenario: Scenario, roles: list[str] | None) -> list[SeenInject]:
    injects = {i.id: i for i in scenario.injects}
    out = []
    for inject_id, released in state.released.items():
        if inject_id not in injects:
            raise not_in_scenario(scenario, "injects", f"the inject {inject_id!r}")
        inject = injects[inject_id]
        if roles is None or inject.everyone or any(inject.addressed_to(r) for r in roles):
            out.append(SeenInject(inject.id, released.minute, inject.title, inject.text))
    return out[::-1]


def _priorities(state: ExerciseState) -> dict[str, PriorityLevel]:
    out = {}
    for incident in state.priorities:
        priority = state.priority_of(incident)
        if priority is not None:
            out[incident] = priority
    return out


def ranks_as(scenario: Scenario, roles: list[str]) -> str | None:
    """The role, of ``roles``, in which a person ranks the board and sets priorities.

    The scenario's triage board names the roles that rank; without a board any role sets the
    incident's priority.
    """
    board = scenario.triage
    allowed = board.roles if board is not None else scenario.roles
    return next((role for role in allowed if role in roles), None)


def participant_view(
    exercise_id: str,
    state: ExerciseState,
    scenario: Scenario,
    project: Project,
    participant: str,
    wall: float,
) -> ParticipantView:
    """What one participant may see: their roles' injects, tasks, decisions and board."""
    minute = state.clock.at(wall)
    roles = state.roles_of(participant)
    playbook = project.playbook(scenario.playbook)
    board = scenario.triage
    ranker = ranks_as(scenario, roles)
    shown = board.incidents if board and ranker and board.minute <= minute else []
    return ParticipantView(
        exercise_id=exercise_id,
        title=scenario.title,
        playbook=scenario.playbook,
        minute=minute,
        running=state.clock.running,
        ended=state.ended is not None,
        name=state.participants[participant],
        roles=roles,
        free_roles=[r for r in scenario.roles if r not in state.holders],
        briefing=list(scenario.briefing),
        injects=_seen(state, scenario, roles),
        steps=[
            (step.id, phase, step.action, step.id in state.ticked)
            for phase, _, step in playbook.steps()
            if step.owner in roles
        ],
        decisions=[
            _question(d, state)
            for d in scenario.decisions
            if d.minute <= minute and d.owner in roles
        ],
        tasks=[
            _task(t, state, project)
            for t in scenario.communications
            if t.minute <= minute and t.owner in roles
        ],
        ranks_as=ranker,
        board=[BoardIncident(i.id, i.title, i.summary) for i in shown],
        priorities=_priorities(state),
        clocks=_clocks(state, scenario, project, minute),
    )


def facilitator_view(
    exercise_id: str, state: ExerciseState, scenario: Scenario, project: Project, wall: float
) -> FacilitatorView:
    """Everything about the exercise, including what is to come and how it is going."""
    minute = state.clock.at(wall)
    names = state.participants
    return FacilitatorView(
        exercise_id=exercise_id,
        title=scenario.title,
        code=scenario.code,
        minute=minute,
        running=state.clock.running,
        ended=state.ended is not None,
        participants=dict(names),
        holders={role: names.get(p, p) for role, p in state.holders.items()},
        released=_seen(state, scenario, None),
        upcoming=[i for i in scenario.injects if i.id not in state.released],
        decisions=[_question(d, state) for d in scenario.decisions if d.minute <= minute],
        questions=list(scenario.decisions),
        tasks=[_task(t, state, project) for t in scenario.communications if t.minute <= minute],
        messages=[(m.minute, m.role, m.template, m.text) for m in state.messages],
        all_tasks=list(scenario.communications),
        clocks=_clocks(state, scenario, project, minute),
        model_answers=list(scenario.model_answers),
        board=list(scenario.triage.incidents) if scenario.triage else [],
        targets=grade(grading(state, scenario, project, minute)),
    )
