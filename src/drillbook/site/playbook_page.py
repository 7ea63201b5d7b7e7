"""One page per playbook: everything a responder needs for one incident type, in order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import yaml

from drillbook.markdown import (
    admonition,
    badge,
    bullets,
    indent,
    sections,
    table,
    tabs,
    text,
)
from drillbook.org.loading import Org
from drillbook.org.priority import describe, priority_of
from drillbook.playbook.models import PHASE_TITLES, Playbook, Step
from drillbook.scenario.models import ScenarioTemplate
from drillbook.site.engagement import duties
from drillbook.site.fragments import (
    START_EVENTS,
    clock_link,
    review_badge,
    role_link,
    technique_link,
    template_link,
)
from drillbook.site.messages import MILESTONES, template_body
from drillbook.site.page import PRIORITY, SCENARIOS, Page, href, playbook_path


def render_playbook(
    playbook: Playbook,
    org: Org,
    source: Path,
    today: dt.date,
    scenarios: Sequence[ScenarioTemplate] = (),
) -> Page:
    """The page of one playbook, with every section its YAML has and the scenarios for it."""
    here = playbook_path(playbook.id)
    front = yaml.safe_dump({"tags": playbook.tags}, sort_keys=False) if playbook.tags else ""
    body = sections(
        f"---\n{front}---" if front else None,
        f"# {text(playbook.title)}",
        admonition("abstract", "Summary", text(playbook.summary)),
        _facts(playbook, today, here),
        "## Triggers",
        bullets(playbook.triggers),
        "## Indicators" if playbook.indicators else None,
        bullets(playbook.indicators),
        _priority(playbook, org, here),
        _roles(playbook, org, here),
        _phases(playbook, org, here),
        _decision(playbook, org, here),
        _containment(playbook, org, here),
        _cleanup(playbook, org, here),
        _communications(playbook, org, here),
        _clocks(playbook, org, here),
        _lessons(playbook),
        _practice(scenarios, here),
    )
    return Page(here, playbook.title, body, source)


def _facts(playbook: Playbook, today: dt.date, here: str) -> str:
    techniques = ", ".join(technique_link(t, here) for t in playbook.attack)
    return (
        f"**Owner:** {text(playbook.owner)} · "
        f"**Last reviewed:** {playbook.last_reviewed.isoformat()} · "
        f"{review_badge(playbook, today)}  \n"
        f"**ATT&amp;CK:** {techniques}"
    )


def _priority(playbook: Playbook, org: Org, here: str) -> str:
    model = org.priority
    levels = playbook.priority.levels
    rows = []
    for metric in model.metrics:
        level = next(lv for lv in metric.levels if lv.id == levels[metric.id])
        rows.append((text(metric.name), text(level.label), str(level.score)))
    start = describe(model, priority_of(model, levels))
    return sections(
        "## Priority",
        table(["Metric", "Usual level", "Score"], rows),
        f"Usual starting priority: **{start.id} {text(start.name)}**. "
        f"{text(playbook.priority.note)}",
        f"[Score this incident now]({href(here, PRIORITY, 'calculator')}) · "
        f"[When to escalate]({href(here, PRIORITY, 'escalation')})",
    )


def _roles(playbook: Playbook, org: Org, here: str) -> str:
    rows = [
        (role_link(org, role, here), text(duty.summary()))
        for role, duty in duties(playbook, org).items()
    ]
    return sections("## Roles engaged", table(["Role", "Owns"], rows))


def _phases(playbook: Playbook, org: Org, here: str) -> str:
    parts = ["## Response phases"]
    for name, steps in playbook.phases.items():
        if steps:
            parts.append(f"### {PHASE_TITLES[name]}")
            parts.append("\n".join(_step(step, org, here) for step in steps))
    return sections(*parts)


def _step(step: Step, org: Org, here: str) -> str:
    evidence = " " + badge("preserve evidence first", "evidence") if step.preserve_evidence else ""
    line = f"- [ ] **{text(step.action)}** · {role_link(org, step.owner, here)}{evidence}"
    return f"{line}\n\n{indent(text(step.detail))}\n" if step.detail else line


def _decision(playbook: Playbook, org: Org, here: str) -> str:
    decision = playbook.decision
    return sections(
        "## Contain or observe?",
        admonition(
            "question",
            decision.question,
            f"Decided by {role_link(org, decision.owner, here)}; revisit an "
            f"observe decision every {decision.review_every_minutes} minutes.",
        ),
        "**Stop the attack now if:**",
        bullets(decision.stop_if),
        "**Observe a little longer if:**",
        bullets(decision.observe_if),
        admonition("warning", "Risk of alerting the attacker", text(decision.alerting_risk)),
    )


def _containment(playbook: Playbook, org: Org, here: str) -> str:
    plan = playbook.containment_plan
    return sections(
        "## Coordinated containment plan",
        "Close every entry point in one coordinated action, so the attacker cannot react.",
        "**Entry points:**",
        bullets(plan.entry_points, checkbox=True),
        f"**Timing:** {text(plan.timing)}",
        admonition("danger", "The coordinated action", text(plan.coordinated_action)),
        f"**Go given by:** {role_link(org, plan.owner, here)}",
        "**Verify the attacker is out:**" if plan.verify else None,
        bullets(plan.verify, checkbox=True),
    )


def _cleanup(playbook: Playbook, org: Org, here: str) -> str:
    rows = [
        (
            technique_link(check.technique, here),
            text(org.techniques[check.technique].name),
            text(check.look_at),
            text(check.tool),
        )
        for check in playbook.cleanup_checks
    ]
    return sections(
        "## Cleanup checks",
        "Signs that the attacker hid their tracks or left a way back in.",
        table(["ATT&amp;CK", "Technique", "Look at", "Tool"], rows),
    )


def _communications(playbook: Playbook, org: Org, here: str) -> str:
    rows = []
    for due in playbook.communications:
        template = org.templates[due.template]
        rows.append(
            (
                MILESTONES[due.milestone],
                template_link(org, template.id, here),
                text(org.audiences[template.audience].name),
                text(due.note or ""),
            )
        )
    used = dict.fromkeys(due.template for due in playbook.communications)
    return sections(
        "## Communications",
        table(["When", "Message", "To", "Include"], rows),
        tabs((org.templates[t].name, template_body(org, t)) for t in used),
    )


def _clocks(playbook: Playbook, org: Org, here: str) -> str | None:
    if not playbook.regulatory_clocks:
        return None
    rows = []
    for applies in playbook.regulatory_clocks:
        clock = org.clocks[applies.clock]
        deadlines = "<br>".join(f"{text(d.what)}: {d.wording}" for d in clock.deadlines)
        rows.append(
            (
                clock_link(org, clock.id, here),
                text(applies.started_by),
                f"from {START_EVENTS[clock.start_event]}",
                deadlines,
                role_link(org, clock.owner_role, here),
            )
        )
    return sections(
        "## Regulatory clocks",
        table(["Clock", "Started by", "Counts", "Deadlines", "Owner"], rows),
    )


def _practice(scenarios: Sequence[ScenarioTemplate], here: str) -> str | None:
    if not scenarios:
        return None
    rows = [
        (
            f"[{text(t.title)}]({href(here, SCENARIOS, t.id)})",
            f"{t.duration_minutes} min",
            text(t.summary),
        )
        for t in scenarios
    ]
    return sections(
        "## Practise it",
        "Tabletop scenarios that exercise this playbook, for a team or a solo drill.",
        table(["Scenario", "Duration", "What happens"], rows),
    )


def _lessons(playbook: Playbook) -> str:
    if not playbook.lessons:
        return sections("## Lessons learned", "No lessons recorded yet.")
    rows = [
        (
            lesson.date.isoformat(),
            lesson.source.value,
            text(lesson.reference),
            text(lesson.lesson),
            text(lesson.change),
        )
        for lesson in playbook.lessons
    ]
    return sections(
        "## Lessons learned",
        table(["Date", "Source", "Reference", "Lesson", "Change made"], rows),
    )
