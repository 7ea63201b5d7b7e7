"""The built runbook: a page per playbook with every section its YAML has; the other pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from drillbook.org.loading import load_org
from drillbook.project import ORG
from tests.site.html import Page
from tests.site.projects import EVIL

ALWAYS = [
    "triggers",
    "priority",
    "roles-engaged",
    "response-phases",
    "contain-or-observe",
    "coordinated-containment-plan",
    "cleanup-checks",
    "communications",
    "lessons-learned",
]
"""Section ids every playbook page has."""


def playbooks(root: Path) -> dict[str, dict[str, Any]]:
    """Playbook id → its YAML data."""
    return {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted((root / "playbooks").glob("*.yaml"))
    }


def test_every_playbook_has_a_page_listed_in_the_index(built: Path) -> None:
    index = Page(built / "site/playbooks/index.html")
    for playbook_id in playbooks(built):
        assert (built / f"site/playbooks/{playbook_id}.html").is_file()
        assert f"{playbook_id}.html" in index.links


def test_playbook_page_has_every_section_of_its_yaml(built: Path) -> None:
    for playbook_id, data in playbooks(built).items():
        page = Page(built / f"site/playbooks/{playbook_id}.html")
        assert set(ALWAYS) <= page.ids, playbook_id
        assert ("indicators" in page.ids) == bool(data.get("indicators"))
        assert ("regulatory-clocks" in page.ids) == bool(data.get("regulatory_clocks"))
        for phase in data["phases"].values():
            for step in phase:
                assert " ".join(step["action"].split()) in page.text
                assert " ".join(step["detail"].split()) in page.text
        for check in data["cleanup_checks"]:
            assert check["technique"] in page.text
            assert check["look_at"] in page.text
        assert all(c in page.text for c in data["decision"]["stop_if"])
        assert all(c in page.text for c in data["decision"]["observe_if"])
        assert all(e in page.text for e in data["containment_plan"]["entry_points"])
        for lesson in data.get("lessons", []):
            assert lesson["lesson"] in page.text
        for clock in data.get("regulatory_clocks", []):
            assert clock["started_by"] in page.text


def test_playbook_page_shows_templates_and_clock_deadlines(built: Path) -> None:
    org = load_org(built / ORG)
    page = Page(built / "site/playbooks/stale.html")
    for template in ("initial-notification", "regular-update", "management-briefing"):
        assert org.templates[template].body.split("\n")[0].strip() in page.text
    gdpr = org.clocks["gdpr-art33"]
    assert all(d.wording in page.text for d in gdpr.deadlines)


def test_edit_link_opens_the_yaml_source(built: Path) -> None:
    page = Page(built / "site/playbooks/minimal.html")
    assert any(link.endswith("/edit/main/playbooks/minimal.yaml") for link in page.links)
    roles = Page(built / "site/roles.html")
    assert any(link.endswith("/edit/main/playbooks/org/roles.yaml") for link in roles.links)


def test_index_flags_the_overdue_playbook_only(built: Path) -> None:
    index = Page(built / "site/playbooks/index.html")
    assert index.text.count("Review overdue") == 1
    assert "1 overdue for review" in index.text


def test_text_from_yaml_is_text_not_html(built: Path) -> None:
    for path in (built / "site").rglob("*.html"):
        assert "<img src=x" not in path.read_text(encoding="utf-8")
        assert not [link for link in Page(path).links if link.startswith("javascript:")]
    page = Page(built / "site/playbooks/evil.html")
    assert EVIL in page.text
    assert "img" not in page.tags


def test_roles_page_has_a_card_per_role_and_the_matrix(built: Path) -> None:
    org = load_org(built / ORG)
    page = Page(built / "site/roles.html")
    assert set(org.roles) <= page.ids
    assert "matrix" in page.ids
    for playbook_id in playbooks(built):
        assert f"playbooks/{playbook_id}.html" in page.links


def test_attack_page_maps_techniques_and_lists_gaps(built: Path) -> None:
    org = load_org(built / ORG)
    page = Page(built / "site/attack.html")
    covered = {
        technique
        for data in playbooks(built).values()
        for technique in [*data["attack"], *(c["technique"] for c in data["cleanup_checks"])]
    }
    assert {"covered", "gaps", "t1070-006"} <= page.ids
    uncovered = set(org.techniques) - covered
    assert uncovered
    covered_part, gaps = page.text.rsplit("Not covered by any playbook", 1)
    assert all(t in covered_part for t in covered)
    assert all(t in gaps for t in uncovered)


def test_reference_pages_cover_communications_clocks_and_priority(built: Path) -> None:
    org = load_org(built / ORG)
    comms = Page(built / "site/communications.html")
    assert set(org.templates) <= comms.ids
    assert {"channels", "cadence", "contacts"} <= comms.ids
    clocks = Page(built / "site/regulatory-clocks.html")
    assert set(org.clocks) <= clocks.ids
    priority = Page(built / "site/priority.html")
    assert {"calculator", "model", "escalation"} <= priority.ids
    assert all(e.when in priority.text for e in org.priority.escalations)


def test_home_reaches_triage_priority_and_playbooks_in_one_click(built: Path) -> None:
    home = Page(built / "site/index.html")
    assert "In an incident now?" in home.text
    assert {"priority.html#calculator", "playbooks/index.html"} <= set(home.links)


def test_hand_written_pages_join_the_navigation(built: Path) -> None:
    home = Page(built / "site/index.html")
    assert "after-action.html" in home.links
    page = Page(built / "site/after-action.html")
    assert "Hold the review within five working days." in page.text


def test_site_loads_nothing_from_outside_itself(built: Path) -> None:
    for path in (built / "site").rglob("*.html"):
        assert not [s for s in Page(path).sources if "//" in s], path
    assert (built / "site/assets/drillbook/iframe-worker/shim.js").is_file()
