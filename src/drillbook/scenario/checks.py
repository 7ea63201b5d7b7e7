"""Cross-checks of a scenario template against the organisation layer, its playbook and itself.

Every reference must resolve: the playbook, roles, audiences, message templates, regulatory
clocks, escalation rules, priority metrics and levels, decision options named by conditions
and model answers, and every ``${placeholder}`` in any text. Each miss is one located problem.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from drillbook.crossref import duplicate_ids, unknown
from drillbook.documents import Document, Loc
from drillbook.errors import Problem
from drillbook.org.checks import check_levels, level_ids
from drillbook.org.loading import Org
from drillbook.org.models import PriorityLevel, PriorityModel
from drillbook.scenario.generation import TRIAGE, escalations
from drillbook.scenario.models import ScenarioTemplate
from drillbook.scenario.placeholders import ENTITY_SECTIONS, known_names, names_in
from drillbook.suggest import nearest

_ENTITY_LISTS = ("people", "hosts", "services", "data_stores", "attacker")


def check_scenario(
    doc: Document[ScenarioTemplate], org: Org, playbooks: Collection[str]
) -> Iterator[Problem]:
    """Every problem of one template that only shows against the rest of the project."""
    t = doc.model
    if doc.path.stem != t.id:
        yield doc.problem(("id",), f"the id {t.id!r} differs from the file name: rename one")
    yield from unknown(doc, ("playbook",), t.playbook, playbooks, "playbook")
    for i, role in enumerate(t.roles):
        yield from unknown(doc, ("roles", i), role, org.roles, "role")
    yield from duplicate_ids(doc, ("roles",), t.roles, "role", key=None)
    yield from duplicate_ids(doc, ("difficulties",), (d.id for d in t.difficulties), "difficulty")
    yield from _check_cast(doc, org.priority)
    yield from _check_placeholders(doc)
    yield from _check_injects(doc, org)
    yield from _check_tasks(doc, org)
    yield from _check_answers(doc)
    yield from _check_escalations(doc, org.priority)


def _check_cast(doc: Document[ScenarioTemplate], priority: PriorityModel) -> Iterator[Problem]:
    cast = doc.model.cast
    for name in _ENTITY_LISTS:
        entities = getattr(cast, name)
        yield from duplicate_ids(doc, ("cast", name), (e.id for e in entities), "entity")
    sensitivity = level_ids(priority).get("data_sensitivity", [])
    for i, store in enumerate(cast.data_stores):
        loc = ("cast", "data_stores", i, "sensitivity")
        yield from unknown(doc, loc, store.sensitivity, sensitivity, "data_sensitivity level")
    if cast.organisation.employees[0] > cast.organisation.employees[1]:
        yield doc.problem(("cast", "organisation", "employees"), "give the smaller number first")
    for i, store in enumerate(cast.data_stores):
        if store.records[0] > store.records[1]:
            loc = ("cast", "data_stores", i, "records")
            yield doc.problem(loc, "give the smaller number first")


def _strings(data: Any, loc: Loc) -> Iterator[tuple[Loc, str]]:
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*loc, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _strings(value, (*loc, i))


def _check_placeholders(doc: Document[ScenarioTemplate]) -> Iterator[Problem]:
    known = known_names(doc.model.cast)
    for loc, text in _strings(doc.model.model_dump(mode="json"), ()):
        for name in names_in(text):
            if name in known:
                continue
            near = nearest(name, known)
            prefixes = ", ".join(["org", "when", *ENTITY_SECTIONS])
            hint = f"did you mean {near!r}?" if near else f"names start with {prefixes}"
            yield doc.problem(loc, f"unknown placeholder ${{{name}}}: {hint}")


def _check_roles(
    doc: Document[ScenarioTemplate], loc: Loc, roles: list[str], org: Org
) -> Iterator[Problem]:
    for i, role in enumerate(roles):
        yield from _check_role(doc, (*loc, i), role, org)


def _check_role(
    doc: Document[ScenarioTemplate], loc: Loc, role: str, org: Org
) -> Iterator[Problem]:
    if role not in org.roles:
        yield from unknown(doc, loc, role, org.roles, "role")
    elif role not in doc.model.roles:
        yield doc.problem(loc, f"role {role!r} is not among this scenario's roles: add it there")


def _check_injects(doc: Document[ScenarioTemplate], org: Org) -> Iterator[Problem]:
    t = doc.model
    end = t.duration_minutes
    ids = [i.id for i in t.injects] + [h.id for h in t.red_herrings]
    yield from duplicate_ids(doc, ("injects",), (i.id for i in t.injects), "inject")
    for i, herring in enumerate(t.red_herrings):
        if herring.id in ids[: len(t.injects) + i]:
            yield doc.problem(("red_herrings", i, "id"), f"inject id {herring.id!r} is taken")
        yield from _check_roles(doc, ("red_herrings", i, "to"), herring.to, org)
    options = {d.id: [o.id for o in d.options] for d in t.decisions}
    triage = [i.id for i in t.triage.incidents] if t.triage else []
    escalations = [e.id for e in org.priority.escalations]
    for i, inject in enumerate(t.injects):
        loc: Loc = ("injects", i)
        if inject.minute > end:
            yield doc.problem((*loc, "minute"), f"after the exercise ends (minute {end})")
        yield from _check_roles(doc, (*loc, "to"), inject.to, org)
        for j, clock in enumerate(inject.clocks):
            yield from unknown(doc, (*loc, "clocks", j), clock, org.clocks, "regulatory clock")
        if inject.condition is not None:
            cond = inject.condition
            yield from unknown(
                doc, (*loc, "condition", "decision"), cond.decision, options, "decision"
            )
            for j, option in enumerate(cond.chosen if cond.decision in options else []):
                where = (*loc, "condition", "chosen", j)
                yield from unknown(doc, where, option, options[cond.decision], "option")
        if inject.escalation is not None:
            esc = inject.escalation
            where = (*loc, "escalation")
            yield from unknown(
                doc, (*where, "escalation"), esc.escalation, escalations, "escalation"
            )
            if esc.incident is not None:
                yield from unknown(
                    doc, (*where, "incident"), esc.incident, triage, "triage incident"
                )
            yield from check_levels(
                doc, (*where, "raise_to"), esc.raise_to, org.priority, all_=False
            )


def _check_tasks(doc: Document[ScenarioTemplate], org: Org) -> Iterator[Problem]:
    t = doc.model
    loc: Loc
    yield from duplicate_ids(doc, ("decisions",), (d.id for d in t.decisions), "decision")
    for i, decision in enumerate(t.decisions):
        loc = ("decisions", i)
        yield from _check_role(doc, (*loc, "owner"), decision.owner, org)
        yield from duplicate_ids(doc, (*loc, "options"), (o.id for o in decision.options), "option")
    yield from duplicate_ids(doc, ("communications",), (c.id for c in t.communications), "task")
    for i, task in enumerate(t.communications):
        loc = ("communications", i)
        yield from _check_role(doc, (*loc, "owner"), task.owner, org)
        yield from unknown(doc, (*loc, "audience"), task.audience, org.audiences, "audience")
        yield from unknown(doc, (*loc, "template"), task.template, org.templates, "template")
        if task.due_minute < task.minute:
            yield doc.problem((*loc, "due_minute"), "due before the task appears")
    yield from check_levels(doc, ("briefing", "levels"), t.briefing.levels, org.priority, all_=True)
    if t.triage is not None:
        yield from _check_roles(doc, ("triage", "to"), t.triage.to, org)
        ids = (i.id for i in t.triage.incidents)
        yield from duplicate_ids(doc, ("triage", "incidents"), ids, "triage incident")
        for i, incident in enumerate(t.triage.incidents):
            loc = ("triage", "incidents", i, "levels")
            yield from check_levels(doc, loc, incident.levels, org.priority, all_=True)


def _check_answers(doc: Document[ScenarioTemplate]) -> Iterator[Problem]:
    t = doc.model
    options = {d.id: [o.id for o in d.options] for d in t.decisions}
    subjects = [*options, *(c.id for c in t.communications), *(i.id for i in t.injects)]
    if t.triage is not None:
        subjects.append(TRIAGE)
    answered = set()
    for i, answer in enumerate(t.model_answers):
        loc: Loc = ("model_answers", i)
        yield from unknown(doc, (*loc, "about"), answer.about, subjects, "decision, task or inject")
        if answer.about in options:
            answered.add(answer.about)
            if answer.option is None:
                yield doc.problem(loc, "name the best option of the decision: add option")
            else:
                known = options[answer.about]
                yield from unknown(doc, (*loc, "option"), answer.option, known, "option")
        elif answer.option is not None:
            yield doc.problem((*loc, "option"), "only a decision has options: remove option")
    for i, decision in enumerate(t.decisions):
        if decision.id not in answered:
            message = f"decision {decision.id!r} has no model answer: add one to model_answers"
            yield doc.problem(("decisions", i, "id"), message)


def _check_escalations(
    doc: Document[ScenarioTemplate], priority: PriorityModel
) -> Iterator[Problem]:
    try:
        changes = escalations(doc.model, priority)
    except KeyError:
        return  # an unknown incident, metric or level, reported by the other checks
    order = list(PriorityLevel)
    for i, inject in enumerate(doc.model.injects):
        change = changes.get(inject.id)
        if change and order.index(change.priority_after) >= order.index(change.priority_before):
            message = (
                f"the priority stays {change.priority_before} (levels {change.levels}):"
                " raise a level further so the escalation means something"
            )
            yield doc.problem(("injects", i, "escalation", "raise_to"), message)
