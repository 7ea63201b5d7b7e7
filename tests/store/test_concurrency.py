"""Several processes writing one exercise at once, and a writer that dies mid-transaction."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from drillbook.store import NewEvent, SqliteStore
from tests.factories import REPO

WRITERS = 8
PER_WRITER = 40


def _write(path: Path, writer: int) -> None:
    with SqliteStore(path) as store:
        for n in range(PER_WRITER):
            store.append("shared", [NewEvent("k", json.dumps({"writer": writer, "n": n}))])


def _die_inside_a_transaction(path: Path, _: int) -> None:
    store = SqliteStore(path)
    conn = store._conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO events VALUES ('shared', 2, 'half', '{}')")
    conn.execute("INSERT INTO events VALUES ('shared', 3, 'half', '{}')")
    os._exit(0)


def _run(function: str, path: Path, writers: int = 1) -> list[int]:
    """Run ``function(path, writer)`` of this module in ``writers`` fresh processes at once.

    Fresh interpreters rather than multiprocessing: a spawned child re-runs the parent's
    ``__main__``, which in a test worker may be whatever script ran there last.
    """
    call = f"from {__name__} import {function} as f; import sys, pathlib; "
    call += "f(pathlib.Path(sys.argv[1]), int(sys.argv[2]))"
    procs = [
        subprocess.Popen([sys.executable, "-c", call, str(path), str(w)], cwd=REPO)
        for w in range(writers)
    ]
    return [p.wait() for p in procs]


def test_eight_processes_appending_at_once_lose_nothing_and_keep_order(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    SqliteStore(path).close()
    assert _run("_write", path, WRITERS) == [0] * WRITERS
    with SqliteStore(path) as store:
        events = store.read("shared")
        (head,) = store.exercises()
    assert [e.position for e in events] == list(range(1, WRITERS * PER_WRITER + 1))
    assert head.length == WRITERS * PER_WRITER
    bodies = [json.loads(e.body) for e in events]
    for writer in range(WRITERS):
        assert [b["n"] for b in bodies if b["writer"] == writer] == list(range(PER_WRITER))


def test_a_writer_killed_mid_transaction_leaves_a_readable_resumable_log(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    with SqliteStore(path) as store:
        store.append("shared", [NewEvent("created", "{}")])
    assert _run("_die_inside_a_transaction", path) == [0]
    with SqliteStore(path) as store:
        assert [e.kind for e in store.read("shared")] == ["created"]
        assert store.append("shared", [NewEvent("next", "{}")]) == 2
        assert [e.kind for e in store.read("shared")] == ["created", "next"]
