"""``make run``'s servers: the built runbook and the simulator side by side; Ctrl-C stops both.

Run from the repository root after building the site: ``python simulator/run.py``. The
simulator's runbook links point at the runbook server started here.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The repository root."""

HOST = "127.0.0.1"
"""Both servers listen on this machine only."""


def runbook_command(site: Path, port: int) -> list[str]:
    """A static file server for the built runbook, which needs nothing more than its files."""
    server = [sys.executable, "-m", "http.server", str(port), "--bind", HOST]
    return [*server, "--directory", str(site)]


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
    """Ask every server to stop, then wait for each (killing one that does not)."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line: the built site's folder and the two ports."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built runbook")
    parser.add_argument("--runbook-port", type=int, default=8000)
    parser.add_argument("--simulator-port", type=int, default=8501)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Start both servers, print their addresses, and stop both when either ends or on Ctrl-C."""
    args = parse(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}: no built runbook here; build it first", file=sys.stderr)
        return 1
    runbook = f"http://{HOST}:{args.runbook_port}/"
    env = {**os.environ, "DRILLBOOK_RUNBOOK_URL": runbook}
    processes = [
        start(runbook_command(args.site, args.runbook_port), env),
        start(simulator_command(args.simulator_port), env),
    ]
    print(f"Runbook:   {runbook}", flush=True)
    print(f"Simulator: http://{HOST}:{args.simulator_port}/", flush=True)
    print("Press Ctrl-C to stop both.", flush=True)
    try:
        os.wait()
    except KeyboardInterrupt:
        print("\nStopping.", flush=True)
    finally:
        stop(processes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
