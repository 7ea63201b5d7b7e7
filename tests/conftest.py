"""Fixtures shared by every test domain."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from faker import Faker
from playwright.sync_api import Browser, sync_playwright

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


CHROMIUM = "/usr/bin/chromium"
"""Playwright's own browser download cannot work here; Debian's Chromium does."""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Chromium with no sandbox, GPU or background traffic of its own."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()
