"""Turning a template and a seed into a concrete :class:`Scenario`.

A scenario is a function of (template, seed, difficulty, generator version): one Faker per
scenario, reseeded per entity, and nothing else that varies (no clock, no global random).
The triage order and every priority come from :func:`drillbook.org.priority.priority_of`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from drillbook.org.models import PriorityModel
from drillbook.org.priority import priority_of, urgency
from drillbook.scenario.codes import GENERATOR_VERSION, ScenarioCode
from drillbook.scenario.models import (
    CommunicationSpec,
    CommunicationTask,
    DecisionPoint,
    DecisionSpec,
    DifficultySpec,
    Escalation,
    Incident,
    Inject,
    InjectSpec,
    ModelAnswer,
    Option,
    RedHerringSpec,
    Scenario,
    ScenarioTemplate,
    TriageBoard,
    TriageSpec,
)
from drillbook.scenario.placeholders import fill, world_values
from drillbook.scenario.world import WorldBuilder, new_faker

MAIN_INCIDENT = "main"
"""The id of the scenario's own incident, as escalations and the engine name it."""

TRIAGE = "triage"
"""The ``about`` of the model answer for the triage board."""


def difficulty_of(template: ScenarioTemplate, difficulty: str | None) -> tuple[int, DifficultySpec]:
    """The position and settings of a difficulty (the template's first when ``None``).

    Raises ``KeyError`` naming the known difficulties when there is no such one.
    """
    for index, spec in enumerate(template.difficulties):
        if difficulty is None or spec.id == difficulty:
            return index, spec
    known = ", ".join(d.id for d in template.difficulties)
    raise KeyError(f"{template.id} has no difficulty {difficulty!r}; known: {known}")


@dataclass(frozen=True)
class _Context:
    """What every part of one scenario is built with."""

    values: Mapping[str, str]
    pace_percent: int
    priority: PriorityModel
    escalations: Mapping[str, Escalation]

    def text(self, template_text: str) -> str:
        return fill(template_text, self.values)

    def minute(self, minute: int) -> int:
        return round(minute * self.pace_percent / 100)


def escalations(template: ScenarioTemplate, priority: PriorityModel) -> dict[str, Escalation]:
    """Inject id → the priority change it should cause.

    Levels build up: injects are taken in minute order and each unconditional escalation
    changes its incident's levels for the ones after it; a conditional one (which may never
    come) starts from those levels without changing them. Raises ``KeyError`` for an unknown
    incident, metric or level (the checks report those first).
    """
    levels = {MAIN_INCIDENT: dict(template.briefing.levels)}
    if template.triage is not None:
        levels.update({i.id: dict(i.levels) for i in template.triage.incidents})
    out = {}
    for inject in sorted(template.injects, key=lambda i: i.minute):
        spec = inject.escalation
        if spec is None:
            continue
        incident = spec.incident or MAIN_INCIDENT
        before = levels[incident]
        after = {**before, **spec.raise_to}
        out[inject.id] = Escalation(
            escalation=spec.escalation,
            incident=incident,
            levels=after,
            priority_before=priority_of(priority, before),
            priority_after=priority_of(priority, after),
        )
        if inject.condition is None:
            levels[incident] = after
    return out


