"""The state of an exercise as a fold over its events, updated one event at a time."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from drillbook.exercise.clock import ExerciseClock
from drillbook.exercise.events import (
    AnyEvent,
    ClockMoved,
    ClockPaused,
    ClockStarted,
    DecisionMade,
    ExerciseCreated,
    ExerciseEnded,
    InjectReleased,
    MessageDrafted,
    MessageSent,
    ParticipantJoined,
    PrioritySet,
    RankingSubmitted,
    RegulatoryClockStarted,
    RoleTaken,
    StepTicked,
)
from drillbook.org.models import PriorityLevel


@dataclass
class ExerciseState:
    """Everything that has happened in one exercise, as of event ``position``."""

    position: int = 0
    """How many events have been folded in."""
    created: ExerciseCreated | None = None
    """The creation event (scenario, seed, hashes of the access codes)."""
    participants: dict[str, str] = field(default_factory=dict)
    """Participant id → name."""
    holders: dict[str, str] = field(default_factory=dict)
    """Role id → the participant who holds it now."""
    clock: ExerciseClock = field(default_factory=ExerciseClock)
    """Exercise time."""
    released: dict[str, InjectReleased] = field(default_factory=dict)
    """Inject id → its release, in release order."""
    facts: dict[str, float] = field(default_factory=dict)
    """Fact → the minute it was first revealed."""
    regulatory: dict[str, RegulatoryClockStarted] = field(default_factory=dict)
    """Regulatory clock id → when and why it started."""
    ticked: dict[str, StepTicked] = field(default_factory=dict)
    """Playbook step id → when and by whom it was ticked."""
    decisions: dict[str, DecisionMade] = field(default_factory=dict)
    """Decision point id → its (first) answer."""
    drafts: dict[str, MessageDrafted] = field(default_factory=dict)
    """Communication task id → its latest draft."""
    messages: list[MessageSent] = field(default_factory=list)
    """Messages sent, in order."""
    rankings: list[RankingSubmitted] = field(default_factory=list)
    """Triage rankings submitted, in order."""
    priorities: dict[str, PrioritySet | RankingSubmitted] = field(default_factory=dict)
    """Incident id → the event that last set its priority."""
    ended: ExerciseEnded | None = None
    """The end, once the facilitator ended the exercise."""
    log: list[AnyEvent] = field(default_factory=list)
    """Every event, in order."""

    def roles_of(self, participant: str) -> list[str]:
        """The roles a participant holds now."""
        return [role for role, holder in self.holders.items() if holder == participant]

    def sent(self, task: str) -> list[MessageSent]:
        """The messages sent for one communication task."""
        return [m for m in self.messages if m.task == task]

    def priority_of(self, incident: str) -> PriorityLevel | None:
        """The priority the team gave an incident last, if any."""
        event = self.priorities.get(incident)
        if isinstance(event, PrioritySet):
            return event.priority
        return event.priorities[incident] if event else None

    def apply(self, event: AnyEvent) -> None:
        """Fold one more event in."""
        self.position += 1
        self.log.append(event)
        match event:
            case ExerciseCreated():
                self.created = event
            case ParticipantJoined():
                self.participants[event.participant] = event.name
            case RoleTaken():
                self.holders[event.role] = event.participant
            case ClockMoved() | ClockStarted() | ClockPaused():
                self.clock.apply(event)
            case InjectReleased():
                self.released[event.inject] = event
                for fact in event.facts:
                    self.facts.setdefault(fact, event.minute)
            case RegulatoryClockStarted():
                self.regulatory.setdefault(event.clock, event)
            case StepTicked():
                self.ticked.setdefault(event.step, event)
            case DecisionMade():
                self.decisions.setdefault(event.decision, event)
            case MessageDrafted():
                self.drafts[event.task] = event
            case MessageSent():
                self.messages.append(event)
                if event.task is not None:
                    self.drafts.pop(event.task, None)
            case RankingSubmitted():
                self.rankings.append(event)
                self.priorities.update(dict.fromkeys(event.priorities, event))
            case PrioritySet():
                self.priorities[event.incident] = event
            case ExerciseEnded():
                self.ended = event


def fold(events: Iterable[AnyEvent], state: ExerciseState | None = None) -> ExerciseState:
    """``state`` (or a fresh one) with ``events`` folded in."""
    state = state or ExerciseState()
    for event in events:
        state.apply(event)
    return state
