"""One built site per test module: building is the slow part."""

from __future__ import annotations

from pathlib import Path

import pytest

from drillbook.cli import main
from tests.site.projects import varied_project


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A varied project whose site has been built with ``drillbook build`` into ``site/``."""
    root = varied_project(tmp_path_factory.mktemp("site") / "project")
    assert main(["build", "--project", str(root)]) == 0
    return root
