"""Event store throughput and fold time; prints ratios measured in the same run.

- events/s of eight processes appending to one exercise through the store, against one
  raw sqlite3 loop inserting the same rows, one transaction per row, with the same pragmas
  (the ratio raw / store should be at most 2);
- the time to fold 1,000 and 10,000 events (growth close to linear).

Run: ``.venv/bin/python bench/events.py``
"""

from __future__ import annotations

import multiprocessing
import tempfile
import time
from pathlib import Path

from drillbook.exercise.events import StepTicked, decode, encode
from drillbook.exercise.state import fold
from drillbook.store import NewEvent, SqliteStore, StoredEvent
from drillbook.store.sqlite import connect

WRITERS = 8
PER_WRITER = 500


def _row(writer: int, n: int) -> NewEvent:
    event = StepTicked(minute=n / 10, participant=f"p{writer}", role="triage-lead", step=f"s{n}")
    return encode(event)


def _writer(path: Path, writer: int, start: float) -> None:
    with SqliteStore(path) as store:
        while time.time() < start:
            pass
        for n in range(PER_WRITER):
            store.append("bench", [_row(writer, n)])


def store_rate(folder: Path) -> float:
    """Events per second for eight concurrent writer processes."""
    path = folder / "store.db"
    SqliteStore(path).close()
    ctx = multiprocessing.get_context("spawn")
    start = time.time() + 1.5
    procs = [ctx.Process(target=_writer, args=(path, w, start)) for w in range(WRITERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    elapsed = time.time() - start
    return WRITERS * PER_WRITER / elapsed


def raw_rate(folder: Path) -> float:
    """Events per second for a raw insert loop of the same rows, one transaction each."""
    conn = connect(folder / "raw.db")
    conn.execute(
        "CREATE TABLE events (exercise_id TEXT, position INTEGER, kind TEXT, body TEXT, "
        "PRIMARY KEY (exercise_id, position)) WITHOUT ROWID"
    )
    rows = [_row(w, n) for w in range(WRITERS) for n in range(PER_WRITER)]
    began = time.perf_counter()
    for position, row in enumerate(rows, 1):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO events VALUES (?, ?, ?, ?)", ("bench", position, row.kind, row.body)
        )
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - began
    conn.close()
    return len(rows) / elapsed


def fold_seconds(count: int) -> float:
    """Seconds to decode and fold ``count`` events."""
    stored = [StoredEvent("bench", n, "step-ticked", _row(0, n).body) for n in range(count)]
    began = time.perf_counter()
    fold(decode(e) for e in stored)
    return time.perf_counter() - began


def main() -> None:
    """Print the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store, raw = store_rate(folder), raw_rate(folder)
    print(f"8 concurrent writers: {store:,.0f} events/s; raw insert loop: {raw:,.0f} events/s")
    print(f"ratio raw/store: {raw / store:.2f} (target <= 2)")
    small, large = fold_seconds(1_000), fold_seconds(10_000)
    print(f"fold 1,000 events: {small * 1000:.1f} ms; 10,000 events: {large * 1000:.1f} ms")
    print(f"growth for 10x events: {large / small:.1f}x (linear = 10x)")


if __name__ == "__main__":
    main()
