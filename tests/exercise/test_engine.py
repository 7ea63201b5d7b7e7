"""The engine's service calls: access, views, conditional injects, clocks, incremental reads."""

from __future__ import annotations

import math

import pytest
from pydantic import ValidationError

from drillbook.exercise.access import AccessDenied
from drillbook.exercise.engine import ActionRefused, ExerciseEngine
from drillbook.exercise.events import ClockMoved, ClockStarted, decode
from drillbook.project import Project
from drillbook.store import SqliteStore
from drillbook.store.protocol import StoredEvent
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


def test_a_seat_comes_back_only_with_its_token(engine: ExerciseEngine) -> None:
    created = engine.create_exercise(scenario=SCENARIO, seed=3, today=DAY)
    xid, code = created.exercise_id, created.join_code
    ana = engine.join(join_code=code, name="Ana")
    engine.take_role(exercise_id=xid, participant_id=ana.participant_id, role="triage-lead")
    other = engine.join(join_code=code, name="Ana")
    assert other.participant_id != ana.participant_id and other.token != ana.token
    view = engine.state_for_participant(exercise_id=xid, participant_id=other.participant_id)
    assert view.roles == [] and view.name == "Ana"
    before = engine.state(xid).position
    back = engine.rejoin(join_code=code.lower(), token=ana.token)
    assert back == ana
    assert engine.state(xid).position == before, "taking a seat back records nothing"
    with pytest.raises(AccessDenied, match="no seat"):
        engine.rejoin(join_code=code, token="guessed")
    with pytest.raises(AccessDenied, match="join code"):
        engine.rejoin(join_code="AAAA-AAAA", token=ana.token)


def test_a_name_is_needed_to_join(engine: ExerciseEngine) -> None:
    created = engine.create_exercise(scenario=SCENARIO, seed=3, today=DAY)
    for blank in ("", "   \t "):
        with pytest.raises(ActionRefused, match="enter your name"):
            engine.join(join_code=created.join_code, name=blank)
    assert engine.state(created.exercise_id).participants == {}


def test_only_the_facilitator_hands_over_a_role_someone_holds(engine: ExerciseEngine) -> None:
    created = engine.create_exercise(scenario=SCENARIO, seed=3, today=DAY)
    xid, key = created.exercise_id, created.facilitator_key
    ana = engine.join(join_code=created.join_code, name="Ana").participant_id
    bo = engine.join(join_code=created.join_code, name="Bo").participant_id
    engine.take_role(exercise_id=xid, participant_id=ana, role="incident-commander")
    with pytest.raises(ActionRefused, match="held by Ana"):
        engine.take_role(exercise_id=xid, participant_id=bo, role="incident-commander")
    bo_view = engine.state_for_participant(exercise_id=xid, participant_id=bo)
    assert bo_view.roles == [] and "incident-commander" not in bo_view.free_roles
    with pytest.raises(AccessDenied):
        engine.assign_role(
            exercise_id=xid, key="guess", participant_id=bo, role="incident-commander"
        )
    engine.assign_role(exercise_id=xid, key=key, participant_id=bo, role="incident-commander")
    assert engine.state(xid).holders == {"incident-commander": bo}
    with pytest.raises(AccessDenied, match="no participant"):
        engine.assign_role(exercise_id=xid, key=key, participant_id="nobody", role="triage-lead")
    with pytest.raises(ActionRefused, match="not a role"):
        engine.assign_role(exercise_id=xid, key=key, participant_id=bo, role="janitor")


@pytest.mark.parametrize(
    ("move", "why"),
    [
        ({"to": math.inf}, "a number of minutes"),
        ({"to": math.nan}, "a number of minutes"),
        ({"by": math.nan}, "a number of minutes"),
        ({"by": -math.inf}, "a number of minutes"),
        ({"to": 10.0**9}, "at most"),
        ({"by": -5.0}, "only moves forward"),
    ],
)
def test_the_clock_moves_only_to_a_real_minute(
    engine: ExerciseEngine, move: dict[str, float], why: str
) -> None:
    xid, key, _ = _setup(engine)
    with pytest.raises(ActionRefused, match=why):
        engine.advance_clock(exercise_id=xid, key=key, **move)
    assert engine.advance_clock(exercise_id=xid, key=key, by=5) == 5
    assert engine.minute(xid) == 5


