"""The pages of an exercise-in-a-box: the facilitator guide and one handout per role.

The facilitator guide holds everything, facilitator-only material included. A handout holds
what its role may see: the role card, the briefing, the people, its own decisions and
messages, the triage board when it ranks, and a card for each inject addressed to it
(conditions and red-herring marks stay in the facilitator guide).
"""

from __future__ import annotations

from drillbook.project import Project
from drillbook.scenario.models import (
    SEED_SECTIONS,
    CommunicationTask,
    DecisionPoint,
    Incident,
    Inject,
    Scenario,
)
from drillbook.scenario.rendering import Block, Bullets, Card, Heading, Page, Paragraph, Table


def facilitator_guide(scenario: Scenario, project: Project) -> Page:
    """Timeline, injects, decision points, model answers and debrief questions."""
    names = _role_names(project)
    page = Page(f"{scenario.title}: facilitator guide")
    add = page.blocks.extend
    add(_about(scenario, project))
    add([Heading(1, "Summary"), Paragraph(scenario.summary)])
    add(_world(scenario, full=True))
    add(_briefing(scenario))
    roles = [f"{names[r]}" for r in scenario.roles]
    add([Heading(1, "Roles to fill before the first decision"), Bullets(roles)])
    add([Heading(1, "Timeline"), _timeline(scenario, names)])
    add([Heading(1, "Injects")])
    add(_inject_card(i, names, facilitator=True) for i in scenario.injects)
    add([Heading(1, "Decision points")])
    add(_decision_card(d, names, facilitator=True) for d in scenario.decisions)
    add(_communications(scenario.communications, project, names))
    if scenario.triage is not None:
        add(_triage(scenario, facilitator=True))
    add([Heading(1, "Model answers")])
    for answer in scenario.model_answers:
        blocks: list[Block] = [Paragraph(answer.answer, lead="Answer:")]
        if answer.option:
            blocks.insert(0, Paragraph(answer.option, lead="Best option:"))
        blocks.append(Paragraph(answer.rationale, lead="Why:"))
        section = f"{answer.seed_section} {SEED_SECTIONS[answer.seed_section]}"
        add([Card(f"{answer.about} (practice {section})", blocks)])
    questions = [
        f"{q.question} (practice {q.seed_section} {SEED_SECTIONS[q.seed_section]})"
        for q in scenario.debrief
    ]
    add([Heading(1, "Debrief questions"), Bullets(questions)])
    return page


def handout(scenario: Scenario, project: Project, role_id: str) -> Page:
    """What a person in ``role_id`` gets: role card, briefing, tasks and their inject cards."""
    names = _role_names(project)
    role = project.org.roles[role_id]
    page = Page(f"{scenario.title}: {role.name}")
    add = page.blocks.extend
    add(_about(scenario, project))
    add([Heading(1, f"Your role: {role.name} ({role.short})"), Paragraph(role.mission)])
    add([Paragraph("", lead="Responsibilities"), Bullets(role.responsibilities)])
    if role.first_hour:
        add([Paragraph("", lead="First hour"), Bullets(role.first_hour)])
    add(_briefing(scenario))
    add(_world(scenario, full=False))
    decisions = [d for d in scenario.decisions if d.owner == role_id]
    if decisions:
        add([Heading(1, "Your decisions")])
        add(_decision_card(d, names, facilitator=False) for d in decisions)
    tasks = [c for c in scenario.communications if c.owner == role_id]
    if tasks:
        add(_communications(tasks, project, names))
    if scenario.triage is not None and role_id in scenario.triage.roles:
        add(_triage(scenario, facilitator=False))
    add([Heading(1, "Inject cards (the facilitator tells you when to read each)")])
    add(_inject_card(i, names, facilitator=False) for i in scenario.injects_for(role_id))
    return page


def _role_names(project: Project) -> dict[str, str]:
    return {role_id: role.name for role_id, role in project.org.roles.items()}


def _about(scenario: Scenario, project: Project) -> list[Block]:
    playbook = project.playbooks.get(scenario.playbook)
    title = playbook.model.title if playbook else scenario.playbook
    facts = (
        f"Scenario code {scenario.code} (seed {scenario.seed}, difficulty {scenario.difficulty},"
        f" generator {scenario.generator}). Playbook: {title}. Duration:"
        f" {scenario.duration_minutes} minutes. Everything in it is fictitious."
    )
    return [Paragraph(facts)]


def _world(scenario: Scenario, *, full: bool) -> list[Block]:
    world = scenario.world
    org = world.organisation
    blocks: list[Block] = [
        Heading(1, "The organisation"),
        Paragraph(
            f"{org.name}, {org.sector}, {org.employees} employees, based in {org.city};"
            f" domain {org.domain}. The incident is detected on {world.start}."
        ),
    ]
    if world.people:
        rows = [[p.name, p.title, p.email, p.phone] for p in world.people]
        blocks.append(Table(["Person", "Title", "E-mail", "Phone"], rows))
    if world.hosts:
        rows = [[h.name, h.kind.value, h.ip, h.os] for h in world.hosts]
        blocks.append(Table(["Host", "Kind", "Address", "System"], rows))
    if world.services:
        blocks.append(Table(["Service", "Address"], [[s.name, s.url] for s in world.services]))
    if world.data_stores:
        rows = [
            [d.name, d.location, f"{d.records}", d.sensitivity, "yes" if d.personal_data else "no"]
            for d in world.data_stores
        ]
        headers = ["Data", "Location", "Records", "Sensitivity", "Personal data"]
        blocks.append(Table(headers, rows))
    if full and world.attacker:
        rows = [[a.id, a.ip, a.domain, a.email, a.sha256[:16] + "…"] for a in world.attacker]
        headers = ["Attacker asset", "Address", "Domain", "Sender", "File hash"]
        blocks += [Paragraph("", lead="Attacker infrastructure"), Table(headers, rows)]
    return blocks


