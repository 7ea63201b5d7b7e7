"""Fixtures for exercise tests: the shipped project, a fresh store, an engine over both."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from drillbook.exercise.engine import ExerciseEngine
from drillbook.project import Project, load_project
from drillbook.store import SqliteStore
from tests.factories import REPO

DAY = dt.date(2026, 3, 2)
"""The day simulated exercises are run, so that reports do not depend on the calendar."""


@pytest.fixture(scope="session")
def shipped() -> Project:
    """The project as shipped: its playbooks, org layer and scenario templates."""
    return load_project(REPO)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    """An empty event store."""
    with SqliteStore(tmp_path / "exercises.db") as opened:
        yield opened


@pytest.fixture
def engine(store: SqliteStore, shipped: Project) -> ExerciseEngine:
    """An engine over the empty store and the shipped project."""
    return ExerciseEngine(store, shipped)


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    """A copy of the shipped project content, free to change."""
    root = tmp_path / "project"
    for folder in ("playbooks", "scenarios", "docs"):
        shutil.copytree(REPO / folder, root / folder)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return root
