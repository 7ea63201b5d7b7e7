"""Cross-checks inside the organisation layer: unique ids and references that resolve."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from drillbook.crossref import duplicate_ids, unknown
from drillbook.documents import Document, Loc
from drillbook.errors import Problem
from drillbook.org.loading import Org
from drillbook.org.models import PriorityModel


def check_org(org: Org) -> Iterator[Problem]:
    """Every problem that only shows when the organisation files are read together."""
    roles, audiences = org.roles, org.audiences
    channels = {c.id for c in org.communications.channels}

    doc = org.roles_doc
    yield from duplicate_ids(doc, ("roles",), (r.id for r in doc.model.roles), "role")
    for i, role in enumerate(doc.model.roles):
        for j, hand_off in enumerate(role.hand_offs):
            yield from unknown(doc, ("roles", i, "hand_offs", j, "to"), hand_off.to, roles, "role")

    pdoc = org.priority_doc
    for i, priority in enumerate(pdoc.model.priorities):
        for j, audience_id in enumerate(priority.inform):
            loc = ("priorities", i, "inform", j)
            yield from unknown(pdoc, loc, audience_id, audiences, "audience")
    for i, metric in enumerate(pdoc.model.metrics):
        yield from duplicate_ids(
            pdoc, ("metrics", i, "levels"), (lv.id for lv in metric.levels), "level"
        )

    cdoc = org.communications_doc
    comms = cdoc.model
    yield from duplicate_ids(cdoc, ("templates",), (t.id for t in comms.templates), "template")
    yield from duplicate_ids(cdoc, ("audiences",), (a.id for a in comms.audiences), "audience")
    for i, audience in enumerate(comms.audiences):
        yield from unknown(cdoc, ("audiences", i, "owner_role"), audience.owner_role, roles, "role")
    for i, template in enumerate(comms.templates):
        yield from unknown(
            cdoc, ("templates", i, "audience"), template.audience, audiences, "audience"
        )
        yield from unknown(cdoc, ("templates", i, "channel"), template.channel, channels, "channel")

    rdoc = org.regulations_doc
    yield from duplicate_ids(rdoc, ("clocks",), (c.id for c in rdoc.model.clocks), "clock")
    for i, clock in enumerate(rdoc.model.clocks):
        yield from unknown(rdoc, ("clocks", i, "owner_role"), clock.owner_role, roles, "role")

    adoc = org.attack_doc
    yield from duplicate_ids(
        adoc, ("techniques",), (t.id for t in adoc.model.techniques), "technique"
    )

    kdoc = org.contacts_doc
    for i, contact in enumerate(kdoc.model.contacts):
        if contact.role is not None:
            yield from unknown(kdoc, ("contacts", i, "role"), contact.role, roles, "role")


def level_ids(priority: PriorityModel) -> dict[str, list[str]]:
    """Priority metric id → the ids of its levels."""
    return {m.id: [lv.id for lv in m.levels] for m in priority.metrics}


def check_levels(
    doc: Document[Any], loc: Loc, levels: Mapping[str, str], priority: PriorityModel, *, all_: bool
) -> Iterator[Problem]:
    """Problems with metric levels at ``loc``: unknown metrics or levels, and (with ``all_``)
    metrics left out."""
    known = level_ids(priority)
    for metric_id, level in levels.items():
        if metric_id not in known:
            yield from unknown(doc, (*loc, metric_id), metric_id, known, "priority metric")
        else:
            yield from unknown(
                doc, (*loc, metric_id), level, known[metric_id], f"{metric_id} level"
            )
    missing = [m for m in known if m not in levels]
    if all_ and missing:
        yield doc.problem(loc, f"give a level for {', '.join(missing)}")
