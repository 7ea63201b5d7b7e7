"""A built site opened from disk in Debian's Chromium, one site and one browser per module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from drillbook.cli import main
from tests.site.projects import varied_project

CHROMIUM = "/usr/bin/chromium"
"""Playwright's own browser download cannot work here; Debian's Chromium does."""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built ``site/`` folder of a varied project."""
    root = varied_project(tmp_path_factory.mktemp("browser") / "project")
    assert main(["build", "--project", str(root)]) == 0
    return root / "site"


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
