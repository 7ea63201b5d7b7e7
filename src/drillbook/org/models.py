"""The organisation layer: who does what, how incidents are ranked, who is told what and when.

Each model is one file under ``playbooks/org/``; an organisation edits these to customise
drillbook without forking any playbook or theme.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, model_validator

from drillbook.basemodel import Identifier, StrictModel, TechniqueId, Text


class HandOff(StrictModel):
    """Something a role passes to another role."""

    to: Identifier
    """The role that receives it."""
    what: Text
    """What is handed over, and when."""


class Role(StrictModel):
    """A seat on the incident response team."""

    id: Identifier
    """Stable id used by playbooks and scenarios, e.g. ``incident-commander``."""
    name: Text
    """The role's title as people say it."""
    short: Annotated[str, Field(min_length=1, max_length=6)]
    """A short badge, e.g. ``IC``."""
    mission: Text
    """One sentence: why this role exists."""
    responsibilities: list[Text] = Field(min_length=1)
    """What the role does during an incident."""
    decisions: list[Text] = Field(min_length=1)
    """The decisions this role owns."""
    hand_offs: list[HandOff] = []
    """What this role passes to other roles."""
    first_hour: list[Text] = []
    """What someone in this role does in their first hour (role card)."""


class Roles(StrictModel):
    """``playbooks/org/roles.yaml``: the incident response team structure."""

    roles: list[Role] = Field(min_length=1)
    """The roles, in the order they are usually filled."""


class Level(StrictModel):
    """One level of a priority metric."""

    id: Identifier
    """Stable id, e.g. ``restricted``."""
    label: Text
    """What the facilitator or responder reads."""
    score: Annotated[int, Field(ge=0, le=10)]
    """Points this level adds to the total."""
    description: Text
    """How to recognise this level."""


class Metric(StrictModel):
    """A dimension incidents are ranked on, e.g. data sensitivity."""

    id: Identifier
    """Stable id, e.g. ``data_sensitivity``."""
    name: Text
    """The metric's name."""
    question: Text
    """The question a triager answers to pick a level."""
    levels: list[Level] = Field(min_length=2)
    """From least to most severe."""


class PriorityLevel(StrEnum):
    """Incident priorities, most urgent first."""

    P1 = "P1"
    P2 = "P2"
    P3 = "P3"
    P4 = "P4"


class Threshold(StrictModel):
    """A total score from which a priority applies."""

    priority: PriorityLevel
    """The priority granted."""
    min_total: Annotated[int, Field(ge=0)]
    """The smallest total score that grants it."""


class Floor(StrictModel):
    """A level of one metric that on its own lifts an incident to at least a priority."""

    metric: Identifier
    """The metric's id."""
    level: Identifier
    """The level's id."""
    at_least: PriorityLevel
    """The lowest priority an incident with this level can have."""


class Rule(StrictModel):
    """How metric levels become a priority: the sum of scores, then floors."""

    thresholds: list[Threshold] = Field(min_length=1)
    """Score thresholds; the most urgent one reached applies, else the least urgent priority."""
    floors: list[Floor] = []
    """Levels that force a minimum priority whatever the total."""


class Priority(StrictModel):
    """What a priority means in practice."""

    id: PriorityLevel
    """P1 to P4."""
    name: Text
    """e.g. Critical."""
    response_target_minutes: Annotated[int, Field(gt=0)]
    """How soon the response must start."""
    update_cadence_minutes: Annotated[int, Field(gt=0)]
    """How often status updates go out."""
    inform: list[Identifier] = Field(min_length=1)
    """The audiences (communication audience ids) that must be informed."""
    management_briefing: bool
    """Whether upper management gets briefings at this priority."""


class Escalation(StrictModel):
    """A sign that an incident's priority must be raised."""

    id: Identifier
    """Stable id."""
    when: Text
    """What is observed."""
    action: Text
    """What to do: which metric to raise, who to tell."""


class PriorityModel(StrictModel):
    """``playbooks/org/priority.yaml``: the priority model of the organisation."""

    metrics: list[Metric] = Field(min_length=1)
    """The metrics, e.g. data sensitivity, business impact, scope, compliance risk."""
    rule: Rule
    """How levels become a priority."""
    priorities: list[Priority] = Field(min_length=1)
    """What each priority means."""
    escalations: list[Escalation] = []
    """When to raise a priority."""

    @model_validator(mode="after")
    def _consistent(self) -> PriorityModel:
        metrics = {m.id: m for m in self.metrics}
        for floor in self.rule.floors:
            metric = metrics.get(floor.metric)
            if metric is None:
                raise ValueError(f"rule.floors: unknown metric {floor.metric!r}")
            if floor.level not in {lv.id for lv in metric.levels}:
                raise ValueError(f"rule.floors: {floor.metric} has no level {floor.level!r}")
        if {p.id for p in self.priorities} != set(PriorityLevel):
            raise ValueError("priorities: describe each of P1, P2, P3 and P4 exactly once")
        return self


class Channel(StrictModel):
    """A way the response team talks."""

    id: Identifier
    """Stable id."""
    name: Text
    """e.g. Incident chat channel."""
    purpose: Text
    """What it is for."""
    how: Text
    """How to open or reach it, including when the usual tools are down."""


class Audience(StrictModel):
    """A group that is told about incidents."""

    id: Identifier
    """Stable id, e.g. ``executives``."""
    name: Text
    """Who they are."""
    owner_role: Identifier
    """The role that keeps this audience informed."""


