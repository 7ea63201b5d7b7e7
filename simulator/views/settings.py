"""Where the simulator finds its project, its database and the runbook, from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from drillbook.store import default_db_path

RUNBOOK_ENV = "DRILLBOOK_RUNBOOK_URL"
"""The environment variable naming the runbook site the simulator links to."""

RUNBOOK_DEFAULT = "http://127.0.0.1:8000/"
"""The local runbook server that ``make run`` starts."""

REFRESH_ENV = "DRILLBOOK_REFRESH_SECONDS"
"""The environment variable setting how often live views look for news."""

REFRESH_DEFAULT = 2.0
"""Live views look for news this often, in seconds."""

PROJECT = Path(__file__).resolve().parents[2]
"""The drillbook checkout the simulator belongs to."""


@dataclass(frozen=True)
class Settings:
    """What the simulator needs to know about its surroundings."""

    root: Path
    """The project: playbooks, the organisation layer and scenario templates."""
    db: Path
    """The SQLite event store."""
    runbook: str
    """The runbook site's address, ending in ``/``."""
    refresh: float
    """Seconds between looks for news in live views."""


def settings() -> Settings:
    """The settings in force now (read on each call, so tests can change the environment)."""
    runbook = os.environ.get(RUNBOOK_ENV) or RUNBOOK_DEFAULT
    return Settings(
        root=PROJECT,
        db=default_db_path(PROJECT),
        runbook=runbook if runbook.endswith("/") else runbook + "/",
        refresh=float(os.environ.get(REFRESH_ENV) or REFRESH_DEFAULT),
    )
