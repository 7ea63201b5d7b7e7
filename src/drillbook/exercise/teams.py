"""Scripted teams that play a whole exercise: *careful* follows the playbook, *careless* not.

They drive the engine through the same calls a front end makes, so a simulated run tests the
engine end to end and lets a facilitator preview a scenario.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from drillbook.exercise.engine import Created, ExerciseEngine
from drillbook.exercise.org_ids import (
    BRIEFING,
    COMMANDER,
    COMMS,
    LEGAL,
    NOTIFICATION,
    REGULAR_UPDATE,
    TEAM_UPDATES,
    TRIAGER,
)
from drillbook.exercise.rules import grading
from drillbook.exercise.rules.communication import update_due
from drillbook.org.models import PriorityLevel, Template
from drillbook.org.priority import urgency
from drillbook.scenario.generation import MAIN_INCIDENT
from drillbook.scenario.models import Approach, Fact, Scenario

LATE_BY = 15
"""How many minutes after the due minute the careless team sends its messages."""


class Team(StrEnum):
    """The scripted teams."""

    CAREFUL = "careful"
    CARELESS = "careless"


def message_text(template: Template, prompt: str) -> str:
    """A message with every part of ``template``, short enough for its limit."""
    lines = [" ".join(prompt.split()[:25])]
    lines += [f"{part.label} ({part.keywords[0]}): {part.hint}" for part in template.parts]
    words = " ".join(lines).split()
    return (
        "\n".join(lines)
        if len(words) <= template.max_words
        else " ".join(words[: template.max_words])
    )


class _Run:
    """One scripted run: a seat per role it fills, then minute by minute to the end."""

    def __init__(self, engine: ExerciseEngine, created: Created, scenario: Scenario) -> None:
        self.engine, self.created, self.scenario = engine, created, scenario
        self.xid, self.key = created.exercise_id, created.facilitator_key
        self.seats: dict[str, str] = {}

    def seat(self, name: str, roles: list[str]) -> None:
        seat = self.engine.join(join_code=self.created.join_code, name=name)
        for role in roles:
            self.engine.take_role(
                exercise_id=self.xid, participant_id=seat.participant_id, role=role
            )
            self.seats[role] = seat.participant_id

    def actor(self, role: str) -> tuple[str, str]:
        """The role to act as (the owner if seated, else the commander) and its participant."""
        acting = role if role in self.seats else COMMANDER
        return acting, self.seats[acting]

    def send(self, role: str, template: str, prompt: str, *, task: str | None, full: bool) -> None:
        acting, who = self.actor(role)
        chosen = self.engine.project.org.templates[template]
        text = message_text(chosen, prompt) if full else " ".join(prompt.split()[:12])
        self.engine.send_message(
            exercise_id=self.xid,
            participant_id=who,
            role=acting,
            text=text,
            task=task,
            template=None if task else template,
        )

    def decide(self, decision: str, option: str, role: str, rationale: str) -> None:
        acting, who = self.actor(role)
        self.engine.decide(
            exercise_id=self.xid,
            participant_id=who,
            role=acting,
            decision=decision,
            option=option,
            rationale=rationale,
        )

    def set_priority(self, incident: str, priority: PriorityLevel) -> None:
        acting, who = self.actor(TRIAGER)
        self.engine.set_priority(
            exercise_id=self.xid,
            participant_id=who,
            role=acting,
            incident=incident,
            priority=priority,
        )

    def rank(self, order: list[str], priorities: dict[str, PriorityLevel]) -> None:
        board = self.scenario.triage
        assert board is not None
        acting, who = self.actor(board.roles[0])
        self.engine.submit_ranking(
            exercise_id=self.xid,
            participant_id=who,
            role=acting,
            order=order,
            priorities=priorities,
        )

    def tick(self, steps: list[str]) -> None:
        playbook = self.engine.project.playbook(self.scenario.playbook)
        owners = {s.id: s.owner for _, _, s in playbook.steps()}
        for step in steps:
            if owners[step] in self.seats or (COMMANDER in self.seats and len(self.seats) == 1):
                acting, who = self.actor(owners[step])
                self.engine.tick_step(
                    exercise_id=self.xid, participant_id=who, role=acting, step=step
                )

    def moments(self) -> list[int]:
        s = self.scenario
        found = {0, s.duration_minutes}
        found |= {i.minute for i in s.injects} | {d.minute for d in s.decisions}
        found |= {c.minute for c in s.communications}
        if s.triage:
            found.add(s.triage.minute)
        return sorted(m for m in found if m <= s.duration_minutes)


class _Careful(_Run):
    """Every role filled first, model answers, messages complete and on time, cadence kept."""

    def play(self) -> None:
        s = self.scenario
        for role in s.roles:
            self.seat(self.engine.project.org.roles[role].name, [role])
        self.set_priority(MAIN_INCIDENT, s.incident.priority)
        answers = {a.about: a for a in s.model_answers}
        escalated: set[str] = set()
        moments = set(self.moments()) | {t.due_minute for t in s.communications}
        for minute in range(s.duration_minutes + 1):
            if minute not in moments and not self._update_due(minute):
                continue
            self.engine.advance_clock(exercise_id=self.xid, key=self.key, to=minute)
            state = self.engine.state(self.xid)
            for inject in s.injects:
                if inject.escalation and inject.id in state.released and inject.id not in escalated:
                    escalated.add(inject.id)
                    self.set_priority(inject.escalation.incident, inject.escalation.priority_after)
            if s.triage and s.triage.minute <= minute and not state.rankings:
                priorities = {i.id: i.priority for i in s.triage.incidents}
                self.rank(list(s.triage.expected_order), priorities)
            for point in s.decisions:
                if point.minute <= minute and point.id not in state.decisions:
                    answer = answers[point.id]
                    option = answer.option or point.options[0].id
                    self.decide(point.id, option, point.owner, answer.rationale)
            for task in s.communications:
                waits = task.template == BRIEFING and Fact.IMPACT_UNDERSTOOD not in state.facts
                ready = not waits or minute >= task.due_minute
                if task.minute <= minute and ready and not state.sent(task.id):
                    self.send(task.owner, task.template, task.prompt, task=task.id, full=True)
            self._notify_authorities()
            if self._update_due(minute):
                self.send(COMMS, REGULAR_UPDATE, s.incident.title, task=None, full=True)
        playbook = self.engine.project.playbook(s.playbook)
        steps = [step for _, _, step in playbook.steps()]
        self.tick(
            [x.id for x in steps if x.preserve_evidence]
            + [x.id for x in steps if not x.preserve_evidence]
        )

    def _update_due(self, minute: int) -> bool:
        state = self.engine.state(self.xid)
        sent = [m.minute for m in state.messages if m.template in TEAM_UPDATES]
        if not sent:
            return False
        g = grading(state, self.scenario, self.engine.project)
        return minute >= update_due(g, sent[-1], minute)

    def _notify_authorities(self) -> None:
        state = self.engine.state(self.xid)
        for started in state.regulatory.values():
            if not any(
                m.template == NOTIFICATION and m.minute >= started.minute for m in state.messages
            ):
                self.send(LEGAL, NOTIFICATION, started.fact, task=None, full=True)


class _Careless(_Run):
    """One person as commander, blocks early and piecemeal, late thin messages, wrong ranks."""

    def play(self) -> None:
        s = self.scenario
        self.seat("Solo", [COMMANDER])
        levels = list(PriorityLevel)
        index = urgency(s.incident.priority)
        self.set_priority(
            MAIN_INCIDENT, levels[index + 1 if index + 1 < len(levels) else index - 1]
        )
        prefer = (Approach.CONTAIN, Approach.PIECEMEAL, Approach.SKIP_EVIDENCE)
        late = {t.due_minute + LATE_BY for t in s.communications}
        for minute in sorted(set(self.moments()) | {m for m in late if m <= s.duration_minutes}):
            self.engine.advance_clock(exercise_id=self.xid, key=self.key, to=minute)
            state = self.engine.state(self.xid)
            if s.triage and s.triage.minute <= minute and not state.rankings:
                order = list(reversed(s.triage.expected_order))
                self.rank(order, {i: PriorityLevel.P4 for i in order})
            for point in s.decisions:
                if point.minute <= minute and point.id not in state.decisions:
                    option = next(
                        (o for o in point.options if o.approach in prefer), point.options[0]
                    )
                    self.decide(point.id, option.id, point.owner, "Block it now.")
            for task in s.communications:
                if task.due_minute + LATE_BY <= minute and not state.sent(task.id):
                    self.send(task.owner, task.template, task.prompt, task=task.id, full=False)
        playbook = self.engine.project.playbook(s.playbook)
        phases = dict(playbook.phases.items())
        order = [x.id for x in phases["eradication"]] + [
            x.id for _, _, x in playbook.steps() if not x.preserve_evidence
        ]
        self.tick(list(dict.fromkeys(order)))


def simulate(
    engine: ExerciseEngine,
    *,
    scenario: str,
    seed: int,
    team: Team,
    difficulty: str | None = None,
    today: dt.date | None = None,
) -> Created:
    """Create an exercise, play it to the end with a scripted team, and return its codes."""
    created = engine.create_exercise(
        scenario=scenario, seed=seed, difficulty=difficulty, today=today
    )
    generated = engine.scenario(engine.state(created.exercise_id))
    run = (_Careful if team is Team.CAREFUL else _Careless)(engine, created, generated)
    run.play()
    engine.end_exercise(exercise_id=created.exercise_id, key=created.facilitator_key)
    return created
