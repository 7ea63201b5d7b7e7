"""Text people typed shows in the reports as they typed it, never as links, images or HTML."""

from __future__ import annotations

import markdown
import pytest

from drillbook.exercise.engine import ExerciseEngine
from drillbook.exercise.report import Report
from drillbook.exercise.report_html import render_html
from drillbook.exercise.report_markdown import render_markdown
from tests.exercise.conftest import DAY

PAYLOADS = {
    "link": "[payroll portal](https://evil.example/login)",
    "image": "![x](https://evil.example/pixel.png)",
    "script": "<script>alert(1)</script>",
}
"""Markup a participant might type as a name, a draft or a rationale."""


def _played(engine: ExerciseEngine, payload: str) -> Report:
    created = engine.create_exercise(scenario="phishing-payroll-lure", seed=2, today=DAY)
    xid, key = created.exercise_id, created.facilitator_key
    scenario = engine.scenario(engine.state(xid))
    point, task = scenario.decisions[0], scenario.communications[0]
    seat = engine.join(join_code=created.join_code, name=payload).participant_id
    for role in {point.owner, task.owner}:
        engine.take_role(exercise_id=xid, participant_id=seat, role=role)
    engine.advance_clock(exercise_id=xid, key=key, to=max(point.minute, task.minute))
    act = {"exercise_id": xid, "participant_id": seat}
    engine.save_draft(**act, role=task.owner, task=task.id, text=payload)
    engine.send_message(**act, role=task.owner, task=task.id, text=payload)
    option = point.options[0].id
    engine.decide(**act, role=point.owner, decision=point.id, option=option, rationale=payload)
    engine.end_exercise(exercise_id=xid, key=key)
    return engine.report(exercise_id=xid, key=key)


def _no_markup(page: str) -> None:
    assert "<a " not in page and "<img" not in page and "<script" not in page
    assert '="https://evil.example' not in page


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_typed_markup_renders_as_text_in_the_markdown_report(
    engine: ExerciseEngine, payload: str
) -> None:
    report = _played(engine, payload)
    assert any(payload in m.text for m in report.timeline)
    assert any(payload == d.rationale for d in report.decisions)

    page = markdown.markdown(render_markdown(report), extensions=["tables"])

    _no_markup(page)
    assert page.count(payload.replace("<", "&lt;").replace(">", "&gt;")) >= 2


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_typed_markup_renders_as_text_in_the_html_report(
    engine: ExerciseEngine, payload: str
) -> None:
    page = render_html(_played(engine, payload))

    _no_markup(page)
    assert page.count(payload.replace("<", "&lt;").replace(">", "&gt;")) >= 2
