"""Faker factories for test and benchmark data: valid playbooks written into a project folder."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import yaml
from faker import Faker

REPO = Path(__file__).resolve().parent.parent
"""The drillbook checkout, whose shipped org layer the factories reuse."""

ROLES = [
    "incident-commander",
    "triage-lead",
    "forensics-analysis",
    "communications-lead",
    "legal-compliance",
    "it-operations",
]
PHASES = ["detection_and_analysis", "containment", "eradication", "recovery", "post_incident"]
TECHNIQUES = ["T1566", "T1070.001", "T1070.006", "T1505.003", "T1136", "T1098"]
TEMPLATES = ["initial-notification", "regular-update", "management-briefing"]
LEVELS = {
    "data_sensitivity": ["public", "internal", "confidential", "restricted"],
    "business_impact": ["none", "degraded", "disrupted", "halted"],
    "scope": ["single", "several", "many", "widespread"],
    "compliance_risk": ["none", "possible", "likely", "confirmed"],
}


def playbook_data(fake: Faker, playbook_id: str, *, steps_per_phase: int = 4) -> dict[str, Any]:
    """A valid playbook as plain data, with Faker prose in every free-text field."""

    def sentence() -> str:
        return str(fake.sentence(nb_words=10))

    def steps(phase: str) -> list[dict[str, Any]]:
        return [
            {
                "id": f"{phase.replace('_', '-')}-{i + 1}",
                "action": sentence(),
                "owner": fake.random_element(ROLES),
                "detail": str(fake.paragraph(nb_sentences=3)),
                "preserve_evidence": fake.boolean(),
            }
            for i in range(steps_per_phase)
        ]

    return {
        "id": playbook_id,
        "title": str(fake.catch_phrase()),
        "summary": str(fake.paragraph(nb_sentences=3)),
        "owner": "Security Operations",
        "last_reviewed": dt.date.today() - dt.timedelta(days=fake.random_int(0, 60)),
        "review_interval_days": 180,
        "tags": [str(w).lower() for w in fake.words(3, unique=True)],
        "attack": fake.random_elements(TECHNIQUES, length=3, unique=True),
        "triggers": [sentence() for _ in range(3)],
        "indicators": [sentence() for _ in range(3)],
        "priority": {
            "levels": {m: fake.random_element(lv) for m, lv in LEVELS.items()},
            "note": sentence(),
        },
        "phases": {phase: steps(phase) for phase in PHASES},
        "decision": {
            "question": sentence(),
            "owner": "incident-commander",
            "stop_if": [sentence(), sentence()],
            "observe_if": [sentence(), sentence()],
            "alerting_risk": sentence(),
        },
        "containment_plan": {
            "entry_points": [sentence(), sentence()],
            "timing": sentence(),
            "coordinated_action": sentence(),
            "owner": "incident-commander",
            "verify": [sentence()],
        },
        "cleanup_checks": [
            {"technique": t, "look_at": sentence(), "tool": sentence()} for t in TECHNIQUES[1:]
        ],
        "communications": [
            {"template": t, "milestone": m}
            for t, m in zip(TEMPLATES, ["detection", "cadence", "impact-understood"], strict=True)
        ],
        "regulatory_clocks": [{"clock": "gdpr-art33", "started_by": sentence()}],
        "lessons": [
            {
                "date": dt.date(2026, 3, 1),
                "source": "exercise",
                "reference": "TTX-2026-03",
                "lesson": sentence(),
                "change": sentence(),
            }
        ],
    }


def dump(data: dict[str, Any], schema: str = "schema/playbook.schema.json") -> str:
    """YAML text for ``data`` with the schema line first, as a playbook owner would write it."""
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return f"# yaml-language-server: $schema={schema}\n{body}"


def make_project(root: Path, *, playbooks: int = 2, seed: int = 1) -> Path:
    """A project at ``root``: the shipped org layer and ``playbooks`` generated playbooks."""
    shutil.copytree(REPO / "playbooks" / "org", root / "playbooks" / "org")
    fake = Faker()
    fake.seed_instance(seed)
    for i in range(playbooks):
        playbook_id = f"generated-{i:04d}"
        text = dump(playbook_data(fake, playbook_id))
        (root / "playbooks" / f"{playbook_id}.yaml").write_text(text, encoding="utf-8")
    return root
