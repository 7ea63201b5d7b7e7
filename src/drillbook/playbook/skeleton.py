"""A new playbook that already validates, for an owner to fill in."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from drillbook.org.loading import Org


def skeleton(playbook_id: str, org: Org, *, today: dt.date, schema_line: str) -> str:
    """The YAML text of a valid playbook named ``playbook_id``, built from the org's own ids."""
    lead = next(iter(org.roles))
    technique = next(iter(org.techniques))
    template = next(iter(org.templates))
    metrics = org.priority.metrics

    def step(phase: str) -> list[dict[str, Any]]:
        return [{"id": f"{phase}-1", "action": f"Describe the first {phase} step.", "owner": lead}]

    data: dict[str, Any] = {
        "id": playbook_id,
        "title": playbook_id.replace("-", " ").capitalize(),
        "summary": "Say in two sentences what this incident is and what matters most.",
        "owner": "Security Operations",
        "last_reviewed": today,
        "review_interval_days": 180,
        "tags": [],
        "attack": [technique],
        "triggers": ["Name the alert or report that starts this playbook."],
        "priority": {
            "levels": {m.id: m.levels[0].id for m in metrics},
            "note": "Say what raises or lowers the priority of this incident type.",
        },
        "phases": {
            "detection_and_analysis": step("detect"),
            "containment": step("contain"),
            "eradication": step("eradicate"),
            "recovery": step("recover"),
            "post_incident": step("review"),
        },
        "decision": {
            "question": "Contain now, or observe to learn more?",
            "owner": lead,
            "stop_if": ["Sensitive data is leaving, or harm outweighs what observing teaches."],
            "observe_if": ["Watching reveals the attacker's tools and reach at little cost."],
            "alerting_risk": "Say how the attacker may react when they notice the response.",
        },
        "containment_plan": {
            "entry_points": ["List every way the attacker is in or can get back in."],
            "timing": "Agree one moment for all containment actions.",
            "coordinated_action": "Describe the one simultaneous action.",
            "owner": lead,
        },
        "cleanup_checks": [
            {"technique": technique, "look_at": "What to look at.", "tool": "Which tool or log."}
        ],
        "communications": [{"template": template, "milestone": "detection"}],
    }
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return f"{schema_line}\n{body}"
