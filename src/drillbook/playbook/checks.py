"""Cross-checks of a playbook against the organisation layer, and its review staleness."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from drillbook.crossref import unknown
from drillbook.documents import Document, Loc
from drillbook.errors import Problem, Severity
from drillbook.org.checks import check_levels
from drillbook.org.loading import Org
from drillbook.playbook.models import Playbook


def check_playbook(doc: Document[Playbook], org: Org) -> Iterator[Problem]:
    """Every reference in the playbook that does not resolve, and every duplicate step id."""
    playbook = doc.model
    roles, techniques = org.roles, org.techniques
    if doc.path.stem != playbook.id:
        yield doc.problem(("id",), f"the id {playbook.id!r} differs from the file name: rename one")
    seen: dict[str, str] = {}
    for phase, i, step in playbook.steps():
        loc: Loc = ("phases", phase, i)
        if step.id in seen:
            yield doc.problem(
                (*loc, "id"), f"duplicate step id {step.id!r} (first in {seen[step.id]})"
            )
        seen.setdefault(step.id, phase)
        yield from unknown(doc, (*loc, "owner"), step.owner, roles, "role")
    for i, technique in enumerate(playbook.attack):
        yield from unknown(doc, ("attack", i), technique, techniques, "ATT&CK technique")
    for i, check in enumerate(playbook.cleanup_checks):
        loc = ("cleanup_checks", i, "technique")
        yield from unknown(doc, loc, check.technique, techniques, "ATT&CK technique")
    yield from unknown(doc, ("decision", "owner"), playbook.decision.owner, roles, "role")
    owner = playbook.containment_plan.owner
    yield from unknown(doc, ("containment_plan", "owner"), owner, roles, "role")
    for i, due in enumerate(playbook.communications):
        loc = ("communications", i, "template")
        yield from unknown(doc, loc, due.template, org.templates, "template")
    for i, applies in enumerate(playbook.regulatory_clocks):
        loc = ("regulatory_clocks", i, "clock")
        yield from unknown(doc, loc, applies.clock, org.clocks, "regulatory clock")
    yield from check_levels(
        doc, ("priority", "levels"), playbook.priority.levels, org.priority, all_=True
    )


def check_staleness(doc: Document[Playbook], today: dt.date) -> Iterator[Problem]:
    """A warning when the playbook's review is overdue."""
    playbook = doc.model
    if playbook.is_stale(today):
        due = playbook.due_for_review()
        message = f"review overdue since {due.isoformat()}: review the playbook and update it"
        yield doc.problem(("last_reviewed",), message, severity=Severity.WARNING)
