"""Every action in an exercise as a typed, append-only event, and its form in the store."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from drillbook.org.models import PriorityLevel
from drillbook.scenario.models import Scenario
from drillbook.store.protocol import NewEvent, StoredEvent


class Event(BaseModel):
    """What all events share: the exercise minute at which it happened."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    minute: float = Field(ge=0)
    """Exercise time, in minutes since the start."""


class ActorEvent(Event):
    """An event done by a participant acting in one of their roles."""

    participant: str
    """The participant's id."""
    role: str
    """The role they acted in."""


class ExerciseCreated(Event):
    """The exercise exists: which scenario, and the hashes of its access codes."""

    kind: Literal["exercise-created"] = "exercise-created"
    scenario: str
    """The scenario template's id."""
    seed: int
    """The seed the scenario was generated with."""
    difficulty: str | None = None
    """The difficulty id (the template's first when ``None``)."""
    date: dt.date
    """The day the exercise was run, which dates its lessons and improvement plan."""
    code: str
    """The short scenario code that recreates the scenario."""
    title: str
    """The scenario's title, for lists."""
    generated: Scenario | None = None
    """The scenario as played, so that the exercise and its report stay exactly what they were
    when the template changes later (``None`` only in logs written before it was kept)."""
    join_hash: str
    """SHA-256 of the join code (the code itself is never stored)."""
    key_hash: str
    """SHA-256 of the facilitator key."""


class ParticipantJoined(Event):
    """Someone joined with the join code."""

    kind: Literal["participant-joined"] = "participant-joined"
    participant: str
    """Their id, handed back to their browser."""
    name: str
    """The name they gave (names may repeat: the seat is the id)."""
    token_hash: str | None = None
    """SHA-256 of the seat's secret token, which gives the seat back (``None`` in logs written
    before seats had tokens: such a seat cannot be taken back)."""


class RoleTaken(Event):
    """A participant took a free role, or the facilitator handed one to them."""

    kind: Literal["role-taken"] = "role-taken"
    participant: str
    """Who takes it."""
    role: str
    """The role."""


class ClockMoved(Event):
    """The facilitator moved exercise time to ``minute`` (the clock stays as it was)."""

    kind: Literal["clock-moved"] = "clock-moved"


class ClockStarted(Event):
    """Exercise time runs from ``minute`` with the wall clock, ``speed`` times as fast."""

    kind: Literal["clock-started"] = "clock-started"
    speed: float = Field(gt=0)
    """Exercise minutes per wall-clock minute."""
    wall: float
    """The wall-clock time (seconds since the epoch) at which it started."""


class ClockPaused(Event):
    """Exercise time stopped at ``minute``."""

    kind: Literal["clock-paused"] = "clock-paused"


class InjectReleased(Event):
    """An inject reached its roles, revealing its facts."""

    kind: Literal["inject-released"] = "inject-released"
    inject: str
    """The inject's id in the scenario."""
    facts: list[str] = []
    """The facts it revealed."""


class RegulatoryClockStarted(Event):
    """A released fact started a regulatory clock."""

    kind: Literal["regulatory-clock-started"] = "regulatory-clock-started"
    clock: str
    """The clock's id in the organisation layer."""
    fact: str
    """The fact that started it."""


class StepTicked(ActorEvent):
    """A playbook step was marked done."""

    kind: Literal["step-ticked"] = "step-ticked"
    step: str
    """The step's id in the playbook."""


class DecisionMade(ActorEvent):
    """A decision point was answered."""

    kind: Literal["decision-made"] = "decision-made"
    decision: str
    """The decision point's id."""
    option: str
    """The chosen option's id."""
    rationale: str = ""
    """Why, in the participant's words."""


class MessageDrafted(ActorEvent):
    """A draft for a communication task was saved."""

    kind: Literal["message-drafted"] = "message-drafted"
    task: str
    """The communication task's id."""
    text: str
    """The draft."""


class MessageSent(ActorEvent):
    """A message was sent, for a communication task or on the team's own initiative."""

    kind: Literal["message-sent"] = "message-sent"
    task: str | None
    """The communication task's id, if it answers one."""
    template: str
    """The template it follows."""
    audience: str
    """Who it went to."""
    text: str
    """The message."""


class RankingSubmitted(ActorEvent):
    """The triage board was ranked: incidents most urgent first, each with a priority."""

    kind: Literal["ranking-submitted"] = "ranking-submitted"
    order: list[str]
    """Incident ids, most urgent first."""
    priorities: dict[str, PriorityLevel] = {}
    """The priority the team gave each incident."""


class PrioritySet(ActorEvent):
    """The team set the priority of one incident (the scenario's own is ``main``)."""

    kind: Literal["priority-set"] = "priority-set"
    incident: str
    """The incident's id."""
    priority: PriorityLevel
    """The priority given."""


class ExerciseEnded(Event):
    """The facilitator ended the exercise."""

    kind: Literal["exercise-ended"] = "exercise-ended"


AnyEvent = Annotated[
    ExerciseCreated
    | ParticipantJoined
    | RoleTaken
    | ClockMoved
    | ClockStarted
    | ClockPaused
    | InjectReleased
    | RegulatoryClockStarted
    | StepTicked
    | DecisionMade
    | MessageDrafted
    | MessageSent
    | RankingSubmitted
    | PrioritySet
    | ExerciseEnded,
    Field(discriminator="kind"),
]
"""Any event, told apart by its ``kind``."""

_ADAPTER: TypeAdapter[AnyEvent] = TypeAdapter(AnyEvent)


def encode(event: AnyEvent) -> NewEvent:
    """The event as the store keeps it."""
    return NewEvent(event.kind, event.model_dump_json())


def decode(stored: StoredEvent) -> AnyEvent:
    """The typed event back from the store."""
    return _ADAPTER.validate_json(stored.body)
