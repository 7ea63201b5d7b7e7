"""Who does what in a playbook: the duties of each role, for role tables and the matrix."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from drillbook.org.loading import Org
from drillbook.playbook.models import Playbook


@dataclass
class Duties:
    """What one role owns in one playbook."""

    steps: int = 0
    """How many steps the role owns."""
    also: list[str] = field(default_factory=list)
    """Other duties, e.g. "contain-or-observe decision"."""

    def summary(self) -> str:
        """e.g. ``3 steps; contain-or-observe decision``."""
        parts = [f"{self.steps} step{'' if self.steps == 1 else 's'}"] if self.steps else []
        return "; ".join(parts + self.also)


def duties(playbook: Playbook, org: Org) -> dict[str, Duties]:
    """Role id → its duties in ``playbook``, in the org's role order, engaged roles only."""
    steps = Counter(step.owner for _, _, step in playbook.steps())
    also: dict[str, list[str]] = {}
    also.setdefault(playbook.decision.owner, []).append("contain-or-observe decision")
    also.setdefault(playbook.containment_plan.owner, []).append("go for coordinated containment")
    for due in playbook.communications:
        owner = org.audiences[org.templates[due.template].audience].owner_role
        name = org.templates[due.template].name.lower()
        if name not in also.setdefault(owner, []):
            also[owner].append(name)
    for applies in playbook.regulatory_clocks:
        clock = org.clocks[applies.clock]
        also.setdefault(clock.owner_role, []).append(f"{clock.name} clock")
    return {
        role: Duties(steps[role], also.get(role, []))
        for role in org.roles
        if steps[role] or role in also
    }
