"""The engine's service calls: access, views, conditional injects, clocks, incremental reads."""

from __future__ import annotations

import pytest

from drillbook.exercise.access import AccessDenied
from drillbook.exercise.engine import ExerciseEngine
from drillbook.project import Project
from drillbook.store import SqliteStore
from tests.exercise.conftest import DAY

SCENARIO = "phishing-payroll-lure"


def _setup(engine: ExerciseEngine) -> tuple[str, str, str]:
    created = engine.create_exercise(scenario=SCENARIO, seed=3, today=DAY)
    seat = engine.join(join_code=created.join_code.lower(), name="Ana")
    return created.exercise_id, created.facilitator_key, seat.participant_id


def test_a_bad_join_code_or_key_opens_nothing(engine: ExerciseEngine) -> None:
    xid, _, _ = _setup(engine)
    with pytest.raises(AccessDenied):
        engine.join(join_code="AAAA-AAAA", name="Eve")
    with pytest.raises(AccessDenied):
        engine.state_for_facilitator(exercise_id=xid, key="guess")
    with pytest.raises(AccessDenied):
        engine.state_for_participant(exercise_id=xid, participant_id="someone")


def test_joining_again_under_the_same_name_gives_the_seat_back(engine: ExerciseEngine) -> None:
    created = engine.create_exercise(scenario=SCENARIO, seed=3, today=DAY)
    xid, code = created.exercise_id, created.join_code
    ana = engine.join(join_code=code, name="Ana").participant_id
    engine.take_role(exercise_id=xid, participant_id=ana, role="triage-lead")
    before = engine.state(xid).position
    assert engine.join(join_code=code, name="  ana ").participant_id == ana
    assert engine.state(xid).position == before, "no second seat was recorded"
    view = engine.state_for_participant(exercise_id=xid, participant_id=ana)
    assert view.roles == ["triage-lead"]
    assert engine.join(join_code=code, name="Bo").participant_id != ana


def test_a_participant_sees_only_injects_for_their_role_and_no_facilitator_material(
    engine: ExerciseEngine,
) -> None:
    xid, key, ana = _setup(engine)
    engine.take_role(exercise_id=xid, participant_id=ana, role="communications-lead")
    engine.advance_clock(exercise_id=xid, key=key, to=30)
    scenario = engine.scenario(engine.state(xid))
    view = engine.state_for_participant(exercise_id=xid, participant_id=ana)
    seen = {i.id for i in view.injects}
    due = [i for i in scenario.injects if i.minute <= 30 and i.condition is None]
    assert seen == {i.id for i in due if i.addressed_to("communications-lead")}
    assert seen != {i.id for i in due}
    fields = set(type(view).__dataclass_fields__)
    assert not fields & {"upcoming", "model_answers", "targets", "questions", "all_tasks"}
    assert view.board == []
    facilitator = engine.state_for_facilitator(exercise_id=xid, key=key)
    assert facilitator.model_answers and facilitator.upcoming


def test_conditional_injects_follow_the_decision_and_clocks_start_on_facts(
    engine: ExerciseEngine,
) -> None:
    xid, key, ana = _setup(engine)
    engine.take_role(exercise_id=xid, participant_id=ana, role="incident-commander")
    engine.advance_clock(exercise_id=xid, key=key, to=48)
    consequence = engine.decide(
        exercise_id=xid,
        participant_id=ana,
        role="incident-commander",
        decision="containment-plan",
        option="one-by-one",
    )
    assert consequence
    engine.advance_clock(exercise_id=xid, key=key, to=60)
    state = engine.state(xid)
    assert "attacker-pivots" in state.released
    assert "more-victims" not in state.released
    assert "gdpr-art33" in state.regulatory


def test_the_real_time_clock_runs_at_its_speed(store: SqliteStore, shipped: Project) -> None:
    now = [1_000.0]
    engine = ExerciseEngine(store, shipped, wall=lambda: now[0])
    xid, key, _ = _setup(engine)
    engine.start_clock(exercise_id=xid, key=key, speed=4)
    now[0] += 150
    assert engine.minute(xid) == 10
    released = engine.release_due_injects(exercise_id=xid)
    assert released and all(
        i.minute <= 10 for i in engine.scenario(engine.state(xid)).injects if i.id in released
    )
    engine.pause_clock(exercise_id=xid, key=key)
    now[0] += 600
    assert engine.minute(xid) == 10


def test_reading_new_state_reads_only_the_new_events(store: SqliteStore, shipped: Project) -> None:
    reads: list[int] = []
    original = store.read

    def counting(exercise_id: str, *, after: int = 0) -> list:  # type: ignore[type-arg]
        events = original(exercise_id, after=after)
        reads.append(len(events))
        return events

    store.read = counting  # type: ignore[method-assign]
    engine = ExerciseEngine(store, shipped)
    xid, key, _ = _setup(engine)
    engine.state(xid)
    reads.clear()
    engine.advance_clock(exercise_id=xid, key=key, by=1)
    engine.state(xid)
    assert sum(reads) <= 3


def test_an_exercise_resumes_from_the_store_in_a_new_engine(
    store: SqliteStore, shipped: Project
) -> None:
    xid, _, ana = _setup(ExerciseEngine(store, shipped))
    fresh = ExerciseEngine(store, shipped)
    fresh.take_role(exercise_id=xid, participant_id=ana, role="triage-lead")
    assert fresh.state(xid).holders == {"triage-lead": ana}
