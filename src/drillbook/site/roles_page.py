"""Role cards for every seat on the response team, and who owns what in each playbook."""

from __future__ import annotations

from drillbook.markdown import bullets, indent, sections, table, text
from drillbook.org.models import Role
from drillbook.project import Project
from drillbook.site.engagement import duties
from drillbook.site.fragments import playbook_link, role_link
from drillbook.site.page import ROLES, Page


def render_roles(project: Project) -> Page:
    """A card per role, then the role-by-playbook matrix."""
    org = project.org
    cards = "\n\n".join(_list_item(_card(role, project)) for role in org.roles.values())
    body = sections(
        "# Roles",
        "Assign these roles as soon as an incident is declared; one person may hold several.",
        f'<div class="grid cards" markdown>\n\n{cards}\n\n</div>',
        "## Who owns what {#matrix}",
        "Steps owned per playbook, and the decisions and messages each role is responsible for.",
        _matrix(project),
    )
    return Page(ROLES, "Roles", body, org.roles_doc.path)


def _list_item(markdown: str) -> str:
    first, _, rest = markdown.partition("\n")
    return f"-   {first}\n{indent(rest)}"


def _card(role: Role, project: Project) -> str:
    org = project.org
    hand_offs = "\n".join(
        f"- to {role_link(org, h.to, ROLES)}: {text(h.what)}" for h in role.hand_offs
    )
    return sections(
        f"### {text(role.name)} ({text(role.short)}) {{#{role.id}}}",
        f"*{text(role.mission)}*",
        "**Responsibilities**",
        bullets(role.responsibilities),
        "**Decides**",
        bullets(role.decisions),
        "**Hands off**" if role.hand_offs else None,
        hand_offs,
        "**First hour**" if role.first_hour else None,
        bullets(role.first_hour, checkbox=True),
    )


def _matrix(project: Project) -> str:
    org = project.org
    roles = list(org.roles.values())
    rows = []
    for doc in sorted(project.playbooks.values(), key=lambda d: d.model.title):
        owned = duties(doc.model, org)
        cells = [text(owned[r.id].summary()) if r.id in owned else "" for r in roles]
        rows.append((playbook_link(doc.model, ROLES), *cells))
    headers = ["Playbook", *(f"[{text(r.short)}](#{r.id})" for r in roles)]
    return table(headers, rows)
