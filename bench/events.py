"""Event store throughput and fold time; prints ratios measured in the same run.

- events/s of eight writers appending to one exercise through the store, against one
  raw sqlite3 loop inserting the same rows, one transaction per row, with the same pragmas
  (the ratio raw / store should be at most 2). The writers are threads with a connection
  each, as the simulator's sessions are in its one server process; eight writer processes
  are measured too, for deployments that run several app servers on one database;
- the time to fold 1,000 and 10,000 events (growth close to linear).

Run from the repository root: ``python -m bench.events``
"""

from __future__ import annotations

import multiprocessing
import tempfile
import threading
import time
from pathlib import Path

from bench.timing import best_of
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
    rows = [_row(writer, n) for n in range(PER_WRITER)]
    with SqliteStore(path) as store:
        while time.time() < start:
            pass
        for row in rows:
            store.append("bench", [row])


def store_rate(folder: Path, *, processes: bool) -> float:
    """Events per second for eight concurrent writers, threads or processes."""
    folder.mkdir(exist_ok=True)
    path = folder / f"store-{processes}.db"
    SqliteStore(path).close()
    start = time.time() + (1.5 if processes else 0.2)
    if processes:
        ctx = multiprocessing.get_context("spawn")
        workers: list[threading.Thread | multiprocessing.process.BaseProcess] = [
            ctx.Process(target=_writer, args=(path, w, start)) for w in range(WRITERS)
        ]
    else:
        workers = [threading.Thread(target=_writer, args=(path, w, start)) for w in range(WRITERS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.time() - start
    return WRITERS * PER_WRITER / elapsed


def raw_rate(folder: Path) -> float:
    """Events per second for a raw insert loop of the same rows, one transaction each."""
    folder.mkdir(exist_ok=True)
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
    """Seconds to decode and fold ``count`` events (best of five)."""
    stored = [StoredEvent("bench", n, "step-ticked", _row(0, n).body) for n in range(count)]
    return best_of(5, lambda: fold(decode(e) for e in stored))


LIMIT = 2.0


def main() -> int:
    """Print the figures; exit non-zero when the threads' ratio is over the limit."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        raw = max(raw_rate(folder / str(n)) for n in range(3))
        threads = max(store_rate(folder / str(n), processes=False) for n in range(3))
        processes = store_rate(folder, processes=True)
    print(f"raw insert loop: {raw:,.0f} events/s")
    ratio = raw / threads
    print(f"8 writer threads: {threads:,.0f} events/s; ratio raw/store {ratio:.2f} (<= {LIMIT})")
    print(f"8 writer processes: {processes:,.0f} events/s; ratio {raw / processes:.2f}")
    small, large = fold_seconds(1_000), fold_seconds(10_000)
    print(f"fold 1,000 events: {small * 1000:.1f} ms; 10,000 events: {large * 1000:.1f} ms")
    print(f"growth for 10x events: {large / small:.1f}x (linear = 10x)")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
