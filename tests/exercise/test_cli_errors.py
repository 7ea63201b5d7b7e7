"""Bad paths given to the exercise commands: one line on stderr, exit 1, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from drillbook.cli import main
from drillbook.exercise.engine import ExerciseEngine
from drillbook.exercise.teams import Team, simulate
from drillbook.project import load_project
from drillbook.store import SqliteStore
from tests.exercise.conftest import DAY


def _fails_in_one_line(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    return err


@pytest.fixture
def played(copied: Path, tmp_path: Path) -> tuple[Path, str]:
    """A database with one finished exercise, and that exercise's id."""
    db = tmp_path / "played.db"
    with SqliteStore(db) as store:
        engine = ExerciseEngine(store, load_project(copied))
        created = simulate(
            engine, scenario="phishing-payroll-lure", seed=2, team=Team.CAREFUL, today=DAY
        )
    return db, created.exercise_id


@pytest.mark.parametrize("verb", [["list"], ["export", "x"], ["report", "x"]])
def test_a_database_in_a_missing_folder_is_one_line(
    copied: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], verb: list[str]
) -> None:
    db = tmp_path / "nowhere" / "x.db"
    args = ["exercise", *verb, "--project", str(copied), "--db", str(db)]

    err = _fails_in_one_line(args, capsys)

    assert err.startswith(f"{db}:1:1: database: ") and "existing folder" in err
    assert not (tmp_path / "nowhere").exists()


def test_a_database_that_is_no_database_is_one_line_and_left_alone(
    copied: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("not a database\n", encoding="utf-8")
    args = ["exercise", "list", "--project", str(copied), "--db", str(db)]

    err = _fails_in_one_line(args, capsys)

    assert "file is not a database" in err
    assert db.read_text(encoding="utf-8") == "not a database\n"


@pytest.mark.parametrize("verb", ["report", "export"])
def test_writing_into_a_missing_folder_is_one_line(
    copied: Path,
    played: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    verb: str,
) -> None:
    db, xid = played
    out = tmp_path / "missing" / "out.txt"
    args = ["exercise", verb, xid, "--out", str(out), "--project", str(copied), "--db", str(db)]

    err = _fails_in_one_line(args, capsys)

    assert err.startswith(f"{out}:1:1: --out: cannot write here")


@pytest.mark.parametrize("verb", ["report", "export"])
def test_an_unknown_exercise_is_one_line(
    copied: Path,
    played: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    verb: str,
) -> None:
    db, _ = played
    args = ["exercise", verb, "no-such-id", "--project", str(copied), "--db", str(db)]

    err = _fails_in_one_line(args, capsys)

    assert "no such exercise" in err


def test_export_writes_the_whole_log_to_a_file(
    copied: Path, played: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, xid = played
    out = tmp_path / "log.jsonl"
    args = ["exercise", "export", xid, "--out", str(out), "--project", str(copied), "--db", str(db)]

    assert main(args) == 0

    with SqliteStore(db) as store:
        assert len(out.read_text(encoding="utf-8").splitlines()) == len(store.read(xid))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
