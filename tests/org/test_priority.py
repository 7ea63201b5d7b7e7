"""The priority rule: table cases from the shipped model, and properties over every combination."""

from __future__ import annotations

from pathlib import Path

import pytest

from drillbook.documents import load_document
from drillbook.errors import DrillbookError
from drillbook.org.models import PriorityLevel, PriorityModel
from drillbook.org.priority import (
    all_combinations,
    describe,
    more_urgent_first,
    priority_of,
    urgency,
)
from tests.factories import REPO

MODEL = load_document(REPO / "playbooks/org/priority.yaml", PriorityModel).model
ORDER = list(PriorityLevel)
LOWEST = {
    "data_sensitivity": "public",
    "business_impact": "none",
    "scope": "single",
    "compliance_risk": "none",
}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, "P4"),
        ({"scope": "several", "data_sensitivity": "internal", "business_impact": "degraded"}, "P3"),
        ({"data_sensitivity": "confidential", "scope": "many", "compliance_risk": "likely"}, "P2"),
        ({"data_sensitivity": "restricted"}, "P2"),  # floor: restricted data
        ({"compliance_risk": "confirmed"}, "P2"),  # floor: a notification duty
        ({"business_impact": "halted"}, "P1"),  # floor: a core function stopped
        (
            {
                "data_sensitivity": "restricted",
                "scope": "widespread",
                "compliance_risk": "confirmed",
            },
            "P1",
        ),
    ],
)
def test_priority_table(changes: dict[str, str], expected: str) -> None:
    assert priority_of(MODEL, LOWEST | changes) == PriorityLevel(expected)


def test_raising_any_metric_never_lowers_the_priority() -> None:
    for levels in all_combinations(MODEL):
        here = ORDER.index(priority_of(MODEL, levels))
        for metric in MODEL.metrics:
            ids = [lv.id for lv in metric.levels]
            position = ids.index(levels[metric.id])
            if position + 1 < len(ids):
                higher = levels | {metric.id: ids[position + 1]}
                assert ORDER.index(priority_of(MODEL, higher)) <= here, (levels, metric.id)


def test_every_priority_is_reachable_and_described() -> None:
    reached = {priority_of(MODEL, levels) for levels in all_combinations(MODEL)}
    assert reached == set(PriorityLevel)
    assert (
        describe(MODEL, PriorityLevel.P1).update_cadence_minutes
        < describe(MODEL, PriorityLevel.P4).update_cadence_minutes
    )


def test_unknown_level_is_an_error_not_a_default() -> None:
    with pytest.raises(KeyError, match="no level 'secret'"):
        priority_of(MODEL, LOWEST | {"data_sensitivity": "secret"})


def test_sorting_puts_the_most_urgent_first() -> None:
    assert more_urgent_first([PriorityLevel.P3, PriorityLevel.P1, PriorityLevel.P4]) == [
        PriorityLevel.P1,
        PriorityLevel.P3,
        PriorityLevel.P4,
    ]
    assert [urgency(level) for level in PriorityLevel] == [0, 1, 2, 3]


def test_floors_must_name_real_levels(tmp_path: Path) -> None:
    text = (
        (REPO / "playbooks/org/priority.yaml")
        .read_text()
        .replace("level: restricted", "level: secret", 1)
    )
    path = tmp_path / "priority.yaml"
    path.write_text(text)
    with pytest.raises(DrillbookError, match="data_sensitivity has no level 'secret'"):
        load_document(path, PriorityModel)
