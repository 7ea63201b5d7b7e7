"""Bad templates fail to load with one line per problem, naming file, line, column and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from drillbook.cli import main
from drillbook.errors import DrillbookError
from drillbook.project import Project, load_project

PHISH = "scenarios/phishing-payroll-lure.yaml"


def edit(root: Path, old: str, new: str) -> Path:
    """Replace ``old`` (once) in the phishing template; return the file."""
    path = root / PHISH
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    """The 1-based line of the first line containing ``needle``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def problems(root: Path) -> list[str]:
    """The one-line problems of loading the project at ``root``."""
    with pytest.raises(DrillbookError) as caught:
        load_project(root)
    return [str(p) for p in caught.value.problems]


def test_every_shipped_template_loads(shipped: Project) -> None:
    assert len(shipped.scenarios) >= 7
    assert not [w for w in shipped.warnings if "scenarios" in str(w.path)]


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        (
            "${people.clicker.name} in Accounts",
            "${people.clickr.name} in Accounts",
            "briefing.lines[3]",
            "unknown placeholder ${people.clickr.name}: did you mean 'people.clicker.name'?",
        ),
        (
            "condition: {decision: containment-plan,",
            "condition: {decision: containment,",
            "injects[5].condition.decision",
            "unknown decision 'containment': did you mean 'containment-plan'?",
        ),
        ("playbook: phishing", "playbook: phishin", "playbook", "unknown playbook 'phishin'"),
        (
            "owner: forensics-analysis",
            "owner: forensic-analysis",
            "decisions[2].owner",
            "unknown role 'forensic-analysis': did you mean 'forensics-analysis'?",
        ),
        (
            "template: management-briefing",
            "template: board-briefing",
            "communications[2].template",
            "unknown template 'board-briefing'",
        ),
        (
            "chosen: [one-by-one]",
            "chosen: [one-at-a-time]",
            "injects[5].condition.chosen[0]",
            "unknown option 'one-at-a-time'",
        ),
        (
            "legal-compliance, it-operations]",
            "legal-compliance, it-operations, it-operations]",
            "roles[6]",
            "duplicate role id 'it-operations' (first at roles[5])",
        ),
        (
            "    business_impact: none",
            "    business_impact: nonee",
            "briefing.levels.business_impact",
            "unknown business_impact level 'nonee': did you mean 'none'?",
        ),
    ],
)
def test_bad_reference_is_one_located_line(
    copy: Path, old: str, new: str, field: str, message: str
) -> None:
    path = edit(copy, old, new)
    [problem] = problems(copy)
    assert problem.startswith(f"{path}:{line_of(path, new)}:")
    assert f": {field}: {message}" in problem
    assert "\n" not in problem


def test_unknown_field_and_missing_model_answer(copy: Path) -> None:
    path = edit(copy, "  - about: evidence-first\n", "  - abuot: evidence-first\n")
    found = problems(copy)
    assert any(
        f"{path}:{line_of(path, 'abuot')}:" in p and "did you mean 'about'" in p for p in found
    )


def test_escalation_that_does_not_raise_the_priority_is_an_error(copy: Path) -> None:
    path = edit(
        copy,
        "raise_to: {data_sensitivity: restricted, compliance_risk: likely}",
        "raise_to: {compliance_risk: possible}",
    )
    [problem] = problems(copy)
    assert problem.startswith(f"{path}:{line_of(path, 'compliance_risk: possible}')}:")
    assert "injects[3].escalation.raise_to: the priority stays P3" in problem


def test_check_command_reports_scenarios(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(copy, "tag: PHISH", "tag: RANSOM")
    assert main(["check", "--project", str(copy)]) == 1
    err = capsys.readouterr().err
    assert "tag: the tag 'RANSOM' is used by" in err
    assert "Traceback" not in err
