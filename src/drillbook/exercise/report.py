"""The after-action report as data: what happened, what was met, and what the playbook learns."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from drillbook.exercise.events import (
    DecisionMade,
    ExerciseEnded,
    InjectReleased,
    MessageSent,
    PrioritySet,
    RankingSubmitted,
    RegulatoryClockStarted,
    RoleTaken,
)
from drillbook.exercise.rules import Grading, grade, grading
from drillbook.exercise.rules.compliance import deadline_minute
from drillbook.exercise.rules.context import option_of
from drillbook.exercise.state import ExerciseState
from drillbook.exercise.targets import Area, Target
from drillbook.playbook.models import Lesson, LessonSource
from drillbook.project import Project
from drillbook.scenario.models import Scenario

PLAN_DAYS = 30
"""Improvement actions fall due this many days after the exercise."""

CHANGES = {
    Area.DELEGATION: "The first detection step now has the Incident Commander assign every key "
    "role, and each step names its owner role, before the first decision.",
    Area.PRIORITISATION: "The triage step now points to the priority model and its escalation "
    "rules, and the team re-ranks as soon as an escalation arrives.",
    Area.COMMUNICATION: "The communications checklist now carries the update cadence of each "
    "priority, the briefing milestones and the required parts of each template.",
    Area.CONTAINMENT: "The decision point restates the stop-if criteria, containment waits for "
    "one coordinated action on every entry point, and evidence is captured first.",
    Area.COMPLIANCE: "Each regulatory clock names its owner, who starts the notification draft "
    "as soon as the clock starts.",
}
"""What changes in the playbook when an area's targets are missed."""


