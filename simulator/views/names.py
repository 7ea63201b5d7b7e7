"""How ids read on screen: role titles, phase titles, priorities and exercise minutes."""

from __future__ import annotations

from drillbook.project import Project


def role_name(project: Project, role: str) -> str:
    """A role's title, e.g. ``Incident Commander``, or its id when the org layer lacks it."""
    found = project.org.roles.get(role)
    return found.name if found else role


def roles_text(project: Project, roles: list[str]) -> str:
    """Several roles' titles, comma-separated, or ``none``."""
    return ", ".join(role_name(project, r) for r in roles) or "none"


def minute_text(minute: float) -> str:
    """An exercise minute as people say it, e.g. ``minute 12``."""
    return f"minute {minute:g}"