def generate(
    template: ScenarioTemplate,
    seed: int,
    priority: PriorityModel,
    difficulty: str | None = None,
) -> Scenario:
    """The scenario ``template`` gives with ``seed`` at ``difficulty`` (default: the first)."""
    index, level = difficulty_of(template, difficulty)
    builder = WorldBuilder(new_faker(), seed)
    world = builder.build(template.cast)
    briefing = template.briefing
    ctx = _Context(
        world_values(world), level.pace_percent, priority, escalations(template, priority)
    )

    herrings = tuple(h.id for h in template.red_herrings)
    count = min(level.red_herrings, len(herrings))
    chosen = set(builder.reseed("red-herrings").random_sample(herrings, length=count))
    injects = [_inject(spec, ctx) for spec in template.injects]
    injects += [_red_herring(spec, ctx) for spec in template.red_herrings if spec.id in chosen]
    lines = briefing.lines[: level.briefing_lines]
    triage = _triage(template.triage, ctx) if template.triage else None
    return Scenario(
        code=str(ScenarioCode(template.tag, seed, index, GENERATOR_VERSION)),
        template=template.id,
        title=template.title,
        playbook=template.playbook,
        summary=template.summary,
        seed=seed,
        difficulty=level.id,
        generator=GENERATOR_VERSION,
        duration_minutes=ctx.minute(template.duration_minutes),
        roles=list(template.roles),
        world=world,
        incident=Incident(
            id=MAIN_INCIDENT,
            title=ctx.text(briefing.title),
            summary=" ".join(ctx.text(line) for line in briefing.lines),
            levels=dict(briefing.levels),
            priority=priority_of(priority, briefing.levels),
        ),
        briefing=[ctx.text(line) for line in lines],
        injects=sorted(injects, key=lambda i: i.minute),
        decisions=sorted((_decision(d, ctx) for d in template.decisions), key=lambda d: d.minute),
        communications=sorted(
            (_communication(c, ctx) for c in template.communications), key=lambda c: c.minute
        ),
        triage=triage,
        model_answers=_model_answers(template, ctx, triage),
        debrief=list(template.debrief),
    )


def _inject(spec: InjectSpec, ctx: _Context) -> Inject:
    return Inject(
        id=spec.id,
        minute=ctx.minute(spec.minute),
        roles=list(spec.to),
        everyone=not spec.to,
        title=ctx.text(spec.title),
        text=ctx.text(spec.text),
        facts=list(spec.facts),
        clocks=list(spec.clocks),
        condition=spec.condition,
        escalation=ctx.escalations.get(spec.id),
        red_herring=False,
    )


def _red_herring(spec: RedHerringSpec, ctx: _Context) -> Inject:
    # A red herring is an inject that reveals nothing and depends on nothing.
    news = _inject(InjectSpec.model_validate(spec.model_dump()), ctx)
    return news.model_copy(update={"red_herring": True})


def _decision(spec: DecisionSpec, ctx: _Context) -> DecisionPoint:
    options = [
        Option(
            id=o.id,
            label=ctx.text(o.label),
            approach=o.approach,
            consequence=ctx.text(o.consequence),
        )
        for o in spec.options
    ]
    return DecisionPoint(
        id=spec.id,
        minute=ctx.minute(spec.minute),
        owner=spec.owner,
        question=ctx.text(spec.question),
        context=ctx.text(spec.context),
        options=options,
    )


def _communication(spec: CommunicationSpec, ctx: _Context) -> CommunicationTask:
    return CommunicationTask(
        id=spec.id,
        minute=ctx.minute(spec.minute),
        due_minute=ctx.minute(spec.due_minute),
        owner=spec.owner,
        audience=spec.audience,
        template=spec.template,
        prompt=ctx.text(spec.prompt),
    )


def _triage(spec: TriageSpec, ctx: _Context) -> TriageBoard:
    incidents = [
        Incident(
            id=i.id,
            title=ctx.text(i.title),
            summary=ctx.text(i.summary),
            levels=dict(i.levels),
            priority=priority_of(ctx.priority, i.levels),
        )
        for i in spec.incidents
    ]
    ranked = sorted(incidents, key=lambda i: urgency(i.priority))
    return TriageBoard(
        minute=ctx.minute(spec.minute),
        roles=list(spec.to),
        incidents=incidents,
        expected_order=[i.id for i in ranked],
    )


def _model_answers(
    template: ScenarioTemplate, ctx: _Context, triage: TriageBoard | None
) -> list[ModelAnswer]:
    titles = {i.id: f"{i.title} ({i.priority})" for i in triage.incidents} if triage else {}
    order = "; ".join(titles[i] for i in triage.expected_order) if triage else ""
    answers = []
    for spec in template.model_answers:
        answer = ctx.text(spec.answer)
        if spec.about == TRIAGE and order:
            answer = f"Most urgent first: {order}. {answer}"
        answers.append(
            ModelAnswer(
                about=spec.about,
                option=spec.option,
                answer=answer,
                rationale=ctx.text(spec.rationale),
                seed_section=spec.seed_section,
            )
        )
    return answers
