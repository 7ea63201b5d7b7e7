"""Fixtures shared by every test domain."""

from __future__ import annotations

from pathlib import Path

import pytest
from faker import Faker

from tests.factories import make_project


@pytest.fixture
def fake() -> Faker:
    """A Faker with a fixed seed, so a failing test fails the same way again."""
    faker = Faker()
    faker.seed_instance(1234)
    return faker


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A small valid project: the shipped org layer and two generated playbooks."""
    return make_project(tmp_path / "project")
