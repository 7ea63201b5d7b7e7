"""A built site to open from disk in Chromium, one per module."""

from __future__ import annotations

from pathlib import Path

import pytest

from drillbook.cli import main
from tests.site.projects import varied_project


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built ``site/`` folder of a varied project."""
    root = varied_project(tmp_path_factory.mktemp("browser") / "project")
    assert main(["build", "--project", str(root)]) == 0
    return root / "site"
