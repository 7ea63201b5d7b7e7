"""Benchmark: ``drillbook build`` of 500 playbooks against plain ``mkdocs build`` of their export.

Run from the repository root: ``.venv/bin/python bench/site_build.py``. It prints both times,
their ratio (the plugin's overhead; at most 1.15 passes) and the largest playbook page's size.
"""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The repository root, whose test factories generate the playbooks."""

LIMIT = 1.15
"""The most ``drillbook build`` may take, as a multiple of the plain build."""

BIN = Path(sys.executable).parent
"""The virtual environment's scripts."""


def timed(command: list[str]) -> float:
    """Seconds ``command`` takes to run to success."""
    start = time.perf_counter()
    quiet = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=quiet)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    """Generate the project, export it, time both builds alternately and report the best of each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--playbooks", type=int, default=500, help="how many to generate")
    parser.add_argument("--rounds", type=int, default=3, help="builds of each kind; best counts")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    projects = importlib.import_module("tests.site.projects")
    with tempfile.TemporaryDirectory(prefix="drillbook-bench-") as tmp:
        project = projects.site_project(Path(tmp) / "project", playbooks=args.playbooks)
        export = Path(tmp) / "export"
        drillbook = [str(BIN / "drillbook"), "--project", str(project)]
        subprocess.run([*drillbook[:1], "export", *drillbook[1:], str(export)], check=True)
        ours = [*drillbook[:1], "build", *drillbook[1:]]
        plain = [str(BIN / "mkdocs"), "build", "--strict", "--quiet", "-f"]
        plain += [str(export / "mkdocs.yml"), "-d", str(Path(tmp) / "plain-site")]
        ours_best = plain_best = float("inf")
        for round_ in range(args.rounds):
            # Alternate which goes first, so that a slow spell on the machine hits both.
            if round_ % 2:
                plain_best = min(plain_best, timed(plain))
            ours_best = min(ours_best, timed(ours))
            if not round_ % 2:
                plain_best = min(plain_best, timed(plain))
        pages = [p for p in (project / "site" / "playbooks").glob("*.html") if p.stem != "index"]
        largest = max(pages, key=lambda p: p.stat().st_size)
        ratio = ours_best / plain_best
        print(f"playbooks:              {args.playbooks}")
        print(f"drillbook build:        {ours_best:.2f} s")
        print(f"plain mkdocs build:     {plain_best:.2f} s (exported Markdown, no plugin)")
        print(f"ratio:                  {ratio:.3f} (limit {LIMIT})")
        print(f"largest playbook page:  {largest.stat().st_size / 1024:.1f} KiB ({largest.name})")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
