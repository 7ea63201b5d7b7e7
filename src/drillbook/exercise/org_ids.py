"""The role and template ids of the organisation layer that the exercise engine relies on.

The grading rules and the scripted teams name these; an organisation that renames one is told
so when its project is checked or an exercise is created, instead of being graded wrongly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drillbook.errors import Problem

if TYPE_CHECKING:
    from drillbook.org.loading import Org

COMMANDER = "incident-commander"
"""Owns delegation, sees the triage board, and acts for any role nobody holds."""
TRIAGER = "triage-lead"
"""Owns prioritisation."""
COMMS = "communications-lead"
"""Owns communication."""
LEGAL = "legal-compliance"
"""Owns a regulatory clock that names no owner, and notifies the authorities."""

INITIAL = "initial-notification"
"""The template of the first notice to the response team."""
REGULAR_UPDATE = "regular-update"
"""The template of the team's regular updates."""
TEAM_UPDATES = (INITIAL, REGULAR_UPDATE)
"""The templates that keep the response team's cadence."""
BRIEFING = "management-briefing"
"""The template of management briefings."""
NOTIFICATION = "regulator-notification"
"""The template of notifications to an authority."""

ROLES = (COMMANDER, TRIAGER, COMMS, LEGAL)
"""Every role id the engine names."""
TEMPLATES = (INITIAL, REGULAR_UPDATE, BRIEFING, NOTIFICATION)
"""Every communication template id the engine names."""


def check_engine_ids(org: Org) -> list[Problem]:
    """One problem per organisation file that lacks role or template ids the engine needs."""
    out = []
    roles = [r for r in ROLES if r not in org.roles]
    if roles:
        out.append(org.roles_doc.problem(("roles",), _message("role", roles)))
    templates = [t for t in TEMPLATES if t not in org.templates]
    if templates:
        out.append(org.communications_doc.problem(("templates",), _message("template", templates)))
    return out


def _message(kind: str, missing: list[str]) -> str:
    names = ", ".join(missing)
    return (
        f"the exercise engine grades and plays with the {kind} id(s) {names}, which are missing:"
        f" add them or rename them back"
    )
