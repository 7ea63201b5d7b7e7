"""The simulator's way into drillbook's exercise engine: one engine per database and process.

Streamlit runs every browser session in its own thread, and the engine folds new events into
the state it holds, so sessions take turns through a lock. All state lives in the store.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import streamlit as st

from drillbook.errors import DrillbookError
from drillbook.exercise.access import AccessDenied
from drillbook.exercise.engine import ActionRefused, ExerciseEngine
from drillbook.project import load_project
from drillbook.store import SqliteStore
from views.settings import settings
from views.texts import say

T = TypeVar("T")

REFUSALS = (AccessDenied, ActionRefused, DrillbookError)
"""What the engine raises for an action the person cannot take; the message says why."""


@dataclass(frozen=True)
class Shared:
    """The engine of one database, and the lock that sessions take turns on."""

    engine: ExerciseEngine
    lock: threading.RLock


def _close(shared: Shared) -> None:
    """Close the store when Streamlit lets go of the engine."""
    with shared.lock:
        shared.engine.store.close()


@st.cache_resource(show_spinner=False, on_release=_close)
def _shared(db: str, root: str) -> Shared:
    """The engine over the store at ``db`` for the project at ``root`` (made once per process)."""
    store = SqliteStore(Path(db))
    try:
        project = load_project(Path(root))
    except BaseException:
        store.close()
        raise
    return Shared(ExerciseEngine(store, project), threading.RLock())


@contextmanager
def engine() -> Iterator[ExerciseEngine]:
    """The engine, held by this session until the block ends."""
    current = settings()
    shared = _shared(str(current.db), str(current.root))
    with shared.lock:
        yield shared.engine


def refusal(exc: BaseException) -> str:
    """The sentence to show for a refused action."""
    if isinstance(exc, DrillbookError):
        return "; ".join(problem.message for problem in exc.problems)
    return str(exc)


def refuse(exc: BaseException, *, callback: bool = False) -> None:
    """Say why an action was refused: in place, or as a toast in a widget's callback."""
    say(refusal(exc), "toast" if callback else "error")


def attempt(action: Callable[[ExerciseEngine], T], *, callback: bool = False) -> T | None:
    """Run ``action`` with the engine; say why when it is refused and return ``None``.

    In a widget's callback the reason pops up as a toast; elsewhere it shows in place.
    """
    try:
        with engine() as running:
            return action(running)
    except REFUSALS as exc:
        refuse(exc, callback=callback)
        return None


def act(action: Callable[[ExerciseEngine], object], *, callback: bool = False) -> bool:
    """Run an action that returns nothing (see :func:`attempt`); return whether it ran."""

    def run(running: ExerciseEngine) -> bool:
        """The action, then ``True``."""
        action(running)
        return True

    return attempt(run, callback=callback) is not None
