"""Markdown fragments several pages share: links to roles, templates, clocks and techniques."""

from __future__ import annotations

import datetime as dt

from drillbook.markdown import anchor_id, badge, text
from drillbook.org.loading import Org
from drillbook.org.models import StartEvent
from drillbook.playbook.models import Playbook
from drillbook.site.page import ATTACK, CLOCKS, COMMUNICATIONS, ROLES, href, playbook_path

START_EVENTS = {
    StartEvent.AWARE: "becoming aware",
    StartEvent.CLASSIFIED: "classifying the incident as major",
    StartEvent.MATERIALITY_DETERMINED: "determining the incident is material",
    StartEvent.DISCOVERED: "discovery",
}
"""How each start event of a regulatory clock reads in a sentence."""


def role_link(org: Org, role_id: str, from_path: str) -> str:
    """The role's name, linked to its card."""
    return f"[{text(org.roles[role_id].name)}]({href(from_path, ROLES, role_id)})"


def template_link(org: Org, template_id: str, from_path: str) -> str:
    """The template's name, linked to it on the communications page."""
    name = org.templates[template_id].name
    return f"[{text(name)}]({href(from_path, COMMUNICATIONS, template_id)})"


def clock_link(org: Org, clock_id: str, from_path: str) -> str:
    """The clock's name, linked to it on the regulatory clocks page."""
    return f"[{text(org.clocks[clock_id].name)}]({href(from_path, CLOCKS, clock_id)})"


def technique_link(technique_id: str, from_path: str) -> str:
    """The ATT&CK id, linked to its row on the coverage page."""
    return f"[{technique_id}]({href(from_path, ATTACK, anchor_id(technique_id))})"


def playbook_link(playbook: Playbook, from_path: str) -> str:
    """The playbook's title, linked to its page."""
    return f"[{text(playbook.title)}]({href(from_path, playbook_path(playbook.id))})"


def review_badge(playbook: Playbook, today: dt.date) -> str:
    """A "Current" or "Review overdue" badge, with the due date."""
    due = playbook.due_for_review().isoformat()
    if playbook.is_stale(today):
        return badge(f"Review overdue since {due}", "stale")
    return badge(f"Current, review by {due}", "current")
