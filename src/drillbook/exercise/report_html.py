"""The after-action report as one printable HTML page: inline style and SVG, no scripts."""

from __future__ import annotations

from html import escape

from drillbook.exercise.lessons import lessons_yaml
from drillbook.exercise.report import Report
from drillbook.exercise.targets import Area
from drillbook.exercise.timeline_svg import timeline_svg
from drillbook.printable import printable_page

_MARKS = """
.met { color: #047857; } .missed { color: #b91c1c; }
"""


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items or ["none"]) + "</ul>"


def render_html(report: Report) -> str:
    """The report as a standalone HTML document; every text from the log is escaped."""
    e = escape
    rows = "".join(
        f"<tr><td>{m.minute:g}</td><td>{e(m.kind)}</td><td>{e(m.role)}</td><td>{e(m.text)}</td></tr>"
        for m in report.timeline
    )
    decisions = "".join(
        f"<h3>{e(d.question)}</h3><ul><li>Minute {d.minute:g}, {e(d.role)}: "
        f"<strong>{e(d.chosen)}</strong> ({e(d.approach)})</li>"
        f"<li>Consequence: {e(d.consequence)}</li>"
        + (f"<li>Rationale given: {e(d.rationale)}</li>" if d.rationale else "")
        + (
            f"<li>Model answer: {e(d.model_option)}: {e(d.model_rationale or '')}</li>"
            if d.model_option
            else ""
        )
        + "</ul>"
        for d in report.decisions
    )
    targets = ""
    for area in Area:
        chosen = [t for t in report.targets if t.area == area]
        if not chosen:
            continue
        targets += f"<h3>{e(area.value.capitalize())}</h3><ul>"
        for t in chosen:
            state = (
                '<span class="met">met</span>' if t.met else '<span class="missed">not met</span>'
            )
            targets += f"<li>{state}: {e(t.title)}. {e(t.why)}{_list(t.evidence)}</li>"
        targets += "</ul>"
    plan = "".join(
        f"<tr><td>{e(p.action)}</td><td>{e(p.owner)}</td><td>{p.due.isoformat()}</td></tr>"
        for p in report.plan
    )
    lessons = "".join(
        f"<p>For <code>playbooks/{e(pid)}.yaml</code>:</p><pre>{e(text)}</pre>"
        for pid, text in lessons_yaml(report).items()
    )
    body = f"""<p>Scenario <code>{e(report.scenario_code)}</code> ({e(report.difficulty)}), playbook
<code>{e(report.playbook)}</code>, run on {report.date.isoformat()}, ended at minute
{report.ended_minute:g}.</p>
<h2>Summary</h2>{_list(report.summary)}
<h2>Timeline</h2>
{timeline_svg(report)}
<table><tr><th>minute</th><th>what</th><th>role</th><th>detail</th></tr>{rows}</table>
<h2>Decisions and their consequences</h2>{decisions}
<h2>Capability targets</h2>{targets}
<h2>Strengths</h2>{_list(report.strengths)}
<h2>Areas for improvement</h2>{_list(report.improvements)}
<h2>Improvement plan</h2>
<table><tr><th>action</th><th>owner</th><th>due</th></tr>{plan}</table>
<h2>Lessons learned</h2>{lessons}"""
    return printable_page(f"After-action report: {report.title}", body, css=_MARKS)
