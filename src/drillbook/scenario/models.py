"""Tabletop scenarios as data: the template a person writes, and the scenario generated from it.

A :class:`ScenarioTemplate` is one file under ``scenarios/``; its texts hold placeholders such
as ``${people.ceo.name}`` that name entities of the cast it declares. :func:`generate
<drillbook.scenario.generation.generate>` turns a template and a seed into a :class:`Scenario`:
a concrete, fictitious world with every placeholder filled in, ready for the exercise engine.

Facilitator-only material in a :class:`Scenario`: ``model_answers``, ``debrief``, the
``condition`` and ``red_herring`` of injects, and the triage board's ``expected_order``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from drillbook.basemodel import Identifier, StrictModel, Text
from drillbook.org.models import PriorityLevel

SeedSection = Annotated[int, Field(ge=1, le=8)]
"""A section of the practices the scenario trains, from 1 (delegation) to 8 (playbooks)."""

SEED_SECTIONS = {
    1: "Delegation",
    2: "Communication",
    3: "When to stop an attack",
    4: "Risks of alerting the attacker",
    5: "Attacker cleanup and hiding",
    6: "Management communication",
    7: "Prioritising incidents",
    8: "Using playbooks",
}
"""The title of each seed section."""

Minute = Annotated[int, Field(ge=0, le=600)]
"""A moment of the exercise, in minutes from its start."""

Levels = dict[Identifier, Identifier]
"""Priority metric id → level id (ids from ``org/priority.yaml``)."""

Tag = Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9]{1,5}$")]
"""A short upper-case tag naming a template inside scenario codes, e.g. ``PHISH``."""


class Fact(StrEnum):
    """Something an inject reveals that changes how the incident must be handled."""

    PERSONAL_DATA = "personal-data-involved"
    SPECIAL_CATEGORY_DATA = "special-category-data-involved"
    PAYMENT_DATA = "payment-data-involved"
    ACTIVE_EXFILTRATION = "active-exfiltration"
    LATERAL_MOVEMENT = "lateral-movement"
    LOG_TAMPERING = "log-tampering"
    TIMESTOMPING = "timestomping"
    BACKDOOR = "backdoor-found"
    NEW_ACCOUNT = "rogue-account-created"
    PRIVILEGE_CHANGE = "privilege-change"
    BUSINESS_DISRUPTED = "business-function-disrupted"
    ATTACKER_AWARE = "attacker-aware"
    EXTERNAL_CONTACT = "external-contact"
    MAJOR_INCIDENT = "classified-major"
    MATERIAL = "judged-material"
    IMPACT_UNDERSTOOD = "impact-understood"


class Approach(StrEnum):
    """What choosing an option means, so that the engine can grade it and branch on it."""

    CONTAIN = "contain"
    OBSERVE = "observe"
    COORDINATED = "coordinated"
    PIECEMEAL = "piecemeal"
    PRESERVE_EVIDENCE = "preserve-evidence"
    SKIP_EVIDENCE = "skip-evidence"
    ESCALATE = "escalate"
    NOTIFY = "notify"
    DELAY = "delay"
    OTHER = "other"


class HostKind(StrEnum):
    """The kind of a host, which sets its name, operating system and network."""

    WORKSTATION = "workstation"
    LAPTOP = "laptop"
    SERVER = "server"
    WEB_SERVER = "web-server"
    DATABASE = "database"
    DOMAIN_CONTROLLER = "domain-controller"
    FILE_SERVER = "file-server"
    MAIL_SERVER = "mail-server"
    HYPERVISOR = "hypervisor"
    BACKUP = "backup"


class Network(StrEnum):
    """Where an address comes from: a private range or an RFC 5737 documentation range."""

    PRIVATE = "private"
    DOCUMENTATION = "documentation"


# ----------------------------------------------------------------------------- template


class OrganisationSpec(StrictModel):
    """What kind of organisation to invent."""

    sectors: list[Text] = Field(min_length=1)
    """One is picked, e.g. ``logistics``."""
    employees: Annotated[list[Annotated[int, Field(gt=0)]], Field(min_length=2, max_length=2)]
    """The smallest and largest head count, e.g. ``[200, 2000]``."""


class PersonSpec(StrictModel):
    """A person in the story, e.g. the CEO or the user who clicked."""

    id: Identifier
    """Name used in placeholders: ``${people.<id>.name}``."""
    title: Text
    """Their job, e.g. ``Chief Executive Officer``."""


class HostSpec(StrictModel):
    """A computer in the story."""

    id: Identifier
    """Name used in placeholders: ``${hosts.<id>.name}``."""
    kind: HostKind
    """What it is."""
    network: Network = Network.PRIVATE
    """Internal hosts have private addresses; internet-facing ones documentation addresses."""


class ServiceSpec(StrictModel):
    """An application the organisation runs."""

    id: Identifier
    """Name used in placeholders: ``${services.<id>.url}``."""
    name: Text
    """What people call it, e.g. ``Customer portal``."""
    subdomain: Identifier
    """The first label of its host name, e.g. ``portal``."""


class DataStoreSpec(StrictModel):
    """A place where data lives, with how sensitive it is."""

    id: Identifier
    """Name used in placeholders: ``${data.<id>.name}``."""
    name: Text
    """What it holds, e.g. ``Customer records``."""
    sensitivity: Identifier
    """A level of the ``data_sensitivity`` metric."""
    personal_data: bool
    """Whether it holds personal data (which can start the GDPR clock)."""
    records: Annotated[list[Annotated[int, Field(gt=0)]], Field(min_length=2, max_length=2)]
    """The smallest and largest number of records."""


class AttackerSpec(StrictModel):
    """A piece of attacker infrastructure: an address, a domain, a mailbox and a file hash."""

    id: Identifier
    """Name used in placeholders: ``${attacker.<id>.ip}``."""
    lure: Text = "secure"
    """A word the attacker's look-alike domain is built around, e.g. ``invoice``."""


