"""Every section of the practices the project is built on has content behind it in the runbook.

The table mirrors the design's seed coverage table (runbook column): one check per section,
each looking at the shipped playbooks and organisation layer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from drillbook.org.models import Milestone
from drillbook.project import Project, load_project
from tests.factories import REPO

SHIPPED = load_project(REPO)
INCIDENT_TYPES = {
    "phishing",
    "malware",
    "ransomware",
    "data-exfiltration",
    "account-compromise",
    "web-shell",
}


def delegation(project: Project) -> None:
    names = {role.name for role in project.org.roles.values()}
    for seed_role in ("Incident Commander", "Triage Lead", "Communications Lead"):
        assert seed_role in names
    assert any("Forensics" in n for n in names) and any("Legal" in n for n in names)
    owners = {step.owner for doc in project.playbooks.values() for _, _, step in doc.model.steps()}
    assert owners == set(project.org.roles), "every role owns steps in some playbook"
    for role in project.org.roles.values():
        assert role.first_hour, f"{role.id} has no first-hour card"


def communication(project: Project) -> None:
    assert len(project.org.communications.channels) >= 2
    for template in ("initial-notification", "regular-update", "stakeholder-update"):
        assert template in project.org.templates
    cadences = [p.update_cadence_minutes for p in project.org.priority.priorities]
    assert cadences == sorted(cadences), "more urgent incidents are updated more often"
    for doc in project.playbooks.values():
        milestones = {c.milestone for c in doc.model.communications}
        assert {Milestone.DETECTION, Milestone.CADENCE} <= milestones, doc.model.id


def when_to_stop(project: Project) -> None:
    for doc in project.playbooks.values():
        decision = doc.model.decision
        assert decision.stop_if and decision.observe_if, doc.model.id
    criteria = [c.lower() for d in project.playbooks.values() for c in d.model.decision.stop_if]
    assert any("exfiltrat" in c for c in criteria), "stop when data is actively leaving"


def alerting_the_attacker(project: Project) -> None:
    for doc in project.playbooks.values():
        plan = doc.model.containment_plan
        assert len(plan.entry_points) >= 2 and plan.coordinated_action, doc.model.id
        assert doc.model.decision.alerting_risk


def cleanup_and_hiding(project: Project) -> None:
    checked = {c.technique for d in project.playbooks.values() for c in d.model.cleanup_checks}
    assert any(t.startswith("T1070") for t in checked)
    assert {"T1070.006", "T1505.003", "T1136", "T1098"} <= checked
    for doc in project.playbooks.values():
        assert any(s.preserve_evidence for _, _, s in doc.model.steps()), doc.model.id


def management(project: Project) -> None:
    briefing = project.org.templates["management-briefing"]
    assert {"summary", "timeline", "business_impact", "next_update"} <= {
        p.id for p in briefing.parts
    }
    assert {Milestone.CONTAINMENT, Milestone.ERADICATION, Milestone.RECOVERY} <= set(
        project.org.communications.management_milestones
    )
    for doc in project.playbooks.values():
        templates = {c.template for c in doc.model.communications}
        assert "management-briefing" in templates, doc.model.id


def prioritising(project: Project) -> None:
    metrics = {m.id for m in project.org.priority.metrics}
    assert metrics == {"data_sensitivity", "business_impact", "scope", "compliance_risk"}
    assert project.org.priority.escalations


def playbooks(project: Project) -> None:
    assert set(project.playbooks) >= INCIDENT_TYPES
    for doc in project.playbooks.values():
        book = doc.model
        assert book.owner and book.review_interval_days
        assert not book.is_stale(dt.date(2026, 12, 4)), book.id
        assert book.lessons, f"{book.id} has an empty lessons-learned log"


SECTIONS: dict[str, Callable[[Project], None]] = {
    "1 Delegation": delegation,
    "2 Communication": communication,
    "3 When to stop an attack": when_to_stop,
    "4 Risks of alerting the attacker": alerting_the_attacker,
    "5 Attacker cleanup and hiding": cleanup_and_hiding,
    "6 Management communication": management,
    "7 Prioritising": prioritising,
    "8 Playbooks": playbooks,
}


@pytest.mark.parametrize("section", SECTIONS)
def test_seed_section_is_covered(section: str) -> None:
    SECTIONS[section](SHIPPED)


def test_regulatory_clocks_match_the_rules() -> None:
    clocks = SHIPPED.org.clocks
    hours = {cid: [d.hours_at_least for d in clock.deadlines] for cid, clock in clocks.items()}
    assert hours["gdpr-art33"] == [72]
    assert hours["nis2-art23"][:2] == [24, 72]
    assert clocks["sec-8k-105"].deadlines[0].business_days == 4
    assert clocks["hipaa-breach"].deadlines[0].days == 60
    assert hours["dora-major"][0] == 4
    assert {c.start_event for c in clocks.values()} >= {"aware", "materiality-determined"}
