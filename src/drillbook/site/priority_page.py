"""The priority model as tables, and a calculator that runs in the page from the same data."""

from __future__ import annotations

import json
from typing import Any

from drillbook.markdown import attr, sections, table, text
from drillbook.org.loading import Org
from drillbook.org.models import PriorityLevel
from drillbook.org.priority import describe
from drillbook.project import Project
from drillbook.site.page import COMMUNICATIONS, PRIORITY, Page, href
from drillbook.site.static import ASSETS

CALCULATOR_JS = ASSETS / "calculator.js"
"""The calculator's script, inlined into the page so that it needs no external file."""


def render_priority(project: Project) -> Page:
    """Triage: the calculator first, then the model, what each priority means, escalation."""
    org = project.org
    model = org.priority
    metrics = [
        (
            f"**{text(m.name)}**<br>{text(m.question)}",
            "<br>".join(
                f"{text(lv.label)} ({lv.score}): {text(lv.description)}" for lv in m.levels
            ),
        )
        for m in model.metrics
    ]
    thresholds = [f"total ≥ {t.min_total} → **{t.priority}**" for t in model.rule.thresholds]
    floors = [
        f"{text(_metric_name(org, f.metric))} is {text(_level_label(org, f.metric, f.level))} "
        f"→ at least **{f.at_least}**"
        for f in model.rule.floors
    ]
    escalations = [(text(e.when), text(e.action)) for e in model.escalations]
    body = sections(
        "# Triage and priority",
        "Score each metric, read the priority, then inform and update as it says. "
        "Re-score whenever an escalation sign appears.",
        "## Score the incident {#calculator}",
        calculator(org),
        "## The model {#model}",
        table(["Metric", "Levels (score)"], metrics),
        "The scores add up; the most urgent threshold reached applies, else "
        f"**{list(PriorityLevel)[-1]}**: " + "; ".join(thresholds) + ".",
        "Whatever the total, these levels lift the priority: " + "; ".join(floors) + "."
        if floors
        else None,
        "## What each priority means {#priorities}",
        priority_table(org),
        f"[Channels, templates and contacts]({href(PRIORITY, COMMUNICATIONS)})",
        "## When to escalate {#escalation}" if escalations else None,
        table(["When", "Do"], escalations) if escalations else None,
    )
    return Page(PRIORITY, "Triage and priority", body, org.priority_doc.path)


def calculator(org: Org) -> str:
    """The calculator as one raw HTML block: level pickers, the answer, its model and script."""
    selects = "\n".join(
        f'<label>{attr(m.name)} <select data-metric="{m.id}">'
        + "".join(f'<option value="{lv.id}">{attr(lv.label)}</option>' for lv in m.levels)
        + "</select></label>"
        for m in org.priority.metrics
    )
    fields = [
        ("Priority", "priority"),
        ("Meaning", "name"),
        ("Total score", "total"),
        ("Respond within", "response"),
        ("Update every", "cadence"),
        ("Inform", "inform"),
        ("Management briefing", "briefing"),
    ]
    answer = "\n".join(f'<dt>{label}</dt><dd data-out="{key}"></dd>' for label, key in fields)
    data = json.dumps(calculator_model(org), sort_keys=True).replace("<", "\\u003c")
    script = CALCULATOR_JS.read_text(encoding="utf-8").strip()
    return (
        '<div id="drillbook-calculator" class="drillbook-calculator">\n'
        f'<form class="drillbook-calculator__levels">\n{selects}\n</form>\n'
        f'<dl class="drillbook-calculator__answer" aria-live="polite">\n{answer}\n</dl>\n'
        f'<script type="application/json" id="drillbook-priority-model">{data}</script>\n'
        f"<script>\n{script}\n</script>\n"
        "</div>"
    )


def calculator_model(org: Org) -> dict[str, Any]:
    """The priority model as the calculator's script reads it."""
    model = org.priority
    return {
        "order": [p.value for p in PriorityLevel],
        "metrics": [
            {"id": m.id, "scores": {lv.id: lv.score for lv in m.levels}} for m in model.metrics
        ],
        "thresholds": [t.model_dump(mode="json") for t in model.rule.thresholds],
        "floors": [f.model_dump(mode="json") for f in model.rule.floors],
        "priorities": {p.value: _meaning(org, p) for p in PriorityLevel},
    }


def _meaning(org: Org, level: PriorityLevel) -> dict[str, Any]:
    meaning = describe(org.priority, level)
    return {
        "name": meaning.name,
        "response": _minutes(meaning.response_target_minutes),
        "cadence": _minutes(meaning.update_cadence_minutes),
        "inform": [org.audiences[a].name for a in meaning.inform],
        "briefing": meaning.management_briefing,
    }


def priority_table(org: Org) -> str:
    """What each priority means: response target, update cadence, who to inform, briefings."""
    rows = []
    for level in PriorityLevel:
        meaning = _meaning(org, level)
        rows.append(
            (
                f"**{level}** {text(meaning['name'])}",
                meaning["response"],
                meaning["cadence"],
                ", ".join(text(name) for name in meaning["inform"]),
                "yes" if meaning["briefing"] else "no",
            )
        )
    headers = ["Priority", "Respond within", "Update every", "Inform", "Management briefing"]
    return table(headers, rows)


def _minutes(minutes: int) -> str:
    """``90`` → ``90 minutes``, ``240`` → ``4 hours``, ``1440`` → ``1 day``."""
    for size, unit in ((1440, "day"), (60, "hour")):
        if minutes % size == 0:
            count = minutes // size
            return f"{count} {unit}{'' if count == 1 else 's'}"
    return f"{minutes} minutes"


def _metric_name(org: Org, metric_id: str) -> str:
    return next(m.name for m in org.priority.metrics if m.id == metric_id)


def _level_label(org: Org, metric_id: str, level_id: str) -> str:
    metric = next(m for m in org.priority.metrics if m.id == metric_id)
    return next(lv.label for lv in metric.levels if lv.id == level_id)
