"""The playbook: one incident type's structured response, as validated data."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from drillbook.basemodel import Identifier, StrictModel, TechniqueId, Text
from drillbook.org.models import Milestone


class Step(StrictModel):
    """One action in a phase, owned by one role."""

    id: Identifier
    """Unique within the playbook, e.g. ``contain-3``."""
    action: Text
    """What to do, as an imperative sentence."""
    owner: Identifier
    """The role that does it (an id from ``org/roles.yaml``)."""
    detail: Text | None = None
    """How to do it: commands, consoles, what good looks like."""
    preserve_evidence: bool = False
    """Evidence must be captured before this step changes anything."""


class Phases(StrictModel):
    """The response in the six phases of the incident lifecycle."""

    preparation: list[Step] = []
    """What must be in place before an incident."""
    detection_and_analysis: list[Step] = Field(min_length=1)
    """Confirm, scope and prioritise."""
    containment: list[Step] = Field(min_length=1)
    """Stop the spread."""
    eradication: list[Step] = Field(min_length=1)
    """Remove the attacker and what they left behind."""
    recovery: list[Step] = Field(min_length=1)
    """Return to normal operations and watch for return."""
    post_incident: list[Step] = Field(min_length=1)
    """Review, lessons learned and playbook updates."""

    def items(self) -> list[tuple[str, list[Step]]]:
        """The phases in lifecycle order, as (name, steps)."""
        return [(name, getattr(self, name)) for name in type(self).model_fields]


class Decision(StrictModel):
    """The contain-or-observe decision point."""

    question: Text
    """The question the Incident Commander answers."""
    owner: Identifier
    """The role that decides."""
    stop_if: list[Text] = Field(min_length=1)
    """Criteria that mean: contain now."""
    observe_if: list[Text] = Field(min_length=1)
    """Criteria that justify watching a little longer."""
    alerting_risk: Text
    """What the attacker may do when they notice the response."""
    review_every_minutes: Annotated[int, Field(gt=0)] = 30
    """How often an "observe" decision is revisited."""


class ContainmentPlan(StrictModel):
    """A coordinated, simultaneous containment covering every entry point."""

    entry_points: list[Text] = Field(min_length=1)
    """Every way the attacker can be in or get back in."""
    timing: Text
    """How the moment of action is chosen and agreed."""
    coordinated_action: Text
    """The one simultaneous action, as the team performs it."""
    owner: Identifier
    """The role that gives the go."""
    verify: list[Text] = []
    """How to confirm the attacker is out."""


class CleanupCheck(StrictModel):
    """A check for an attacker's clean-up or hiding technique."""

    technique: TechniqueId
    """The ATT&CK technique, e.g. ``T1070.006``."""
    look_at: Text
    """What to look at."""
    tool: Text
    """Which tool or log shows it."""


class CommunicationDue(StrictModel):
    """A message the playbook requires, and when."""

    template: Identifier
    """The template (an id from ``org/communications.yaml``)."""
    milestone: Milestone
    """When it falls due."""
    note: Text | None = None
    """Playbook-specific content to include."""


class ClockApplies(StrictModel):
    """A regulatory clock that may apply to this incident type."""

    clock: Identifier
    """The clock (an id from ``org/regulations.yaml``)."""
    started_by: Text
    """The fact in this incident type that starts it."""


class LessonSource(StrEnum):
    """Where a lesson came from."""

    INCIDENT = "incident"
    EXERCISE = "exercise"
    REVIEW = "review"


class Lesson(StrictModel):
    """An entry in the playbook's lessons-learned log."""

    date: dt.date
    """When the lesson was recorded."""
    source: LessonSource
    """Incident, exercise or review."""
    reference: Text
    """Which incident, exercise or review."""
    lesson: Text
    """What was learned."""
    change: Text
    """What changed in this playbook because of it."""


class PriorityHint(StrictModel):
    """The levels this incident type usually starts at, to speed up triage."""

    levels: dict[Identifier, Identifier]
    """Metric id → typical level id."""
    note: Text
    """What moves it up or down."""


class Playbook(StrictModel):
    """``playbooks/<id>.yaml``: the response to one type of incident."""

    id: Identifier
    """Stable id; the file is named after it."""
    title: Text
    """e.g. Phishing."""
    summary: Text
    """Two or three sentences: what this incident is and what matters most."""
    owner: Text
    """The team or person who keeps this playbook current."""
    last_reviewed: dt.date
    """When it was last reviewed."""
    review_interval_days: Annotated[int, Field(gt=0, le=730)]
    """How often it must be reviewed."""
    tags: list[Identifier] = []
    """Keywords for the index."""
    attack: list[TechniqueId] = Field(min_length=1)
    """ATT&CK techniques this incident type involves."""
    triggers: list[Text] = Field(min_length=1)
    """What starts this playbook."""
    indicators: list[Text] = []
    """What to look for to confirm it."""
    priority: PriorityHint
    """How to set its priority."""
    phases: Phases
    """The steps, phase by phase."""
    decision: Decision
    """Contain now or observe."""
    containment_plan: ContainmentPlan
    """The coordinated containment."""
    cleanup_checks: list[CleanupCheck] = Field(min_length=1)
    """How to detect the attacker's clean-up and hiding."""
    communications: list[CommunicationDue] = Field(min_length=1)
    """The messages this incident requires."""
    regulatory_clocks: list[ClockApplies] = []
    """The clocks that may start."""
    lessons: list[Lesson] = []
    """The lessons-learned log, oldest first."""

    def steps(self) -> list[tuple[str, int, Step]]:
        """Every step as (phase, index in phase, step)."""
        return [(name, i, s) for name, steps in self.phases.items() for i, s in enumerate(steps)]

    def due_for_review(self) -> dt.date:
        """The date by which the playbook must be reviewed again."""
        return self.last_reviewed + dt.timedelta(days=self.review_interval_days)

    def is_stale(self, today: dt.date) -> bool:
        """Whether the review is overdue on ``today``."""
        return today > self.due_for_review()


PHASE_TITLES = {
    "preparation": "Preparation",
    "detection_and_analysis": "Detection and analysis",
    "containment": "Containment",
    "eradication": "Eradication",
    "recovery": "Recovery",
    "post_incident": "Post-incident",
}
"""Display names of the phases, in lifecycle order."""
