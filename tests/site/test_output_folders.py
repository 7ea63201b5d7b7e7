"""``build --site`` and ``export``: a bad destination is one line and costs no file."""

from __future__ import annotations

from pathlib import Path

import pytest

from drillbook.cli import main
from tests.site.projects import site_project


def snapshot(root: Path) -> dict[Path, bytes]:
    """Every file under ``root`` with its bytes."""
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    """A site project that has not been built, inside a folder of its own."""
    return site_project(tmp_path / "outer" / "project")


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The one error line of a command that must fail."""
    assert main(list(argv)) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    return lines[0]


@pytest.mark.parametrize(
    "target", [".", "..", "docs", "playbooks", "scenarios", "playbooks/org", "docs/site"]
)
def test_site_never_replaces_the_project_or_its_sources(
    fresh: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (fresh / "scenarios").mkdir()
    (fresh / "scenarios" / "notes.md").write_text("Ideas for drills.\n", encoding="utf-8")
    before = snapshot(fresh.parent)
    line = refused(capsys, "build", "--project", str(fresh), "--site", str(fresh / target))
    assert "--site" in line
    assert snapshot(fresh.parent) == before


def test_site_never_replaces_a_folder_it_did_not_build(
    fresh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "photos"
    mine.mkdir()
    (mine / "holiday.jpg").write_bytes(b"\xff\xd8")
    line = refused(capsys, "build", "--project", str(fresh), "--site", str(mine))
    assert "not built by drillbook" in line
    assert (mine / "holiday.jpg").read_bytes() == b"\xff\xd8"


def test_site_replaces_the_folder_it_built_before(
    fresh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "runbook"
    site.mkdir()
    assert main(["build", "--project", str(fresh), "--site", str(site)]) == 0
    (site / "left-over.txt").write_text("from an earlier build", encoding="utf-8")
    assert main(["build", "--project", str(fresh), "--site", str(site)]) == 0
    assert not (site / "left-over.txt").exists()
    assert (site / "index.html").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outer", "runbook"]


@pytest.mark.parametrize("under", ["", "site"])
def test_site_on_a_file_is_one_line(
    fresh: Path, tmp_path: Path, under: str, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me", encoding="utf-8")
    refused(capsys, "build", "--project", str(fresh), "--site", str(notes / under))
    assert notes.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "outer"]


def test_a_failed_swap_puts_the_previous_site_back(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "--project", str(fresh)]) == 0
    before = snapshot(fresh / "site")
    rename = Path.rename

    def refuse_new_site(self: Path, target: str | Path) -> Path:
        if ".new-" in self.name:
            raise PermissionError(13, "Permission denied")
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", refuse_new_site)
    line = refused(capsys, "build", "--project", str(fresh))
    assert "Permission denied" in line
    assert snapshot(fresh / "site") == before
    assert [p.name for p in fresh.iterdir() if p.name.startswith("site")] == ["site"]


@pytest.mark.parametrize("target", [".", "docs", "playbooks/org"])
def test_export_never_writes_over_the_project(
    fresh: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(fresh.parent)
    refused(capsys, "export", "--project", str(fresh), str(fresh / target))
    assert snapshot(fresh.parent) == before


@pytest.mark.parametrize("under", ["", "export"])
def test_export_to_a_file_is_one_line(
    fresh: Path, tmp_path: Path, under: str, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me", encoding="utf-8")
    refused(capsys, "export", "--project", str(fresh), str(notes / under))
    assert notes.read_text(encoding="utf-8") == "keep me"
