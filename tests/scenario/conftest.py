"""The shipped project, loaded once, and copies of it to break on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drillbook.project import Project, load_project
from tests.factories import REPO


@pytest.fixture(scope="session")
def shipped() -> Project:
    """The repository's own playbooks, organisation layer and scenario templates."""
    return load_project(REPO)


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the shipped project to edit."""
    root = tmp_path / "project"
    shutil.copytree(REPO / "playbooks", root / "playbooks")
    shutil.copytree(REPO / "scenarios", root / "scenarios")
    return root
