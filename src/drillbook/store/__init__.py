"""The event store: an append-only log of events per exercise, behind a small interface."""

from drillbook.store.protocol import (
    EventStore,
    ExerciseHead,
    NewEvent,
    PositionConflict,
    StoredEvent,
)
from drillbook.store.sqlite import SqliteStore, default_db_path, open_store

__all__ = [
    "EventStore",
    "ExerciseHead",
    "NewEvent",
    "PositionConflict",
    "SqliteStore",
    "StoredEvent",
    "default_db_path",
    "open_store",
]
