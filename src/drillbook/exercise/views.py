"""What each person may see: a participant's view holds no field for facilitator-only material."""

from __future__ import annotations

from dataclasses import dataclass

from drillbook.exercise.drafts import DraftCheck
from drillbook.exercise.targets import Target
from drillbook.org.models import PriorityLevel
from drillbook.scenario.models import (
    CommunicationTask,
    DecisionPoint,
    Incident,
    Inject,
    ModelAnswer,
)


@dataclass(frozen=True)
class SeenInject:
    """A released inject as its roles read it."""

    id: str
    minute: float
    title: str
    text: str


@dataclass(frozen=True)
class Question:
    """A decision point that has been put, with its options and, once decided, the outcome."""

    id: str
    owner: str
    question: str
    context: str
    options: list[tuple[str, str]]
    """(option id, label)."""
    chosen: str | None
    """The chosen option's id, once decided."""
    consequence: str | None
    """What the choice led to, once decided."""


@dataclass(frozen=True)
class Task:
    """A communication task that has appeared, and what was sent for it."""

    id: str
    owner: str
    audience: str
    template: str
    prompt: str
    due_minute: int
    draft: str
    """The latest saved draft."""
    sent_minute: float | None
    """When it was sent, if it was."""
    check: DraftCheck | None
    """What the sent message lacked, once sent."""


@dataclass(frozen=True)
class BoardIncident:
    """An incident on the triage board as participants see it: what is known, nothing graded.

    Its metric levels stay off (with the runbook's calculator they give the expected order away).
    """

    id: str
    title: str
    summary: str


@dataclass(frozen=True)
class RunningClock:
    """A regulatory clock that started, with its first deadline in exercise minutes."""

    clock: str
    name: str
    started_minute: float
    fact: str
    deadline_minute: float | None
    deadline: str


@dataclass(frozen=True)
class ParticipantView:
    """Everything one participant may see, and nothing more."""

    exercise_id: str
    title: str
    playbook: str
    minute: float
    running: bool
    ended: bool
    name: str
    roles: list[str]
    """The roles this participant holds."""
    free_roles: list[str]
    """The scenario's roles nobody holds."""
    briefing: list[str]
    injects: list[SeenInject]
    """Released injects addressed to one of their roles or to everyone, newest first."""
    steps: list[tuple[str, str, str, bool]]
    """Playbook steps of their roles as (step id, phase, action, ticked)."""
    decisions: list[Question]
    tasks: list[Task]
    ranks_as: str | None
    """The role in which this participant ranks the board and sets priorities, if they hold one
    of the roles the scenario's triage board names."""
    board: list[BoardIncident]
    """The triage board, for the roles that rank it, once it has appeared."""
    priorities: dict[str, PriorityLevel]
    """The priority the team gave each incident so far."""
    clocks: list[RunningClock]


@dataclass(frozen=True)
class FacilitatorView:
    """Everything about the exercise, for the holder of the facilitator key."""

    exercise_id: str
    title: str
    code: str
    minute: float
    running: bool
    ended: bool
    participants: dict[str, str]
    """Participant id → name."""
    holders: dict[str, str]
    """Role → participant name."""
    released: list[SeenInject]
    upcoming: list[Inject]
    """Injects not yet released, with their conditions and minutes."""
    decisions: list[Question]
    questions: list[DecisionPoint]
    tasks: list[Task]
    messages: list[tuple[float, str, str, str]]
    """Messages sent as (minute, role, template, text)."""
    all_tasks: list[CommunicationTask]
    clocks: list[RunningClock]
    model_answers: list[ModelAnswer]
    board: list[Incident]
    """The triage board's incidents with their metric levels and priorities (empty without one)."""
    targets: list[Target]
    """The capability targets as they stand now."""
