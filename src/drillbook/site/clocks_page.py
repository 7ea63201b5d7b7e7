"""The regulatory clocks: what starts each, what is due by when, and which playbooks start it."""

from __future__ import annotations

from drillbook.markdown import sections, table, text
from drillbook.org.models import Clock
from drillbook.project import Project
from drillbook.site.fragments import START_EVENTS, playbook_link, role_link
from drillbook.site.page import CLOCKS, Page


def render_clocks(project: Project) -> Page:
    """One section per clock, with the playbooks that may start it."""
    org = project.org
    body = sections(
        "# Regulatory clocks",
        "Each clock starts at a fact of the incident; tell Legal & Compliance at once so that "
        "no deadline is missed.",
        *(_clock(clock, project) for clock in org.clocks.values()),
    )
    return Page(CLOCKS, "Regulatory clocks", body, org.regulations_doc.path)


def _clock(clock: Clock, project: Project) -> str:
    org = project.org
    deadlines = [(text(d.what), d.wording) for d in clock.deadlines]
    started = [
        f"- {playbook_link(doc.model, CLOCKS)}: {text(applies.started_by)}"
        for doc in sorted(project.playbooks.values(), key=lambda d: d.model.title)
        for applies in doc.model.regulatory_clocks
        if applies.clock == clock.id
    ]
    return sections(
        f"## {text(clock.name)} {{#{clock.id}}}",
        f"**Applies when:** {text(clock.applies_when)}  \n"
        f"**Counts from:** {START_EVENTS[clock.start_event]}  \n"
        f"**Owner:** {role_link(org, clock.owner_role, CLOCKS)}",
        table(["What is due", "By when"], deadlines),
        text(clock.notes) if clock.notes else None,
        "**Playbooks that may start it:**" if started else None,
        "\n".join(started),
    )