class Cast(StrictModel):
    """Everything the generator invents for one scenario."""

    organisation: OrganisationSpec
    """The organisation under attack."""
    people: list[PersonSpec] = []
    """People with a part in the story."""
    hosts: list[HostSpec] = []
    """Computers."""
    services: list[ServiceSpec] = []
    """Applications."""
    data_stores: list[DataStoreSpec] = []
    """Data and its sensitivity."""
    attacker: list[AttackerSpec] = []
    """Attacker infrastructure."""


class DifficultySpec(StrictModel):
    """How hard a run is: noise, pace and how much the team knows up front."""

    id: Identifier
    """e.g. ``introductory``, ``standard``, ``advanced``."""
    label: Text
    """What the facilitator reads."""
    red_herrings: Annotated[int, Field(ge=0)] = 0
    """How many of the template's red herrings are mixed in."""
    pace_percent: Annotated[int, Field(ge=25, le=200)] = 100
    """Every time, the exercise's length included, is scaled by this; below 100 it is faster."""
    briefing_lines: Annotated[int, Field(ge=0)] | None = None
    """How many briefing lines the team gets up front (all when omitted)."""


class Condition(StrictModel):
    """An inject that comes only after a decision went a certain way."""

    decision: Identifier
    """The decision point's id."""
    chosen: list[Identifier] = Field(min_length=1)
    """The option ids that bring the inject."""


class EscalationSpec(StrictModel):
    """An inject that should raise the priority of an incident."""

    escalation: Identifier
    """The escalation rule it illustrates (an id from ``org/priority.yaml``)."""
    incident: Identifier | None = None
    """A triage incident's id; the scenario's own incident when omitted."""
    raise_to: Levels = Field(min_length=1)
    """The metric levels after the inject."""


