"""Communication: first notice in time, updates at the priority's cadence, management, drafts."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from drillbook.exercise.drafts import check_draft
from drillbook.exercise.events import MessageSent
from drillbook.exercise.org_ids import BRIEFING, COMMS, INITIAL, TEAM_UPDATES
from drillbook.exercise.rules.context import Grading
from drillbook.exercise.targets import Area, Target, minute
from drillbook.org.priority import describe
from drillbook.scenario.models import Fact


def communication(g: Grading) -> Iterator[Target]:
    """The communication targets."""
    yield _initial_notification(g)
    yield _cadence(g)
    yield _tasks_on_time(g)
    if any(t.template == BRIEFING for t in g.scenario.communications):
        yield _management(g)
    yield _drafts(g)


def _target(suffix: str, title: str, met: bool, why: str, evidence: list[str]) -> Target:
    return Target(
        area=Area.COMMUNICATION,
        id=f"communication.{suffix}",
        title=title,
        met=met,
        why=why,
        evidence=evidence,
        owner=COMMS,
    )


def _sent(g: Grading, *templates: str) -> list[MessageSent]:
    return [m for m in g.state.messages if m.template in templates]


def _initial_notification(g: Grading) -> Target:
    tasks = [t for t in g.scenario.communications if t.template == INITIAL]
    priority = g.model_priority(0)
    due = (
        tasks[0].due_minute if tasks else describe(g.org.priority, priority).response_target_minutes
    )
    sent = _sent(g, INITIAL)
    title = "Initial notification sent in time"
    if not sent:
        why = f"No initial notification went out; it was due by {minute(due)}."
        return _target("initial-notification", title, False, why, [f"due {minute(due)}"])
    first = sent[0]
    met = first.minute <= due
    evidence = [f"{minute(first.minute)}: {first.role} sent the initial notification (due {due})"]
    why = "It went out before it was due." if met else f"It went out after {minute(due)}."
    return _target("initial-notification", title, met, why, evidence)


def _cadence(g: Grading) -> Target:
    sent = _sent(g, *TEAM_UPDATES)
    title = "Updates kept the cadence of the priority"
    if not sent:
        why = "No notification or update went to the team, so there was no cadence."
        return _target("update-cadence", title, False, why, ["no team update was sent"])
    times = [m.minute for m in sent] + [g.end]
    evidence: list[str] = []
    late = 0
    last = len(times) - 2
    for n, (start, stop) in enumerate(pairwise(times)):
        due = update_due(g, start, stop)
        what = "end" if n == last else "next update"
        evidence.append(
            f"{minute(start)} to {minute(stop)} ({what}): next update was due by {minute(due)}"
        )
        if stop > due:
            late += 1
    met = late == 0
    why = (
        "No gap between updates exceeded the cadence of the priority."
        if met
        else f"{late} gap(s) between updates were longer than the priority's cadence."
    )
    return _target("update-cadence", title, met, why, evidence)


def update_due(g: Grading, last: float, until: float) -> float:
    """When the update after one sent at ``last`` is due, given escalations up to ``until``.

    The cadence of the priority at ``last`` applies; an escalation released in between brings
    the next update forward to the new priority's cadence counted from the escalation.
    """
    cadence = g.org.priority

    def every(at: float) -> int:
        return describe(cadence, g.model_priority(at)).update_cadence_minutes

    due = last + every(last)
    for release in g.state.released.values():
        if last < release.minute <= until:
            due = min(due, release.minute + every(release.minute))
    return due


def _tasks_on_time(g: Grading) -> Target:
    evidence, missed = [], 0
    for task in g.scenario.communications:
        if task.minute > g.end:
            continue
        sent = g.state.sent(task.id)
        if not sent:
            missed += 1
            evidence.append(f"{task.id} ({task.template}) due {minute(task.due_minute)}: not sent")
        elif sent[0].minute > task.due_minute:
            missed += 1
            line = f"{minute(sent[0].minute)}: {task.id} sent, due {minute(task.due_minute)}: late"
            evidence.append(line)
        else:
            evidence.append(f"{minute(sent[0].minute)}: {task.id} sent, due {task.due_minute}")
    met = missed == 0
    why = (
        "Every message was sent by its due minute."
        if met
        else f"{missed} message(s) late or missing."
    )
    return _target("tasks-on-time", "Every message sent by its due minute", met, why, evidence)


def _management(g: Grading) -> Target:
    tasks = [t for t in g.scenario.communications if t.template == BRIEFING]
    understood = g.state.facts.get(Fact.IMPACT_UNDERSTOOD, float(tasks[0].minute))
    due = tasks[0].due_minute
    sent = _sent(g, BRIEFING)
    title = "Management informed once the impact was understood, not too often"
    evidence = [f"{minute(understood)}: impact understood; first briefing due {minute(due)}"]
    evidence += [f"{minute(m.minute)}: {m.role} briefed management" for m in sent]
    if not sent:
        return _target("management", title, False, "Management was never briefed.", evidence)
    problems = []
    if sent[0].minute > due:
        problems.append(f"the first briefing came {sent[0].minute - due:g} min late")
    if sent[0].minute < understood:
        problems.append("the first briefing came before the impact was understood")
    if len(sent) > len(tasks):
        problems.append(f"{len(sent)} briefings for {len(tasks)} milestones overwhelm management")
    why = (
        "Management was briefed once the impact was clear and at the milestones only."
        if not problems
        else "; ".join(problems).capitalize() + "."
    )
    return _target("management", title, not problems, why, evidence)


def _drafts(g: Grading) -> Target:
    templates = g.org.templates
    evidence, bad = [], 0
    for message in g.state.messages:
        template = templates.get(message.template)
        if template is None:
            continue
        check = check_draft(message.text, template)
        bad += not check.ok
        evidence.append(f"{minute(message.minute)}: {message.template}: {check.describe()}")
    title = "Each message had its template's parts and stayed short"
    if not evidence:
        return _target("drafts", title, False, "No message was sent.", ["no message was sent"])
    why = (
        "Every message covered its template's parts within the length limit."
        if bad == 0
        else f"{bad} of {len(evidence)} messages lacked parts or ran too long."
    )
    return _target("drafts", title, bad == 0, why, evidence)
