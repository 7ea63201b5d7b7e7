"""The SQLite event store: WAL, one short write transaction per append, a generous busy timeout."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from drillbook.errors import DrillbookError, Problem
from drillbook.store.migrations import MIGRATIONS, SCHEMA_VERSION
from drillbook.store.protocol import ExerciseHead, NewEvent, PositionConflict, StoredEvent

DB_NAME = "drillbook.db"
"""The database file in the project folder, unless ``--db`` or ``DRILLBOOK_DB`` says otherwise."""

DB_ENV = "DRILLBOOK_DB"
"""The environment variable naming another database file."""

BUSY_TIMEOUT_MS = 30_000
"""How long a writer waits for another one before giving up."""

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA foreign_keys=ON",
)
"""Settings every connection uses; the raw baseline of ``bench/events.py`` uses them too."""


def default_db_path(root: Path, explicit: Path | None = None) -> Path:
    """The database to use: ``explicit``, else ``$DRILLBOOK_DB``, else ``drillbook.db`` in root."""
    if explicit is not None:
        return explicit
    env = os.environ.get(DB_ENV)
    return Path(env) if env else root / DB_NAME


def connect(path: Path) -> sqlite3.Connection:
    """A connection to ``path`` in autocommit mode (transactions are explicit) with the pragmas.

    A path that cannot be opened, or a file that is not a database, is a one-line error.
    """
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise unusable(path, str(exc)) from None
    try:
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except sqlite3.Error as exc:
        conn.close()
        raise unusable(path, str(exc)) from None
    return conn


def unusable(path: Path, reason: str) -> DrillbookError:
    """The error for a database file drillbook cannot use, with what to do about it."""
    message = (
        f"cannot use this as the exercise database ({reason}): pass --db (or set {DB_ENV}) "
        "with a drillbook database, or a new file in an existing folder"
    )
    return DrillbookError([Problem(path, 1, 1, "database", message)])


class SqliteStore:
    """An :class:`~drillbook.store.protocol.EventStore` in one SQLite file.

    Safe for several processes (SQLite's locking) and threads (one connection behind a lock).
    Each append is one ``BEGIN IMMEDIATE`` transaction, so positions never collide and a
    writer that dies mid-way leaves nothing half-written.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._conn = connect(path)
        # Writers queue on an OS file lock, which wakes the next one at once; SQLite's own
        # busy handler sleeps in growing steps and wastes most of the time under contention.
        try:
            self._writers = open(f"{path}-writer", "a+b")  # noqa: SIM115 (held until close)
        except OSError as exc:
            self._conn.close()
            raise unusable(path, exc.strerror or str(exc)) from None
        try:
            self._migrate()
        except sqlite3.Error as exc:
            self.close()
            raise unusable(path, str(exc)) from None
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()
            self._writers.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            fcntl.flock(self._writers, fcntl.LOCK_EX)
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            finally:
                fcntl.flock(self._writers, fcntl.LOCK_UN)

    def _migrate(self) -> None:
        with self._write() as conn:
            version: int = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                message = (
                    f"the database has schema version {version}, newer than this drillbook's "
                    f"{SCHEMA_VERSION}: upgrade drillbook"
                )
                raise DrillbookError([Problem(self.path, 1, 1, "", message)])
            for number in range(version, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[number]):
                    conn.execute(statement)
            if version != SCHEMA_VERSION:
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def append(
        self, exercise_id: str, events: Sequence[NewEvent], *, expect: int | None = None
    ) -> int:
        """Append ``events`` atomically after the last one; return the new last position.

        With ``expect``, raise :class:`PositionConflict` unless the log is at that position.
        """
        with self._write() as conn:
            length = _length(conn, exercise_id)
            if expect is not None and expect != length:
                raise PositionConflict(f"{exercise_id} is at {length}, not {expect}")
            if length == 0 and events:
                conn.execute(
                    "INSERT INTO exercises (exercise_id, serial) "
                    "VALUES (?, (SELECT COALESCE(MAX(serial), 0) + 1 FROM exercises))",
                    (exercise_id,),
                )
            conn.executemany(
                "INSERT INTO events (exercise_id, position, kind, body) VALUES (?, ?, ?, ?)",
                [(exercise_id, length + i, e.kind, e.body) for i, e in enumerate(events, 1)],
            )
            return length + len(events)

    def read(self, exercise_id: str, *, after: int = 0) -> list[StoredEvent]:
        """The events of an exercise after position ``after``, in order."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT position, kind, body FROM events "
                "WHERE exercise_id = ? AND position > ? ORDER BY position",
                (exercise_id, after),
            ).fetchall()
        return [StoredEvent(exercise_id, pos, kind, body) for pos, kind, body in rows]

    def exercises(self) -> list[ExerciseHead]:
        """Every exercise in the store, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT x.exercise_id, "
                "(SELECT MAX(position) FROM events l WHERE l.exercise_id = x.exercise_id), "
                "e.kind, e.body FROM exercises x "
                "JOIN events e ON e.exercise_id = x.exercise_id AND e.position = 1 "
                "ORDER BY x.serial"
            ).fetchall()
        return [
            ExerciseHead(xid, length, StoredEvent(xid, 1, kind, body))
            for xid, length, kind, body in rows
        ]


def _length(conn: sqlite3.Connection, exercise_id: str) -> int:
    # A plain MAX over the primary key is one index seek; inside INSERT ... SELECT it is a scan.
    row = conn.execute(
        "SELECT COALESCE(MAX(position), 0) FROM events WHERE exercise_id = ?", (exercise_id,)
    ).fetchone()
    return int(row[0])


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def open_store(root: Path, explicit: Path | None = None) -> SqliteStore:
    """The store of a project: see :func:`default_db_path`."""
    return SqliteStore(default_db_path(root, explicit))