class InjectSpec(StrictModel):
    """A piece of news that reaches some roles at some minute."""

    id: Identifier
    """Stable id; sub-seeds and conditions refer to it."""
    minute: Minute
    """When it arrives, at normal pace."""
    to: list[Identifier] = []
    """The roles it is addressed to; everyone when empty."""
    title: Text
    """A headline."""
    text: Text
    """What the roles read; placeholders are filled from the world."""
    facts: list[Fact] = []
    """What it reveals."""
    clocks: list[Identifier] = []
    """Regulatory clocks its facts start (ids from ``org/regulations.yaml``)."""
    condition: Condition | None = None
    """It comes only when this holds."""
    escalation: EscalationSpec | None = None
    """The priority it should raise."""


class RedHerringSpec(StrictModel):
    """A distracting inject, mixed in at harder difficulties."""

    id: Identifier
    """Stable id."""
    minute: Minute
    """When it arrives, at normal pace."""
    to: list[Identifier] = []
    """The roles it is addressed to; everyone when empty."""
    title: Text
    """A headline."""
    text: Text
    """What the roles read."""


class OptionSpec(StrictModel):
    """One answer to a decision point."""

    id: Identifier
    """Stable id; conditions refer to it."""
    label: Text
    """The choice as the team reads it."""
    approach: Approach
    """What the choice means for grading and branching."""
    consequence: Text
    """What happens next, told to the team after the decision."""


class DecisionSpec(StrictModel):
    """A moment where a role must choose."""

    id: Identifier
    """Stable id."""
    minute: Minute
    """When the question is put, at normal pace."""
    owner: Identifier
    """The role that decides."""
    question: Text
    """The question."""
    context: Text
    """What the decider knows; placeholders allowed."""
    options: list[OptionSpec] = Field(min_length=2)
    """The choices."""


class CommunicationSpec(StrictModel):
    """A message the team must write."""

    id: Identifier
    """Stable id."""
    minute: Minute
    """When the task appears, at normal pace."""
    due_minute: Minute
    """When the message is due, at normal pace."""
    owner: Identifier
    """The role that writes it."""
    audience: Identifier
    """Who receives it (an audience id from ``org/communications.yaml``)."""
    template: Identifier
    """The message template (an id from ``org/communications.yaml``)."""
    prompt: Text
    """What to write about; placeholders allowed."""


class TriageIncidentSpec(StrictModel):
    """One of the incidents on the triage board."""

    id: Identifier
    """Stable id."""
    title: Text
    """A headline."""
    summary: Text
    """What is known; placeholders allowed."""
    levels: Levels
    """Its metric levels, one per metric of the priority model."""


class TriageSpec(StrictModel):
    """Several incidents at once, for the team to rank."""

    minute: Minute
    """When the board appears, at normal pace."""
    to: list[Identifier] = Field(min_length=1)
    """The roles that rank."""
    incidents: list[TriageIncidentSpec] = Field(min_length=2)
    """The incidents."""


class ModelAnswerSpec(StrictModel):
    """What a good team does at one point, and why (facilitator-only)."""

    about: Identifier
    """A decision, communication task or inject id, or ``triage``."""
    option: Identifier | None = None
    """For a decision: the best option."""
    answer: Text
    """The good answer."""
    rationale: Text
    """Why, in the words of the practice."""
    seed_section: SeedSection
    """The practice it trains."""


class DebriefQuestion(StrictModel):
    """A question for the debrief."""

    question: Text
    """The question."""
    seed_section: SeedSection
    """The practice it reviews."""


class BriefingSpec(StrictModel):
    """What the team knows when the exercise starts."""

    title: Text
    """The incident's headline; placeholders allowed."""
    lines: list[Text] = Field(min_length=1)
    """Facts known up front, most important first; placeholders allowed."""
    levels: Levels
    """The incident's metric levels at the start."""


