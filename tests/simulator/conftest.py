"""Fixtures for the simulator's AppTest tests: a fresh event store per test, and the app."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "simulator" / "app.py"
"""The simulator's entry point, as ``streamlit run`` takes it."""

TIMEOUT = 30.0
"""Seconds a single script run may take; generous, since CI machines are slow."""


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty event store that the simulator uses through ``DRILLBOOK_DB``, and no runbook set."""
    path = tmp_path / "drillbook.db"
    monkeypatch.setenv("DRILLBOOK_DB", str(path))
    monkeypatch.delenv("DRILLBOOK_RUNBOOK_URL", raising=False)
    yield path
    st.cache_resource.clear()


@pytest.fixture
def browser_tab(db: Path) -> Callable[[], AppTest]:
    """A factory of new browser tabs on the simulator, each with its own session."""

    def open_tab() -> AppTest:
        """A new tab, on the start page."""
        return AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()

    return open_tab
