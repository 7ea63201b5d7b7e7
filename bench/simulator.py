"""Benchmark: one rerun of the facilitator console against a trivial one-widget page, in AppTest.

The console shows an exercise with 8 participants and 300 events; the baseline is a page with
a single button. Both are timed in the same run, best of several reruns; the ratio must stay
at most 5. Run from the repository root: ``python -m bench.simulator``
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from streamlit.testing.v1 import AppTest

from bench.timing import best_of
from drillbook.exercise.engine import Created, ExerciseEngine
from drillbook.project import load_project
from drillbook.store import SqliteStore

LIMIT = 5.0
REPO = Path(__file__).resolve().parent.parent
APP = REPO / "simulator" / "app.py"
SCENARIO = "phishing-payroll-lure"
PARTICIPANTS = 8
EVENTS = 300
TIMEOUT = 60.0
ROUNDS = 60


def play(engine: ExerciseEngine) -> Created:
    """An exercise with 8 seated participants, filled with steps, drafts and clock moves."""
    created = engine.create_exercise(scenario=SCENARIO, seed=1)
    exercise = created.exercise_id
    scenario = engine.scenario_of(SCENARIO, 1)
    seats = [
        engine.join(join_code=created.join_code, name=f"Participant {n}").participant_id
        for n in range(PARTICIPANTS)
    ]
    holders: dict[str, str] = {}
    for number, seat in enumerate(seats):
        role = scenario.roles[number % len(scenario.roles)]
        engine.assign_role(
            exercise_id=exercise, key=created.facilitator_key, participant_id=seat, role=role
        )
        holders[role] = seat
    for _, _, step in engine.project.playbook(scenario.playbook).steps():
        if step.owner in holders:
            engine.tick_step(
                exercise_id=exercise,
                participant_id=holders[step.owner],
                role=step.owner,
                step=step.id,
            )
    while len(engine.store.read(exercise)) < EVENTS - 1:
        engine.advance_clock(exercise_id=exercise, key=created.facilitator_key, by=0.25)
        for task in engine.state_for_facilitator(
            exercise_id=exercise, key=created.facilitator_key
        ).tasks:
            engine.save_draft(
                exercise_id=exercise,
                participant_id=holders[task.owner],
                role=task.owner,
                task=task.id,
                text=f"Draft for {task.id}: summary, timeline, business impact, next update.",
            )
    return created


def console(created: Created) -> AppTest:
    """The facilitator console of the exercise, opened with its key."""
    tab = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    tab.switch_page("screens/facilitator.py").run()
    tab.text_input(key="unlock-key").input(created.facilitator_key)
    tab.button(key="FormSubmitter:unlock-Open the exercise").click().run()
    assert not tab.exception and any("#### Next injects" in m.value for m in tab.markdown)
    return tab


def interleaved(page: AppTest, baseline: AppTest) -> tuple[float, float]:
    """The best rerun time of each page, taking turns so that both see the same machine load."""
    best = [float("inf"), float("inf")]
    for _ in range(ROUNDS):
        for index, tab in enumerate((page, baseline)):
            best[index] = min(best[index], best_of(1, tab.run))
    return best[0], best[1]


def main() -> int:
    """Print both rerun times and their ratio; exit non-zero when the ratio is over the limit."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        os.environ["DRILLBOOK_DB"] = str(db)
        with SqliteStore(db) as store:
            created = play(ExerciseEngine(store, load_project(REPO)))
            events = len(store.read(created.exercise_id))
        tab = console(created)
        trivial = AppTest.from_string("import streamlit as st\nst.button('Go')").run()
        page, baseline = interleaved(tab, trivial)
    ratio = page / baseline
    print(f"exercise: {PARTICIPANTS} participants, {events} events")
    print(f"one-widget page rerun:  {baseline * 1000:.1f} ms")
    print(f"facilitator console:    {page * 1000:.1f} ms")
    print(f"ratio: {ratio:.2f} (limit {LIMIT})")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