class ScenarioTemplate(StrictModel):
    """``scenarios/<id>.yaml``: a tabletop exercise that a seed turns into a concrete world."""

    id: Identifier
    """Stable id; the file is named after it."""
    tag: Tag
    """Short tag used in scenario codes; unique across templates."""
    title: Text
    """The exercise's name."""
    playbook: Identifier
    """The playbook it exercises."""
    summary: Text
    """Two or three sentences for the facilitator choosing a scenario."""
    duration_minutes: Annotated[int, Field(ge=15, le=600)]
    """How long a run takes at normal pace."""
    roles: list[Identifier] = Field(min_length=1)
    """The roles the team fills (ids from ``org/roles.yaml``)."""
    difficulties: list[DifficultySpec] = Field(min_length=1)
    """The difficulty levels, easiest first; the first is the default."""
    cast: Cast
    """What to invent."""
    briefing: BriefingSpec
    """The situation at minute zero."""
    injects: list[InjectSpec] = Field(min_length=1)
    """The news, in any order."""
    red_herrings: list[RedHerringSpec] = []
    """Distractions for harder runs."""
    decisions: list[DecisionSpec] = []
    """Decision points."""
    communications: list[CommunicationSpec] = []
    """Messages to write."""
    triage: TriageSpec | None = None
    """A board of concurrent incidents to rank."""
    model_answers: list[ModelAnswerSpec] = []
    """Facilitator-only answers; every decision needs one."""
    debrief: list[DebriefQuestion] = []
    """Debrief questions."""


# ----------------------------------------------------------------------------- scenario


class Organisation(StrictModel):
    """The invented organisation."""

    name: str
    """Its name."""
    sector: str
    """Its line of business."""
    employees: int
    """Its head count."""
    domain: str
    """Its e-mail and web domain (always under an RFC 2606 name)."""
    city: str
    """Where it is based."""


class Person(StrictModel):
    """An invented person."""

    id: str
    """The template's id for them."""
    name: str
    """Full name."""
    first_name: str
    """First name."""
    title: str
    """Job title."""
    email: str
    """Mailbox at the organisation's domain."""
    phone: str
    """Phone number."""
    username: str
    """Account name."""


class Host(StrictModel):
    """An invented computer."""

    id: str
    """The template's id for it."""
    kind: HostKind
    """What it is."""
    name: str
    """Host name."""
    fqdn: str
    """Fully qualified name under the organisation's domain."""
    ip: str
    """Its address (private or RFC 5737)."""
    os: str
    """Its operating system."""


class Service(StrictModel):
    """An invented application."""

    id: str
    """The template's id for it."""
    name: str
    """What people call it."""
    fqdn: str
    """Its host name under the organisation's domain."""
    url: str
    """Its address."""


class DataStore(StrictModel):
    """An invented data store."""

    id: str
    """The template's id for it."""
    name: str
    """What it holds."""
    sensitivity: str
    """Its ``data_sensitivity`` level."""
    personal_data: bool
    """Whether it holds personal data."""
    records: int
    """How many records it holds."""
    location: str
    """Where it lives: a share path or a database name."""


class AttackerAsset(StrictModel):
    """Invented attacker infrastructure."""

    id: str
    """The template's id for it."""
    ip: str
    """An RFC 5737 address."""
    domain: str
    """A look-alike domain under an RFC 2606 name."""
    email: str
    """A sender address at that domain."""
    url: str
    """A link on that domain."""
    sha256: str
    """The hash of a file the attacker used."""


class World(StrictModel):
    """Everything invented for one scenario."""

    organisation: Organisation
    """The organisation."""
    start: str
    """When the incident is detected, ``YYYY-MM-DD HH:MM`` on an invented day."""
    people: list[Person]
    """People."""
    hosts: list[Host]
    """Computers."""
    services: list[Service]
    """Applications."""
    data_stores: list[DataStore]
    """Data stores."""
    attacker: list[AttackerAsset]
    """Attacker infrastructure."""


class Incident(StrictModel):
    """An incident with its metric levels and the priority the priority model gives them."""

    id: str
    """Its id (``main`` for the scenario's own incident)."""
    title: str
    """A headline."""
    summary: str
    """What is known."""
    levels: dict[str, str]
    """Metric id → level id."""
    priority: PriorityLevel
    """``priority_of(levels)``."""


class Escalation(StrictModel):
    """The priority change an inject should cause."""

    escalation: str
    """The escalation rule's id."""
    incident: str
    """The incident it concerns (``main`` or a triage incident id)."""
    levels: dict[str, str]
    """All metric levels after the inject."""
    priority_before: PriorityLevel
    """The priority before."""
    priority_after: PriorityLevel
    """The priority the team should now set."""


