"""``scenario list|show|pack``: the exercise-in-a-box holds every inject and a handout per role."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from drillbook.cli import main
from drillbook.markdown import text
from drillbook.project import Project
from drillbook.scenario.catalogue import scenario
from tests.factories import REPO
from tests.scenario.test_checks import edit


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The standard output of a successful ``drillbook`` command on the shipped project."""
    assert main([*args, "--project", str(REPO)]) == 0
    return capsys.readouterr().out


def test_list_names_every_template(capsys: pytest.CaptureFixture[str], shipped: Project) -> None:
    out = run(capsys, "scenario", "list")
    assert [line.split("\t")[0] for line in out.splitlines()] == sorted(shipped.scenarios)


def test_show_json_and_code(capsys: pytest.CaptureFixture[str], shipped: Project) -> None:
    out = run(
        capsys, "scenario", "show", "malware-loader-on-laptop", "--seed", "5", "--format", "json"
    )
    data = json.loads(out)
    assert out == scenario(shipped, "malware-loader-on-laptop", 5).to_json()
    assert run(capsys, "scenario", "show", data["code"], "--format", "json") == out


def test_show_markdown_is_the_facilitator_guide(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "scenario", "show", "web-shell-customer-portal", "--seed", "2")
    assert out.startswith("# The portal that answered back: facilitator guide")
    assert "## Model answers" in out and "## Debrief questions" in out


def test_unknown_scenario_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenario", "show", "phishing", "--seed", "1", "--project", str(REPO)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown scenario 'phishing': did you mean" in err


def test_pack_holds_every_inject_and_a_handout_per_role(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shipped: Project
) -> None:
    out = tmp_path / "box"
    run(
        capsys,
        "scenario",
        "pack",
        "ransomware-friday-night",
        "--seed",
        "8",
        "--difficulty",
        "advanced",
        "--out",
        str(out),
    )
    generated = scenario(shipped, "ransomware-friday-night", 8, "advanced")
    guide_md = (out / "facilitator-guide.md").read_text(encoding="utf-8")
    guide_html = (out / "facilitator-guide.html").read_text(encoding="utf-8")
    for inject in generated.injects:
        assert text(inject.text) in guide_md
        assert html.escape(" ".join(inject.text.split())) in guide_html
    for role in generated.roles:
        handout = (out / f"handout-{role}.md").read_text(encoding="utf-8")
        assert (out / f"handout-{role}.html").is_file()
        for inject in generated.injects:
            assert (text(inject.text) in handout) == inject.addressed_to(role)
        assert "Model answers" not in handout and "Red herring" not in handout
    assert json.loads((out / "scenario.json").read_text(encoding="utf-8"))["code"] == generated.code


def test_template_text_is_escaped_in_every_page(copy: Path, tmp_path: Path) -> None:
    edit(
        copy, "title: The campaign is larger than it looked", "title: <script>alert(1)</script> *x*"
    )
    out = tmp_path / "box"
    assert (
        main(
            ["scenario", "pack", "phishing-payroll-lure", "--out", str(out), "--project", str(copy)]
        )
        == 0
    )
    for page in [*out.glob("*.md"), *out.glob("*.html")]:
        written = page.read_text(encoding="utf-8")
        assert "<script>" not in written
    guide = (out / "facilitator-guide.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *x*" in guide
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\*x\\*" in (
        out / "facilitator-guide.md"
    ).read_text(encoding="utf-8")


@pytest.mark.parametrize("out", ["notes.txt", "notes.txt/box", "project/scenarios", "project"])
def test_pack_to_a_bad_place_is_one_line_and_writes_nothing(
    copy: Path, tmp_path: Path, out: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    argv = ["scenario", "pack", "phishing-payroll-lure", "--out", str(tmp_path / out)]
    assert main([*argv, "--project", str(copy)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--out" in err and "Traceback" not in err
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
