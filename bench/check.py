"""Benchmark: ``drillbook check`` of 500 generated playbooks against plain ``yaml.safe_load``.

Run from the repository root: ``python -m bench.check [N]``. Both sides read the same files
in the same run; the ratio must stay at most 3.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import yaml

from bench.timing import best_of
from drillbook.project import load_project
from tests.factories import make_project

LIMIT = 3.0


def main(count: int = 500) -> int:
    """Print the timings and the ratio; exit non-zero when the ratio is over the limit."""
    with tempfile.TemporaryDirectory() as folder:
        root = make_project(Path(folder), playbooks=count)
        files = sorted(root.glob("playbooks/**/*.yaml"))

        def plain() -> None:
            for path in files:
                yaml.safe_load(path.read_text(encoding="utf-8"))

        def libyaml() -> None:
            for path in files:
                loader = yaml.CSafeLoader(path.read_text(encoding="utf-8"))  # libyaml, safe
                try:
                    loader.get_single_data()
                finally:
                    loader.dispose()

        def check() -> None:
            load_project(root)

        baseline = best_of(3, plain)
        fastest = best_of(3, libyaml)
        drillbook = best_of(3, check)
    ratio = drillbook / baseline
    print(f"files: {len(files)} ({count} playbooks and the org layer)")
    print(f"yaml.safe_load:             {baseline:.3f} s")
    print(f"yaml.load with CSafeLoader: {fastest:.3f} s (for reference)")
    print(f"drillbook check:            {drillbook:.3f} s")
    print(f"ratio to yaml.safe_load: {ratio:.2f} (limit {LIMIT})")
    print(f"ratio to CSafeLoader:    {drillbook / fastest:.2f}")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 500))
