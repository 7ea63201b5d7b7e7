"""Regulatory clocks that started, with their first deadline and the time left."""

from __future__ import annotations

from drillbook.exercise.views import RunningClock
from views.texts import table


def show_clocks(clocks: list[RunningClock], minute: float) -> None:
    """A table of the running clocks; nothing when none has started."""
    if not clocks:
        return
    rows: list[dict[str, object]] = [
        {
            "clock": c.name,
            "started (min)": c.started_minute,
            "because": c.fact,
            "deadline": c.deadline,
            "due at (min)": c.deadline_minute,
            "minutes left": None if c.deadline_minute is None else c.deadline_minute - minute,
        }
        for c in clocks
    ]
    table("Regulatory clocks", rows)