class Inject(StrictModel):
    """A piece of news for some roles at some minute."""

    id: str
    """Stable id."""
    minute: int
    """When it arrives (difficulty pace applied)."""
    roles: list[str]
    """The roles it is addressed to; see ``everyone``."""
    everyone: bool
    """Whether it goes to every role."""
    title: str
    """A headline."""
    text: str
    """What the roles read."""
    facts: list[Fact]
    """What it reveals."""
    clocks: list[str]
    """Regulatory clocks it starts."""
    condition: Condition | None
    """It comes only when this holds (facilitator-only)."""
    escalation: Escalation | None
    """The priority change it should cause."""
    red_herring: bool
    """A distraction (facilitator-only)."""

    def addressed_to(self, role: str) -> bool:
        """Whether a person in ``role`` receives it."""
        return self.everyone or role in self.roles


class Option(StrictModel):
    """One answer to a decision point."""

    id: str
    """Stable id."""
    label: str
    """The choice."""
    approach: Approach
    """What it means."""
    consequence: str
    """What happens next."""


class DecisionPoint(StrictModel):
    """A moment where a role must choose."""

    id: str
    """Stable id."""
    minute: int
    """When it is put (difficulty pace applied)."""
    owner: str
    """The role that decides."""
    question: str
    """The question."""
    context: str
    """What the decider knows."""
    options: list[Option]
    """The choices."""


class CommunicationTask(StrictModel):
    """A message the team must write."""

    id: str
    """Stable id."""
    minute: int
    """When the task appears."""
    due_minute: int
    """When the message is due."""
    owner: str
    """The role that writes it."""
    audience: str
    """Who receives it."""
    template: str
    """The message template's id."""
    prompt: str
    """What to write about."""


class TriageBoard(StrictModel):
    """Concurrent incidents to rank."""

    minute: int
    """When the board appears."""
    roles: list[str]
    """The roles that rank."""
    incidents: list[Incident]
    """The incidents, in the order shown."""
    expected_order: list[str]
    """Incident ids most urgent first, by the priority model (facilitator-only)."""


class ModelAnswer(StrictModel):
    """What a good team does at one point, and why (facilitator-only)."""

    about: str
    """A decision, communication task or inject id, or ``triage``."""
    option: str | None
    """For a decision: the best option."""
    answer: str
    """The good answer."""
    rationale: str
    """Why."""
    seed_section: int
    """The practice it trains."""


class Scenario(StrictModel):
    """One concrete, fictitious tabletop exercise: a function of template, seed and version."""

    code: str
    """The short code that recreates it."""
    template: str
    """The template's id."""
    title: str
    """The exercise's name."""
    playbook: str
    """The playbook it exercises."""
    summary: str
    """What it is about."""
    seed: int
    """The seed."""
    difficulty: str
    """The difficulty id."""
    generator: int
    """The generator version that made it."""
    duration_minutes: int
    """How long a run takes."""
    roles: list[str]
    """The roles the team fills."""
    world: World
    """The invented world."""
    incident: Incident
    """The incident, as briefed."""
    briefing: list[str]
    """What the team knows up front."""
    injects: list[Inject]
    """The news, by minute."""
    decisions: list[DecisionPoint]
    """Decision points, by minute."""
    communications: list[CommunicationTask]
    """Messages to write, by minute."""
    triage: TriageBoard | None
    """The board of concurrent incidents, if any."""
    model_answers: list[ModelAnswer]
    """Facilitator-only answers."""
    debrief: list[DebriefQuestion]
    """Debrief questions (facilitator-only)."""

    def to_json(self) -> str:
        """The scenario as canonical JSON: the same scenario always gives the same bytes."""
        return self.model_dump_json(indent=2) + "\n"

    def injects_for(self, role: str) -> list[Inject]:
        """The injects a person in ``role`` may receive (conditional ones included)."""
        return [i for i in self.injects if i.addressed_to(role)]