@pytest.mark.parametrize("speed", [math.inf, math.nan, 0.0, -1.0, 10.0**9])
def test_the_clock_runs_only_at_a_real_speed(engine: ExerciseEngine, speed: float) -> None:
    xid, key, _ = _setup(engine)
    with pytest.raises(ActionRefused, match="speed"):
        engine.start_clock(exercise_id=xid, key=key, speed=speed)
    assert not engine.state(xid).clock.running
    engine.start_clock(exercise_id=xid, key=key, speed=2)
    assert engine.state(xid).clock.running


def test_events_refuse_infinite_and_missing_numbers() -> None:
    for bad in (math.inf, -math.inf, math.nan):
        with pytest.raises(ValidationError):
            ClockMoved(minute=bad)
        with pytest.raises(ValidationError):
            ClockStarted(minute=1, speed=bad, wall=0)
    for body in (
        '{"kind": "clock-moved", "minute": 1e999}',
        '{"kind": "clock-moved", "minute": "nan"}',
    ):
        with pytest.raises(ValidationError):
            decode(StoredEvent("x", 1, "clock-moved", body))


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


def test_participants_see_the_board_without_levels_and_the_facilitator_with_them(
    engine: ExerciseEngine,
) -> None:
    xid, key, ana = _setup(engine)
    engine.take_role(exercise_id=xid, participant_id=ana, role="triage-lead")
    board = engine.scenario(engine.state(xid)).triage
    assert board is not None
    engine.advance_clock(exercise_id=xid, key=key, to=board.minute)
    view = engine.state_for_participant(exercise_id=xid, participant_id=ana)
    assert [(i.id, i.summary) for i in view.board] == [(i.id, i.summary) for i in board.incidents]
    assert all(not hasattr(i, "levels") for i in view.board)
    facilitator = engine.state_for_facilitator(exercise_id=xid, key=key)
    assert {i.id: i.levels for i in facilitator.board} == {i.id: i.levels for i in board.incidents}


def test_the_roles_that_rank_come_from_the_scenario(engine: ExerciseEngine) -> None:
    xid, key, ana = _setup(engine)
    state = engine.state(xid)
    board = engine.scenario(state).triage
    assert board is not None
    board.roles[:] = ["legal-compliance"]
    engine.take_role(exercise_id=xid, participant_id=ana, role="incident-commander")
    engine.advance_clock(exercise_id=xid, key=key, to=board.minute)
    view = engine.state_for_participant(exercise_id=xid, participant_id=ana)
    assert view.ranks_as is None and view.board == []
    engine.take_role(exercise_id=xid, participant_id=ana, role="legal-compliance")
    view = engine.state_for_participant(exercise_id=xid, participant_id=ana)
    assert view.ranks_as == "legal-compliance" and view.board


def test_only_the_roles_that_rank_can_submit_a_ranking(engine: ExerciseEngine) -> None:
    xid, key, ana = _setup(engine)
    board = engine.scenario(engine.state(xid)).triage
    assert board is not None
    outsider = next(r for r in engine.scenario(engine.state(xid)).roles if r not in board.roles)
    engine.take_role(exercise_id=xid, participant_id=ana, role=outsider)
    engine.advance_clock(exercise_id=xid, key=key, to=board.minute)
    order = [i.id for i in board.incidents]
    with pytest.raises(ActionRefused, match="the board is ranked as"):
        engine.submit_ranking(
            exercise_id=xid, participant_id=ana, role=outsider, order=order, priorities={}
        )
    assert not engine.state(xid).rankings
