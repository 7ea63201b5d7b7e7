"""``make run``'s servers: the runbook and the simulator side by side; Ctrl-C stops both.

Run from the repository root: ``python simulator/run.py``. The runbook is served by
``drillbook serve`` (which rebuilds it when a playbook changes); the simulator's runbook links
point at it.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The repository root."""

HOST = "127.0.0.1"
"""Both servers listen on this machine only."""


def runbook_command(port: int) -> list[str]:
    """``drillbook serve`` for this project on ``port``."""
    return [sys.executable, "-m", "drillbook", "serve", "--address", f"{HOST}:{port}"]


def simulator_command(port: int) -> list[str]:
    """``streamlit run`` for the simulator, without opening a browser or sending usage data."""
    return [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "simulator" / "app.py"),
        "--server.headless", "true",
        "--server.address", HOST,
        "--server.port", str(port),
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip


def start(command: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Start a server in its own process group, so that only this launcher decides when it stops."""
    return subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)


def stop(processes: Sequence[subprocess.Popen[bytes]]) -> None:
    """Ask every server to stop as Ctrl-C would (so each cleans up), then wait for each.

    A server that does not stop within ten seconds is killed.
    """
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line: the two ports."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runbook-port", type=int, default=8000)
    parser.add_argument("--simulator-port", type=int, default=8501)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Start both servers, print their addresses, and stop both when either ends or on Ctrl-C."""
    args = parse(argv)
    runbook = f"http://{HOST}:{args.runbook_port}/"
    env = {"DRILLBOOK_RUNBOOK_URL": runbook, **os.environ}
    for ending in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(ending, _interrupt)
    servers = {
        "runbook": start(runbook_command(args.runbook_port), env),
        "simulator": start(simulator_command(args.simulator_port), env),
    }
    print(f"Runbook:   {runbook}", flush=True)
    print(f"Simulator: http://{HOST}:{args.simulator_port}/", flush=True)
    print("Press Ctrl-C to stop both.", flush=True)
    code = 0
    try:
        pid, _ = os.wait()
        ended = next(name for name, server in servers.items() if server.pid == pid)
        print(f"The {ended} server stopped on its own; stopping the other.", file=sys.stderr)
        code = 1
    except KeyboardInterrupt:
        print("\nStopping.", flush=True)
    finally:
        stop(list(servers.values()))
    return code


def _interrupt(signum: int, frame: object) -> None:
    """Stop on SIGTERM and SIGHUP as on Ctrl-C."""
    raise KeyboardInterrupt


if __name__ == "__main__":
    raise SystemExit(main())
