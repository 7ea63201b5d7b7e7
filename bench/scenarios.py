"""Benchmark: generating 1,000 scenarios against the bare Faker calls they make.

Run from the repository root: ``python -m bench.scenarios [N]``. A first pass records every
Faker call the generator makes (constructor, ``seed_instance`` and each provider call); the
timed passes then generate the scenarios, and replay the recorded calls on fresh Fakers, in
the same run. The ratio must stay at most 3. ``tracemalloc`` shows that memory stays flat.
"""

from __future__ import annotations

import gc
import sys
import tracemalloc
from typing import Any
from unittest import mock

from bench.timing import best_of
from drillbook.project import load_project
from drillbook.scenario import generation
from drillbook.scenario.catalogue import templates
from drillbook.scenario.world import new_faker
from tests.factories import REPO

LIMIT = 3.0
Call = tuple[str, tuple[Any, ...], dict[str, Any]]


class Recorder:
    """Stands in for a scenario's Faker and notes every call made through it."""

    def __init__(self, calls: list[Call]) -> None:
        self._faker = new_faker()
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._faker, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            self._calls.append((name, args, kwargs))
            return method(*args, **kwargs)

        return call


def main(count: int = 1000) -> int:
    """Print timings, the ratio and memory growth; exit non-zero when a limit is broken."""
    project = load_project(REPO)
    chosen = templates(project)
    priority = project.org.priority
    jobs = [(chosen[n % len(chosen)], n) for n in range(count)]

    def generate_all() -> None:
        for template, seed in jobs:
            generation.generate(template, seed, priority)

    recorded: list[list[Call]] = []

    def recording_faker() -> Recorder:
        recorded.append([])
        return Recorder(recorded[-1])

    with mock.patch.object(generation, "new_faker", recording_faker):
        generate_all()

    def replay_all() -> None:
        for calls in recorded:
            faker = new_faker()
            for name, args, kwargs in calls:
                getattr(faker, name)(*args, **kwargs)

    shared = new_faker()

    def replay_without_constructing() -> None:
        for calls in recorded:  # each scenario's calls start by reseeding
            for name, args, kwargs in calls:
                getattr(shared, name)(*args, **kwargs)

    calls = sum(len(c) for c in recorded)
    generated = best_of(3, generate_all)
    bare = best_of(3, replay_all)
    constructing = bare - best_of(3, replay_without_constructing)
    ratio = generated / bare
    print(f"{count} scenarios from {len(chosen)} templates, {calls} Faker calls")
    print(f"generation:        {generated:.3f} s ({1000 * generated / count:.2f} ms each)")
    print(f"bare Faker calls:  {bare:.3f} s (of which {constructing:.3f} s constructing Fakers)")
    print(f"ratio:             {ratio:.2f} (limit {LIMIT})")
    stripped = (generated - constructing) / (bare - constructing)
    print(f"ratio with Faker construction left out of both sides: {stripped:.2f}")

    tracemalloc.start()
    growth = _memory_growth(jobs[: count // 10], generate_all, priority)
    tracemalloc.stop()
    print(f"memory after {count // 10} vs after {count + count // 10} scenarios: {growth:+.1f} KiB")
    flat = growth < 256
    return 0 if ratio <= LIMIT and flat else 1


def _memory_growth(warm_up: list[Any], generate_all: Any, priority: Any) -> float:
    """Traced memory held after a full run minus after a warm-up run, in KiB."""
    for template, seed in warm_up:
        generation.generate(template, seed, priority)
    gc.collect()
    before = tracemalloc.get_traced_memory()[0]
    generate_all()
    gc.collect()
    return (tracemalloc.get_traced_memory()[0] - before) / 1024


if __name__ == "__main__":
    raise SystemExit(main(*(int(a) for a in sys.argv[1:2])))