def _briefing(scenario: Scenario) -> list[Block]:
    incident = scenario.incident
    levels = ", ".join(f"{k} {v}" for k, v in incident.levels.items())
    return [
        Heading(1, f"Briefing: {incident.title}"),
        Bullets(scenario.briefing),
        Paragraph(f"{incident.priority} ({levels})", lead="Starting priority:"),
    ]


def _to(inject: Inject, names: dict[str, str]) -> str:
    return "everyone" if inject.everyone else ", ".join(names[r] for r in inject.roles)


def _timeline(scenario: Scenario, names: dict[str, str]) -> Table:
    rows: list[tuple[int, str, str, str]] = []
    for i in scenario.injects:
        kind = "inject (if)" if i.condition else "inject"
        rows.append((i.minute, kind, i.title, _to(i, names)))
    for d in scenario.decisions:
        rows.append((d.minute, "decision", d.question, names[d.owner]))
    for c in scenario.communications:
        what = f"{c.template} to {c.audience}, due minute {c.due_minute}"
        rows.append((c.minute, "message", what, names[c.owner]))
    if scenario.triage is not None:
        board = scenario.triage
        ranks = ", ".join(names[r] for r in board.roles)
        rows.append((board.minute, "triage", f"Rank {len(board.incidents)} incidents", ranks))
    rows.sort(key=lambda row: row[0])
    return Table(["Minute", "Kind", "What", "Who"], [[str(m), *rest] for m, *rest in rows])


def _inject_card(inject: Inject, names: dict[str, str], *, facilitator: bool) -> Card:
    blocks: list[Block] = [Paragraph(inject.text), Paragraph(_to(inject, names), lead="To:")]
    if facilitator:
        if inject.facts:
            blocks.append(Paragraph(", ".join(f.value for f in inject.facts), lead="Reveals:"))
        if inject.clocks:
            blocks.append(Paragraph(", ".join(inject.clocks), lead="Starts clocks:"))
        if inject.condition:
            chosen = " or ".join(inject.condition.chosen)
            text = f"decision {inject.condition.decision} went {chosen}"
            blocks.append(Paragraph(text, lead="Only if:"))
        if inject.escalation:
            esc = inject.escalation
            text = f"{esc.incident} from {esc.priority_before} to {esc.priority_after}"
            blocks.append(Paragraph(f"{text} ({esc.escalation})", lead="Should raise:"))
        if inject.red_herring:
            blocks.append(Paragraph("a distraction; nothing needs doing", lead="Red herring:"))
    elif inject.condition:
        blocks.append(Paragraph("only if the facilitator hands this card out", lead="Note:"))
    return Card(f"Minute {inject.minute}: {inject.title}", blocks, kind="card inject")


def _decision_card(decision: DecisionPoint, names: dict[str, str], *, facilitator: bool) -> Card:
    blocks: list[Block] = [
        Paragraph(names[decision.owner], lead="Decides:"),
        Paragraph(decision.context),
    ]
    if facilitator:
        rows = [[o.id, o.label, o.approach.value, o.consequence] for o in decision.options]
        blocks.append(Table(["Option", "Choice", "Approach", "Consequence"], rows))
    else:
        blocks.append(Bullets([o.label for o in decision.options]))
    return Card(f"Minute {decision.minute}: {decision.question}", blocks)


def _communications(
    tasks: list[CommunicationTask], project: Project, names: dict[str, str]
) -> list[Block]:
    templates = project.org.templates
    audiences = project.org.audiences
    rows = [
        [
            f"{c.minute}-{c.due_minute}",
            names[c.owner],
            audiences[c.audience].name if c.audience in audiences else c.audience,
            templates[c.template].name if c.template in templates else c.template,
            c.prompt,
        ]
        for c in tasks
    ]
    headers = ["Minutes (from-due)", "Writer", "Audience", "Template", "What to cover"]
    return [Heading(1, "Messages to write"), Table(headers, rows)]


def _triage(scenario: Scenario, *, facilitator: bool) -> list[Block]:
    board = scenario.triage
    assert board is not None
    blocks: list[Block] = [Heading(1, f"Triage board (minute {board.minute})")]
    blocks += [_incident_card(i, facilitator=facilitator) for i in board.incidents]
    if facilitator:
        blocks.append(Paragraph(" > ".join(board.expected_order), lead="Expected order:"))
    return blocks


def _incident_card(incident: Incident, *, facilitator: bool) -> Card:
    blocks: list[Block] = [Paragraph(incident.summary)]
    if facilitator:
        levels = ", ".join(f"{k} {v}" for k, v in incident.levels.items())
        blocks.append(Paragraph(f"{incident.priority} ({levels})", lead="Priority:"))
    return Card(f"{incident.id}: {incident.title}", blocks)
