"""ATT&CK coverage: which playbooks cover each technique, and which techniques none covers."""

from __future__ import annotations

from drillbook.markdown import anchor_id, sections, table, text
from drillbook.project import Project
from drillbook.site.fragments import playbook_link
from drillbook.site.page import ATTACK, Page


def render_attack(project: Project) -> Page:
    """Technique → playbooks, then the catalogue's techniques that no playbook covers."""
    org = project.org
    covering: dict[str, list[str]] = {t: [] for t in org.techniques}
    for doc in sorted(project.playbooks.values(), key=lambda d: d.model.title):
        playbook = doc.model
        used = dict.fromkeys([*playbook.attack, *(c.technique for c in playbook.cleanup_checks)])
        for technique in used:
            covering[technique].append(playbook_link(playbook, ATTACK))
    rows = [
        (
            f'<span id="{anchor_id(t.id)}"></span>{t.id}',
            text(t.name),
            text(t.tactic),
            ", ".join(covering[t.id]),
        )
        for t in sorted(org.techniques.values(), key=lambda t: t.id)
        if covering[t.id]
    ]
    gaps = [
        (f'<span id="{anchor_id(t.id)}"></span>{t.id}', text(t.name), text(t.tactic))
        for t in sorted(org.techniques.values(), key=lambda t: t.id)
        if not covering[t.id]
    ]
    body = sections(
        "# ATT&amp;CK coverage",
        f"{len(rows)} of {len(org.techniques)} catalogue techniques are covered by a playbook "
        "(as an involved technique or a cleanup check).",
        "## Covered {#covered}",
        table(["Technique", "Name", "Tactic", "Playbooks"], rows),
        "## Not covered by any playbook {#gaps}",
        table(["Technique", "Name", "Tactic"], gaps) if gaps else "Every technique is covered.",
    )
    return Page(ATTACK, "ATT&CK coverage", body, org.attack_doc.path)
