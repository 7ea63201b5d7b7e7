"""Compliance: every regulatory clock that started was met by a notification in time."""

from __future__ import annotations

from collections.abc import Iterator

from drillbook.exercise.org_ids import LEGAL, NOTIFICATION
from drillbook.exercise.rules.context import Grading
from drillbook.exercise.targets import Area, Target, minute


def deadline_minute(g: Grading, clock_id: str) -> float | None:
    """The exercise minute of a started clock's first deadline (``None``: no fixed clock)."""
    started = g.state.regulatory[clock_id]
    clock = g.org.clocks.get(clock_id)
    hours = clock.deadlines[0].hours_at_least if clock else None
    return None if hours is None else started.minute + hours * 60


def compliance(g: Grading) -> Iterator[Target]:
    """One target per regulatory clock that started."""
    for clock_id, started in g.state.regulatory.items():
        clock = g.org.clocks.get(clock_id)
        name = clock.name if clock else clock_id
        wording = clock.deadlines[0].wording if clock else "no fixed deadline"
        due = deadline_minute(g, clock_id)
        sent = [
            m
            for m in g.state.messages
            if m.template == NOTIFICATION
            and m.minute >= started.minute
            and (due is None or m.minute <= due)
        ]
        evidence = [f"{minute(started.minute)}: {name} started ({started.fact}), {wording}"]
        evidence += [f"{minute(m.minute)}: {m.role} notified the authority" for m in sent]
        if sent:
            why = f"The authority was notified {wording} of the clock starting."
        else:
            evidence.append("no notification to the authority was sent")
            why = f"Nothing went to the authority, which must hear {wording}."
        yield Target(
            area=Area.COMPLIANCE,
            id=f"compliance.{clock_id}",
            title=f"{name} met",
            met=bool(sent),
            why=why,
            evidence=evidence,
            owner=clock.owner_role if clock else LEGAL,
        )
