"""The priority rule: metric levels in, a priority out. Pure, so everything can share it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import product

from drillbook.org.models import Priority, PriorityLevel, PriorityModel

_ORDER = list(PriorityLevel)


def urgency(level: PriorityLevel) -> int:
    """How urgent ``level`` is as a sort key: 0 for P1, the most urgent, then up by one."""
    return _ORDER.index(level)


def priority_of(model: PriorityModel, levels: Mapping[str, str]) -> PriorityLevel:
    """The priority of an incident whose metrics are at ``levels`` (metric id → level id).

    The scores of the levels add up; the most urgent threshold the total reaches applies
    (the least urgent priority if none does); then each floor whose level is present lifts
    the result to at least its priority. Raises ``KeyError`` for an unknown metric or level.
    """
    total = 0
    for metric in model.metrics:
        chosen = levels[metric.id]
        scores = {lv.id: lv.score for lv in metric.levels}
        if chosen not in scores:
            raise KeyError(f"metric {metric.id!r} has no level {chosen!r}")
        total += scores[chosen]
    reached = [t.priority for t in model.rule.thresholds if total >= t.min_total]
    result = min(reached, key=urgency) if reached else _ORDER[-1]
    for floor in model.rule.floors:
        if levels[floor.metric] == floor.level:
            result = min(result, floor.at_least, key=urgency)
    return result


def describe(model: PriorityModel, level: PriorityLevel) -> Priority:
    """What a priority means: its response target, cadence and who to inform."""
    return next(p for p in model.priorities if p.id == level)


def all_combinations(model: PriorityModel) -> Iterable[dict[str, str]]:
    """Every combination of metric levels, for tables and exhaustive tests."""
    ids = [m.id for m in model.metrics]
    for combo in product(*([lv.id for lv in m.levels] for m in model.metrics)):
        yield dict(zip(ids, combo, strict=True))


def more_urgent_first(priorities: Iterable[PriorityLevel]) -> list[PriorityLevel]:
    """Sort priorities from P1 to P4."""
    return sorted(priorities, key=urgency)
