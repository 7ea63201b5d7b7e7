"""The SQLite schema as forward migrations; ``PRAGMA user_version`` counts those applied."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: the log itself, one row per event, ordered per exercise.
    """
    CREATE TABLE events (
        exercise_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (exercise_id, position)
    ) WITHOUT ROWID;
    """,
    # 2: one row per exercise, so that listing and appending need not scan the log.
    """
    CREATE TABLE exercises (
        exercise_id TEXT PRIMARY KEY,
        length INTEGER NOT NULL,
        serial INTEGER NOT NULL UNIQUE
    );
    INSERT INTO exercises (exercise_id, length, serial)
        SELECT exercise_id, MAX(position), ROW_NUMBER() OVER (ORDER BY exercise_id)
        FROM events GROUP BY exercise_id;
    """,
    # 3: the length is the last position, read from the log's own index; keeping a copy
    # cost every append a second write.
    """
    ALTER TABLE exercises DROP COLUMN length;
    """,
    # 4: migration 2 numbered the exercises it found by id; number them by the day they were
    # created (the log's first event), keeping the order of serials within a day, so that
    # exercises numbered since, which are in creation order already, stay as they are.
    """
    CREATE TEMP TABLE renumbered AS
        SELECT x.exercise_id, ROW_NUMBER() OVER (ORDER BY d.day IS NULL, d.day, x.serial) AS serial
        FROM exercises x LEFT JOIN (
            SELECT exercise_id,
                CASE WHEN json_valid(body) THEN json_extract(body, '$.date') END AS day
            FROM events WHERE position = 1
        ) d ON d.exercise_id = x.exercise_id;
    UPDATE exercises SET serial = -serial;
    UPDATE exercises SET serial = (
        SELECT r.serial FROM renumbered r WHERE r.exercise_id = exercises.exercise_id
    );
    DROP TABLE renumbered;
    """,
)
"""Each entry brings the schema from version ``i`` to ``i + 1``; never edit one, add a new one."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The version of the schema this drillbook writes."""
