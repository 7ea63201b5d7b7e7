"""``drillbook check`` and ``drillbook new``: what a playbook owner sees on the command line."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from drillbook.cli import main
from drillbook.project import load_project

PHISH = "generated-0000.yaml"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    """Exit code, stderr lines and stdout of one ``drillbook`` call."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, err.splitlines(), out


def edit(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in the file; return the 1-based line where it stood."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def test_valid_project_passes(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err, out = run(capsys, "check", "--project", str(project))
    assert (code, err) == (0, [])
    assert out.startswith("ok: 2 playbook(s), 0 scenario(s)")


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        (
            "owner: incident-commander\n  stop_if",
            "owner: incident-comander\n  stop_if",
            "decision.owner",
            "unknown role 'incident-comander': did you mean 'incident-commander'?",
        ),
        (
            "- technique: T1070.001",
            "- technique: T1070.009",
            "cleanup_checks[0].technique",
            "unknown ATT&CK technique 'T1070.009'",
        ),
        (
            "- template: initial-notification",
            "- template: initial-notificaton",
            "communications[0].template",
            "did you mean 'initial-notification'?",
        ),
        (
            "- clock: gdpr-art33",
            "- clock: gdpr-art-33",
            "regulatory_clocks[0].clock",
            "unknown regulatory clock 'gdpr-art-33': did you mean 'gdpr-art33'?",
        ),
        (
            "id: containment-2",
            "id: containment-1",
            "phases.containment[1].id",
            "duplicate step id 'containment-1'",
        ),
        ("id: generated-0000", "id: phishing", "id", "differs from the file name"),
        (
            "    data_sensitivity: ",
            "    data_sensitivty: ",
            "priority.levels.data_sensitivty",
            "did you mean 'data_sensitivity'?",
        ),
        ("    scope: ", "    scope: x", "priority.levels.scope", "unknown scope level 'x"),
    ],
)
def test_dangling_references_are_one_line_errors(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    old: str,
    new: str,
    field: str,
    message: str,
) -> None:
    path = project / "playbooks" / PHISH
    line = edit(path, old, new)
    code, err, _ = run(capsys, "check", "--project", str(project))
    assert code == 1
    hits = [e for e in err if e.startswith(f"{path}:{line}:") and f": {field}: " in e]
    assert hits and message in hits[0], err


def test_all_files_are_reported_in_one_run(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in (PHISH, "generated-0001.yaml"):
        edit(project / "playbooks" / name, "title:", "titel:")
    code, err, _ = run(capsys, "check", "--project", str(project))
    assert code == 1
    assert {Path(e.split(":")[0]).name for e in err} == {PHISH, "generated-0001.yaml"}


def test_named_files_limit_the_report(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(project / "playbooks" / "generated-0001.yaml", "title:", "titel:")
    good = project / "playbooks" / PHISH
    code, err, out = run(capsys, "check", "--project", str(project), str(good))
    assert (code, err) == (0, [])
    assert "ok: 1 file(s)" in out


def test_stale_playbook_warns_and_fails_only_when_strict(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project / "playbooks" / PHISH
    old = load_project(project).playbook("generated-0000").last_reviewed.isoformat()
    edit(path, f"last_reviewed: {old}", "last_reviewed: 2020-01-01")
    code, err, _ = run(capsys, "check", "--project", str(project))
    assert code == 0
    assert len(err) == 1 and "warning: last_reviewed: review overdue since 2020-06-29" in err[0]
    code, _, _ = run(capsys, "check", "--strict", "--project", str(project))
    assert code == 1


def test_broken_org_layer_is_reported_with_playbook_errors(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "playbooks/org/roles.yaml").write_text("roles: [\n", encoding="utf-8")
    edit(project / "playbooks" / PHISH, "title:", "titel:")
    code, err, _ = run(capsys, "check", "--project", str(project))
    assert code == 1
    assert any("roles.yaml" in e and "YAML syntax" in e for e in err)
    assert any(PHISH in e and "titel" in e for e in err)


def test_new_playbook_is_valid_and_names_its_schema(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dt.date.today()
    code, _, out = run(capsys, "new", "playbook", "insider-threat", "--project", str(project))
    after = dt.date.today()
    assert code == 0 and "playbooks/insider-threat.yaml" in out
    path = project / "playbooks/insider-threat.yaml"
    assert path.read_text().splitlines()[0] == (
        "# yaml-language-server: $schema=schema/playbook.schema.json"
    )
    loaded = load_project(project)
    assert loaded.playbook("insider-threat").last_reviewed in {before, after}
    code, err, _ = run(capsys, "new", "playbook", "insider-threat", "--project", str(project))
    assert code == 1 and "exists" in err[0]


def test_new_playbook_refuses_a_bad_id(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err, _ = run(capsys, "new", "playbook", "Insider Threat", "--project", str(project))
    assert code == 1 and "lower-case" in err[0]
    assert not list((project / "playbooks").glob("Insider*"))


def test_outside_a_project_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err, _ = run(capsys, "check", "--project", str(tmp_path))
    assert code == 1 and "no drillbook project here" in err[0]


def test_console_script_never_shows_a_traceback(project: Path) -> None:
    (project / "playbooks" / PHISH).write_bytes(b"\xff\xfe\x00junk")
    done = subprocess.run(
        [sys.executable, "-m", "drillbook", "check", "--project", str(project)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert (
        done.stderr.strip()
        == f"{project / 'playbooks' / PHISH}:1:1: (document): binary data, not YAML text"
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("playbooks/missing.yaml", "no such file"),
        ("playbooks/generated-0000.yml", "rename it to generated-0000.yaml"),
        ("notes/generated-0000.yaml", "drillbook does not read this file"),
        ("playbooks/schema/playbook.schema.json", "drillbook does not read this file"),
    ],
)
def test_a_named_file_drillbook_does_not_read_is_an_error(
    project: Path, name: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "notes").mkdir()
    (project / "playbooks" / "schema").mkdir()
    for copy in ("playbooks/generated-0000.yml", "notes/generated-0000.yaml"):
        (project / copy).write_bytes((project / "playbooks" / PHISH).read_bytes())
    (project / "playbooks/schema/playbook.schema.json").write_text("{}", encoding="utf-8")
    code, err, out = run(capsys, "check", "--project", str(project), str(project / name))
    assert (code, out) == (1, "")
    assert len(err) == 1 and err[0].startswith(f"{project / name}:1:1: (document): ")
    assert message in err[0]


def test_a_yml_file_is_a_warning_naming_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder in ("playbooks", "playbooks/org", "scenarios"):
        (project / folder).mkdir(exist_ok=True)
        (project / folder / "extra.yml").write_text("id: extra\n", encoding="utf-8")
    code, err, out = run(capsys, "check", "--project", str(project))
    assert code == 0 and out.startswith("ok:")
    assert sorted(err) == sorted(
        f"{project / folder / 'extra.yml'}:1:1: warning: (document): drillbook reads only "
        "*.yaml files: rename it to extra.yaml"
        for folder in ("playbooks", "playbooks/org", "scenarios")
    )


def test_an_org_layer_missing_an_id_the_exercises_grade_with_fails_check(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    comms = project / "playbooks/org/communications.yaml"
    edit(comms, "- id: regulator-notification", "- id: authority-notice")
    code, err, _ = run(capsys, "check", "--project", str(project))
    assert code == 1
    assert any(
        e.startswith(f"{comms}:") and "regulator-notification, which are missing" in e for e in err
    ), err
