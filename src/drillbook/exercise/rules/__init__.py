"""The rules that grade an exercise, one module per seed area."""

from __future__ import annotations

from drillbook.exercise.rules.communication import communication
from drillbook.exercise.rules.compliance import compliance
from drillbook.exercise.rules.containment import containment
from drillbook.exercise.rules.context import Grading, grading
from drillbook.exercise.rules.delegation import delegation
from drillbook.exercise.rules.prioritisation import prioritisation
from drillbook.exercise.targets import Target

AREAS = (delegation, prioritisation, communication, containment, compliance)
"""Each area's rules, in the order of the report."""


def grade(grading: Grading) -> list[Target]:
    """Every capability target of the exercise, area by area."""
    return [target for area in AREAS for target in area(grading)]


__all__ = ["Grading", "grade", "grading"]
