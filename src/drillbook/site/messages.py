"""How messages read on a page: when each falls due, and a template's parts and example."""

from __future__ import annotations

from drillbook.markdown import code_block, sections, text
from drillbook.org.loading import Org
from drillbook.org.models import Milestone

MILESTONES = {
    Milestone.DETECTION: "At detection",
    Milestone.IMPACT_UNDERSTOOD: "When the impact is understood",
    Milestone.CONTAINMENT: "At containment",
    Milestone.ERADICATION: "At eradication",
    Milestone.RECOVERY: "At recovery",
    Milestone.CLOSURE: "At closure",
    Milestone.CADENCE: "At every update interval",
}
"""When a communication falls due, as a responder reads it."""


def template_body(org: Org, template_id: str) -> str:
    """A template's purpose, required parts and example, as Markdown."""
    template = org.templates[template_id]
    channel = next(c for c in org.communications.channels if c.id == template.channel)
    parts = "\n".join(f"- **{text(p.label)}**: {text(p.hint)}" for p in template.parts)
    return sections(
        f"**{text(template.name)}** to {text(org.audiences[template.audience].name)} "
        f"via {text(channel.name)}. {text(template.purpose)}",
        parts,
        f"At most {template.max_words} words.",
        code_block(template.body),
    )