class Part(StrictModel):
    """A required part of a message."""

    id: Identifier
    """Stable id, e.g. ``business_impact``."""
    label: Text
    """The heading a draft should use."""
    hint: Text
    """What belongs in it."""
    keywords: list[Text] = Field(min_length=1)
    """Words whose presence shows the part is there (case-insensitive)."""


class Template(StrictModel):
    """A message template with the parts every message of its kind must have."""

    id: Identifier
    """Stable id, e.g. ``management-briefing``."""
    name: Text
    """The template's name."""
    audience: Identifier
    """The audience it goes to."""
    channel: Identifier
    """The channel it goes through."""
    purpose: Text
    """When to use it."""
    parts: list[Part] = Field(min_length=1)
    """The parts a message must have."""
    max_words: Annotated[int, Field(gt=0)]
    """Longer than this overwhelms the reader."""
    body: Text
    """A fill-in-the-blanks example."""


class Milestone(StrEnum):
    """Moments in an incident at which communications fall due."""

    DETECTION = "detection"
    IMPACT_UNDERSTOOD = "impact-understood"
    CONTAINMENT = "containment"
    ERADICATION = "eradication"
    RECOVERY = "recovery"
    CLOSURE = "closure"
    CADENCE = "cadence"


class Communications(StrictModel):
    """``playbooks/org/communications.yaml``: channels, audiences and templates."""

    channels: list[Channel] = Field(min_length=1)
    """Where the team talks."""
    audiences: list[Audience] = Field(min_length=1)
    """Who is told."""
    templates: list[Template] = Field(min_length=1)
    """Message templates."""
    management_milestones: list[Milestone] = Field(min_length=1)
    """When upper management is updated, beyond the first briefing."""


class StartEvent(StrEnum):
    """The fact that starts a regulatory clock."""

    AWARE = "aware"
    CLASSIFIED = "classified"
    MATERIALITY_DETERMINED = "materiality-determined"
    DISCOVERED = "discovered"


class Deadline(StrictModel):
    """One notification a regulation requires, and by when."""

    id: Identifier
    """Stable id, e.g. ``early-warning``."""
    what: Text
    """What must be sent, to whom."""
    hours: Annotated[int, Field(gt=0)] | None = None
    """Calendar hours from the start event."""
    days: Annotated[int, Field(gt=0)] | None = None
    """Calendar days from the start event."""
    business_days: Annotated[int, Field(gt=0)] | None = None
    """Business days from the start event."""
    months: Annotated[int, Field(gt=0)] | None = None
    """Calendar months from the start event."""

    @model_validator(mode="after")
    def _one_unit(self) -> Deadline:
        given = [u for u in ("hours", "days", "business_days", "months") if getattr(self, u)]
        if len(given) > 1:
            raise ValueError(f"give one of hours, days, business_days or months, not {given}")
        return self

    @property
    def hours_at_least(self) -> int | None:
        """The deadline in hours, counting business days as calendar days and months as 28."""
        if self.hours:
            return self.hours
        if self.days or self.business_days:
            return 24 * (self.days or self.business_days or 0)
        if self.months:
            return 24 * 28 * self.months
        return None

    @property
    def wording(self) -> str:
        """The deadline as people say it, e.g. ``within 72 hours``."""
        for unit in ("hours", "days", "business_days", "months"):
            value = getattr(self, unit)
            if value:
                name = unit.replace("_", " ")
                return f"within {value} {name[:-1] if value == 1 else name}"
        return "no fixed deadline"


class Clock(StrictModel):
    """A regulatory notification clock."""

    id: Identifier
    """Stable id, e.g. ``gdpr-art33``."""
    name: Text
    """e.g. GDPR Article 33."""
    applies_when: Text
    """Which incidents it covers."""
    start_event: StartEvent
    """What starts the clock."""
    deadlines: list[Deadline] = Field(min_length=1)
    """What is due, and by when."""
    owner_role: Identifier
    """The role that makes sure it is met."""
    notes: Text | None = None
    """Anything the team must know."""


class Regulations(StrictModel):
    """``playbooks/org/regulations.yaml``: the regulatory clocks that may apply."""

    clocks: list[Clock] = Field(min_length=1)
    """Every clock the organisation is subject to."""


class Technique(StrictModel):
    """An ATT&CK technique the playbooks use."""

    id: TechniqueId
    """e.g. ``T1070.006``."""
    name: Text
    """e.g. Timestomp."""
    tactic: Text
    """e.g. Defense Evasion."""


class Attack(StrictModel):
    """``playbooks/org/attack.yaml``: the ATT&CK catalogue used by playbooks."""

    techniques: list[Technique] = Field(min_length=1)
    """The techniques, each once."""


class Contact(StrictModel):
    """Someone to call. Shipped contacts are fictitious; replace them with your own."""

    id: Identifier
    """Stable id."""
    name: Text
    """Person or team."""
    function: Text
    """What they are called for."""
    phone: Text
    """A number (out-of-band)."""
    email: Text
    """A mailbox."""
    role: Identifier | None = None
    """The response role they usually take, if any."""


class Contacts(StrictModel):
    """``playbooks/org/contacts.yaml``: who to call."""

    contacts: list[Contact] = Field(min_length=1)
    """The contact list."""
