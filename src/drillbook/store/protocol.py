"""What the exercise engine needs from a store, so that a server database can replace SQLite."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class NewEvent:
    """An event to append: its kind and its body as JSON text."""

    kind: str
    body: str


@dataclass(frozen=True)
class StoredEvent:
    """An event in the log, at its position (1, 2, ...) within its exercise."""

    exercise_id: str
    position: int
    kind: str
    body: str


@dataclass(frozen=True)
class ExerciseHead:
    """One exercise in the store: its id, how many events it has, and its first event."""

    exercise_id: str
    length: int
    first: StoredEvent


class PositionConflict(Exception):
    """Someone appended first: the log is no longer at the position the writer expected."""


class EventStore(Protocol):
    """An append-only log of events, kept per exercise and read in order."""

    def append(
        self, exercise_id: str, events: Sequence[NewEvent], *, expect: int | None = None
    ) -> int:
        """Append ``events`` atomically after the last one; return the new last position.

        With ``expect``, raise :class:`PositionConflict` unless the log is at that position.
        """
        ...

    def read(self, exercise_id: str, *, after: int = 0) -> list[StoredEvent]:
        """The events of an exercise after position ``after``, in order."""
        ...

    def exercises(self) -> list[ExerciseHead]:
        """Every exercise in the store, oldest first."""
        ...

    def close(self) -> None:
        """Release the store's resources."""
        ...
