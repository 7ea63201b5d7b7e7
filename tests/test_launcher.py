"""`make run`'s launcher: both servers up, the runbook link as set, both stopped together."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.factories import REPO
from tests.ports import free_port, listening

STARTUP_S = 120
"""How long both servers may take to listen on a loaded machine."""


class Launcher:
    """``python simulator/run.py`` with its output kept, and events for each server's start."""

    def __init__(self, tmp_path: Path) -> None:
        self.ports = free_port(), free_port()
        env = {
            **os.environ,
            "DRILLBOOK_DB": str(tmp_path / "drillbook.db"),
            "DRILLBOOK_RUNBOOK_URL": "http://runbook.example.org/",
        }
        command = [
            sys.executable, "simulator/run.py",
            "--runbook-port", str(self.ports[0]), "--simulator-port", str(self.ports[1]),
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        self.output: list[str] = []
        self.runbook_up, self.simulator_up = threading.Event(), threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        with self.process.stdout:
            for line in self.process.stdout:
                self.output.append(line)
                if "Serving on" in line:
                    self.runbook_up.set()
                if "URL:" in line:
                    self.simulator_up.set()

    def children(self) -> list[int]:
        """The process ids the launcher started."""
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in path.read_text().split()]


@pytest.fixture
def launcher(tmp_path: Path) -> Iterator[Launcher]:
    """A running launcher; killed with its servers if a test leaves it running."""
    running = Launcher(tmp_path)
    yield running
    if running.process.poll() is None:
        for pid in running.children():
            os.kill(pid, signal.SIGKILL)
        running.process.kill()
        running.process.wait()


def test_both_servers_start_and_stop_together(launcher: Launcher) -> None:
    started = launcher.runbook_up.wait(STARTUP_S) and launcher.simulator_up.wait(STARTUP_S)
    assert started, "".join(launcher.output)
    assert all(listening(port) for port in launcher.ports)
    simulator = next(
        pid
        for pid in launcher.children()
        if b"streamlit" in Path(f"/proc/{pid}/cmdline").read_bytes()
    )
    environ = Path(f"/proc/{simulator}/environ").read_bytes().split(b"\0")
    assert b"DRILLBOOK_RUNBOOK_URL=http://runbook.example.org/" in environ

    launcher.process.send_signal(signal.SIGTERM)
    assert launcher.process.wait(timeout=STARTUP_S) == 0
    assert not any(listening(port) for port in launcher.ports)
