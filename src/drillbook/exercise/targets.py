"""Capability targets: met or not, with the evidence from the log and a sentence of why."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Area(StrEnum):
    """The seed areas an exercise is graded on."""

    DELEGATION = "delegation"
    PRIORITISATION = "prioritisation"
    COMMUNICATION = "communication"
    CONTAINMENT = "containment"
    COMPLIANCE = "compliance"


class Target(BaseModel):
    """One capability the team showed or did not: no score, just met or not and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    area: Area
    """The seed area it belongs to."""
    id: str
    """Stable id, e.g. ``delegation.roles-before-first-decision``."""
    title: str
    """What good looks like, in a few words."""
    met: bool
    """Whether the team met it."""
    why: str
    """One sentence: why it was met or not."""
    evidence: list[str]
    """The entries of the log it rests on, each starting with its exercise minute."""
    owner: str
    """The role that owns improving it."""


def minute(value: float) -> str:
    """An exercise minute as evidence starts with it, e.g. ``min 12``."""
    return f"min {value:g}"