class Model(BaseModel):
    """Report parts: strict, frozen, serialisable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Moment(Model):
    """One entry of the timeline."""

    minute: float
    kind: str
    """``inject``, ``decision``, ``message``, ``priority``, ``clock``, ``role`` or ``end``."""
    role: str
    text: str


class ClockLine(Model):
    """A regulatory clock that started, and its first deadline in exercise minutes."""

    clock: str
    name: str
    started: float
    deadline: float | None
    wording: str


class Outcome(Model):
    """A decision, what it led to, and what the model answer was."""

    decision: str
    question: str
    minute: float
    role: str
    chosen: str
    approach: str
    consequence: str
    rationale: str
    model_option: str | None
    model_rationale: str | None


class PlanItem(Model):
    """An improvement action with its owner role and due date."""

    action: str
    owner: str
    due: dt.date


class Report(Model):
    """The after-action report of one exercise."""

    title: str
    scenario_code: str
    playbook: str
    difficulty: str
    date: dt.date
    ended_minute: float
    summary: list[str]
    timeline: list[Moment]
    clocks: list[ClockLine]
    decisions: list[Outcome]
    targets: list[Target]
    strengths: list[str]
    improvements: list[str]
    plan: list[PlanItem]
    lessons: dict[str, list[Lesson]]
    """Playbook id → entries for its lessons-learned log."""


def _timeline(state: ExerciseState, scenario: Scenario) -> list[Moment]:
    injects = {i.id: i for i in scenario.injects}
    out = []
    for event in state.log:
        match event:
            case RoleTaken():
                name = state.participants.get(event.participant, "?")
                out.append(Moment(minute=event.minute, kind="role", role=event.role, text=name))
            case InjectReleased():
                inject = injects.get(event.inject)
                text = inject.title if inject else event.inject
                out.append(Moment(minute=event.minute, kind="inject", role="", text=text))
            case RegulatoryClockStarted():
                text = f"{event.clock} started: {event.fact}"
                out.append(Moment(minute=event.minute, kind="clock", role="", text=text))
            case DecisionMade():
                text = f"{event.decision}: {event.option}"
                out.append(Moment(minute=event.minute, kind="decision", role=event.role, text=text))
            case MessageSent():
                text = f"{event.template} to {event.audience}"
                out.append(Moment(minute=event.minute, kind="message", role=event.role, text=text))
            case PrioritySet():
                text = f"{event.incident} set to {event.priority}"
                out.append(Moment(minute=event.minute, kind="priority", role=event.role, text=text))
            case RankingSubmitted():
                text = "ranked " + ", ".join(event.order or event.priorities)
                out.append(Moment(minute=event.minute, kind="priority", role=event.role, text=text))
            case ExerciseEnded():
                out.append(Moment(minute=event.minute, kind="end", role="", text="exercise ended"))
    return out


def _outcomes(state: ExerciseState, scenario: Scenario) -> list[Outcome]:
    answers = {a.about: a for a in scenario.model_answers}
    out = []
    for point in scenario.decisions:
        made = state.decisions.get(point.id)
        if made is None:
            continue
        option = option_of(scenario, point, made.option)
        answer = answers.get(point.id)
        out.append(
            Outcome(
                decision=point.id,
                question=point.question,
                minute=made.minute,
                role=made.role,
                chosen=option.label,
                approach=str(option.approach),
                consequence=option.consequence,
                rationale=made.rationale,
                model_option=answer.option if answer else None,
                model_rationale=answer.rationale if answer else None,
            )
        )
    return out


def clock_lines(g: Grading) -> list[ClockLine]:
    """Each regulatory clock that started, with its first deadline, in the order they started."""
    out = []
    for clock_id, started in g.state.regulatory.items():
        clock = g.org.clocks.get(clock_id)
        line = ClockLine(
            clock=clock_id,
            name=clock.name if clock else clock_id,
            started=started.minute,
            deadline=deadline_minute(g, clock_id),
            wording=clock.deadlines[0].wording if clock else "no fixed deadline",
        )
        out.append(line)
    return out


def build_report(
    state: ExerciseState, scenario: Scenario, project: Project, now: float | None = None
) -> Report:
    """Grade the exercise at exercise minute ``now`` and gather what the report shows."""
    assert state.created is not None
    g = grading(state, scenario, project, now)
    targets = grade(g)
    date = state.created.date
    missed = [t for t in targets if not t.met]
    summary = [f"{len(targets) - len(missed)} of {len(targets)} capability targets met."]
    for area in Area:
        in_area = [t for t in targets if t.area == area]
        if in_area:
            met = sum(t.met for t in in_area)
            summary.append(f"{area.value.capitalize()}: {met} of {len(in_area)} met.")
    first_missed: dict[Area, Target] = {}
    for target in missed:
        first_missed.setdefault(target.area, target)
    areas_missed = [area for area in Area if area in first_missed]
    reference = f"Tabletop {scenario.code} ({scenario.title}) on {date.isoformat()}"
    if areas_missed:
        lessons = [
            Lesson(
                date=date,
                source=LessonSource.EXERCISE,
                reference=reference,
                lesson=" ".join(f"{t.title}: {t.why}" for t in missed if t.area == area),
                change=CHANGES[area],
            )
            for area in areas_missed
        ]
    else:
        lessons = [
            Lesson(
                date=date,
                source=LessonSource.EXERCISE,
                reference=reference,
                lesson="Every capability target was met by following this playbook.",
                change="None needed: the exercise confirmed the playbook as written.",
            )
        ]
    return Report(
        title=scenario.title,
        scenario_code=scenario.code,
        playbook=scenario.playbook,
        difficulty=scenario.difficulty,
        date=date,
        ended_minute=g.end,
        summary=summary,
        timeline=_timeline(state, scenario),
        clocks=clock_lines(g),
        decisions=_outcomes(state, scenario),
        targets=targets,
        strengths=[f"{t.title}: {t.why}" for t in targets if t.met],
        improvements=[f"{t.title}: {t.why}" for t in missed],
        plan=[
            PlanItem(
                action=CHANGES[area],
                owner=first_missed[area].owner,
                due=date + dt.timedelta(days=PLAN_DAYS),
            )
            for area in areas_missed
        ],
        lessons={scenario.playbook: lessons},
    )
