"""The playbook index: every playbook with its tags, ATT&CK ids, owner and review status."""

from __future__ import annotations

import datetime as dt

from drillbook.markdown import sections, table, text
from drillbook.project import Project
from drillbook.site.fragments import playbook_link, review_badge, technique_link
from drillbook.site.page import PLAYBOOK_INDEX, Page


def render_index(project: Project, today: dt.date) -> Page:
    """A table of every playbook, with a badge on those whose review is overdue."""
    here = PLAYBOOK_INDEX
    playbooks = sorted((d.model for d in project.playbooks.values()), key=lambda p: p.title)
    rows = [
        (
            playbook_link(p, here),
            ", ".join(text(tag) for tag in p.tags),
            ", ".join(technique_link(t, here) for t in p.attack),
            text(p.owner),
            p.last_reviewed.isoformat(),
            review_badge(p, today),
        )
        for p in playbooks
    ]
    stale = sum(p.is_stale(today) for p in playbooks)
    status = f"{len(playbooks)} playbooks" + (f", {stale} overdue for review." if stale else ".")
    body = sections(
        "# Playbooks",
        "Pick the playbook for the incident type; each lists its steps, owners and deadlines.",
        status,
        table(["Playbook", "Tags", "ATT&amp;CK", "Owner", "Last reviewed", "Review"], rows),
    )
    return Page(here, "All playbooks", body, None)
