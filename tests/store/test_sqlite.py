"""The SQLite event store: order, listing, locations, schema versions and migration."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from drillbook.errors import DrillbookError
from drillbook.store import NewEvent, PositionConflict, SqliteStore, default_db_path
from drillbook.store.migrations import MIGRATIONS, SCHEMA_VERSION


def test_appended_events_come_back_in_order_after_a_position(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "x.db") as store:
        assert store.append("a", [NewEvent("k", '{"n": 1}'), NewEvent("k", '{"n": 2}')]) == 2
        assert store.append("a", [NewEvent("k", '{"n": 3}')]) == 3
        assert [e.body for e in store.read("a")] == ['{"n": 1}', '{"n": 2}', '{"n": 3}']
        assert [e.position for e in store.read("a", after=2)] == [3]
        assert store.read("a", after=3) == []


def test_exercises_are_listed_oldest_first_with_length_and_first_event(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "x.db") as store:
        store.append("zeta", [NewEvent("created", "{}")])
        store.append("alpha", [NewEvent("created", "{}"), NewEvent("joined", "{}")])
        store.append("zeta", [NewEvent("joined", "{}")])
        heads = store.exercises()
    assert [(h.exercise_id, h.length, h.first.kind) for h in heads] == [
        ("zeta", 2, "created"),
        ("alpha", 2, "created"),
    ]


def test_events_survive_reopening_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    with SqliteStore(path) as store:
        store.append("a", [NewEvent("k", "{}")])
    with SqliteStore(path) as store:
        assert len(store.read("a")) == 1
        mode = store._conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_the_database_is_found_from_flag_then_environment_then_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DRILLBOOK_DB", raising=False)
    assert default_db_path(tmp_path) == tmp_path / "drillbook.db"
    monkeypatch.setenv("DRILLBOOK_DB", str(tmp_path / "env.db"))
    assert default_db_path(tmp_path) == tmp_path / "env.db"
    assert default_db_path(tmp_path, tmp_path / "flag.db") == tmp_path / "flag.db"


def test_an_old_schema_migrates_forward_keeping_its_events(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("INSERT INTO events VALUES ('b', 1, 'created', '{}')")
    conn.execute("INSERT INTO events VALUES ('b', 2, 'joined', '{}')")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    with SqliteStore(path) as store:
        assert [(h.exercise_id, h.length) for h in store.exercises()] == [("b", 2)]
        assert store.append("b", [NewEvent("k", "{}")]) == 3
        version = store._conn.execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION


def test_a_database_from_a_newer_drillbook_is_refused_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(DrillbookError, match="newer than this drillbook"):
        SqliteStore(path)


def test_an_append_expecting_a_stale_position_is_refused_and_writes_nothing(
    tmp_path: Path,
) -> None:
    with SqliteStore(tmp_path / "x.db") as store:
        store.append("a", [NewEvent("k", "{}")])
        assert store.append("a", [NewEvent("k", "{}")], expect=1) == 2
        with pytest.raises(PositionConflict):
            store.append("a", [NewEvent("late", "{}")], expect=1)
        assert [e.kind for e in store.read("a")] == ["k", "k"]


def _created_on(day: str) -> str:
    return json.dumps({"kind": "exercise-created", "date": day})


def test_exercises_from_before_the_serials_are_listed_in_the_order_they_were_created(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    for exercise_id, day in [
        ("zeta", "2026-01-05"),
        ("alpha", "2026-03-01"),
        ("mid", "2026-02-10"),
    ]:
        body = _created_on(day)
        conn.execute("INSERT INTO events VALUES (?, 1, 'exercise-created', ?)", (exercise_id, body))
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()

    with SqliteStore(path) as store:
        store.append("new", [NewEvent("exercise-created", _created_on("2026-03-01"))])
        listed = [h.exercise_id for h in store.exercises()]

    assert listed == ["zeta", "mid", "alpha", "new"]


def test_renumbering_keeps_the_order_of_exercises_created_since(tmp_path: Path) -> None:
    path = tmp_path / "recent.db"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    for serial, exercise_id in enumerate(["b", "a", "c"], 1):
        body = _created_on("2026-03-01")
        conn.execute("INSERT INTO events VALUES (?, 1, 'exercise-created', ?)", (exercise_id, body))
        conn.execute("INSERT INTO exercises VALUES (?, ?)", (exercise_id, serial))
    conn.execute("PRAGMA user_version=3")
    conn.commit()
    conn.close()

    with SqliteStore(path) as store:
        assert [h.exercise_id for h in store.exercises()] == ["b", "a", "c"]
