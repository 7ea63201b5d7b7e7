"""``drillbook build``: strict, and a failed build leaves the previous site untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from drillbook.cli import main


def test_broken_yaml_fails_with_one_line_errors_and_keeps_the_site(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p: p.read_bytes() for p in (built / "site").rglob("*") if p.is_file()}
    capsys.readouterr()
    playbook = built / "playbooks" / "minimal.yaml"
    good = playbook.read_text(encoding="utf-8")
    playbook.write_text(good.replace("owner: incident-commander", "owner: incident-comander", 1))
    try:
        assert main(["build", "--project", str(built)]) == 1
    finally:
        playbook.write_text(good, encoding="utf-8")
    errors = capsys.readouterr().err.strip().splitlines()
    assert errors
    assert all(line.startswith(f"{playbook}:") for line in errors)
    assert "did you mean 'incident-commander'?" in errors[0]
    after = {p: p.read_bytes() for p in (built / "site").rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in built.iterdir() if p.name.startswith("site")] == ["site"]


def test_a_site_problem_fails_the_build_strictly(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = built / "docs" / "index.md"
    good = home.read_text(encoding="utf-8")
    home.write_text(good + "\n[broken](no-such-page.md)\n", encoding="utf-8")
    try:
        assert main(["build", "--project", str(built)]) == 1
    finally:
        home.write_text(good, encoding="utf-8")
    err = capsys.readouterr().err
    assert "no-such-page.md" in err
    assert (built / "site" / "index.html").is_file()


def test_a_good_build_replaces_the_site(built: Path) -> None:
    marker = built / "site" / "left-over.txt"
    marker.write_text("from an earlier build", encoding="utf-8")
    assert main(["build", "--project", str(built)]) == 0
    assert not marker.exists()
    assert (built / "site" / "playbooks" / "minimal.html").is_file()
