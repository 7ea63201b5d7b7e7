"""``drillbook serve``: prints its address, serves the runbook and watches all the YAML."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.ports import free_port


def test_serve_watches_the_yaml_and_cleans_up_after_ctrl_c(built: Path, tmp_path: Path) -> None:
    (built / "scenarios").mkdir(exist_ok=True)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    address = f"127.0.0.1:{free_port()}"
    command = [sys.executable, "-m", "drillbook", "serve", "--project", str(built)]
    output: list[str] = []
    with subprocess.Popen(
        [*command, "--address", address],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "TMPDIR": str(scratch)},
    ) as server:
        try:
            assert server.stdout is not None
            for line in server.stdout:
                output.append(line)
                if "Serving on" in line:
                    break
            with urllib.request.urlopen(f"http://{address}/playbooks/minimal.html") as response:
                page = response.read().decode("utf-8")
        finally:
            server.send_signal(signal.SIGINT)
            server.communicate()
    assert f"http://{address}/" in output[0]
    assert "Minimal playbook" in page
    watching = next(line for line in output if "Watching paths" in line)
    assert all(str(built / name) in watching for name in ("playbooks", "scenarios"))
    assert list(scratch.iterdir()) == []
