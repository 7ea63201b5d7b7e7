"""Communications: channels, the update cadence per priority, every template and who to call."""

from __future__ import annotations

from drillbook.markdown import sections, table, text
from drillbook.project import Project
from drillbook.site.fragments import role_link
from drillbook.site.messages import MILESTONES, template_body
from drillbook.site.page import COMMUNICATIONS, PRIORITY, Page, href
from drillbook.site.priority_page import priority_table


def render_communications(project: Project) -> Page:
    """Every channel, the cadence per priority, every template and the contact list."""
    org = project.org
    comms = org.communications
    channels = [(f"**{text(c.name)}**", text(c.purpose), text(c.how)) for c in comms.channels]
    audiences = [
        (text(a.name), role_link(org, a.owner_role, COMMUNICATIONS)) for a in comms.audiences
    ]
    milestones = ", ".join(MILESTONES[m].lower() for m in comms.management_milestones)
    templates = [
        sections(f"### {text(t.name)} {{#{t.id}}}", template_body(org, t.id))
        for t in comms.templates
    ]
    body = sections(
        "# Communications",
        "## Channels {#channels}",
        table(["Channel", "For", "How to reach it"], channels),
        "## Update cadence {#cadence}",
        f"Set by the incident's [priority]({href(COMMUNICATIONS, PRIORITY, 'calculator')}).",
        priority_table(org),
        f"Brief upper management as soon as the impact is understood, then {milestones}: "
        "a summary, the expected timeline and the business impact, without overwhelming them.",
        "## Audiences {#audiences}",
        table(["Audience", "Kept informed by"], audiences),
        "## Templates {#templates}",
        *templates,
        _contacts(project),
    )
    return Page(COMMUNICATIONS, "Communications", body, org.communications_doc.path)


def _contacts(project: Project) -> str:
    org = project.org
    rows = [
        (
            text(c.name),
            text(c.function),
            text(c.phone),
            text(c.email),
            role_link(org, c.role, COMMUNICATIONS) if c.role else "",
        )
        for c in org.contacts.contacts
    ]
    return sections(
        "## Contacts {#contacts}",
        table(["Who", "Call for", "Phone", "E-mail", "Usual role"], rows),
    )
