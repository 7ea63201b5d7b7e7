"""The after-action report as Markdown; every text from the log or the scenario is escaped."""

from __future__ import annotations

from drillbook.exercise.lessons import lessons_yaml
from drillbook.exercise.report import Report
from drillbook.exercise.targets import Area
from drillbook.markdown import code_block, table, text


def _items(lines: list[str]) -> list[str]:
    return [f"- {text(line)}" for line in lines] or ["- none"]


def render_markdown(report: Report) -> str:
    """The report as one Markdown document."""
    out = [
        f"# After-action report: {text(report.title)}",
        "",
        f"Scenario {text(report.scenario_code)} ({text(report.difficulty)}), playbook "
        f"{text(report.playbook)}, run on {report.date.isoformat()}, "
        f"ended at minute {report.ended_minute:g}.",
        "",
        "## Summary",
        "",
        *_items(report.summary),
        "",
        "## Timeline",
        "",
        table(
            ["minute", "what", "role", "detail"],
            [
                [f"{m.minute:g}", text(m.kind), text(m.role) if m.role else "-", text(m.text)]
                for m in report.timeline
            ],
        ),
    ]
    if report.clocks:
        out += ["", "### Regulatory clocks", ""]
        for clock in report.clocks:
            due = f"minute {clock.deadline:g}" if clock.deadline is not None else "no fixed time"
            line = f"{clock.name}: started at minute {clock.started:g}, {clock.wording} (due {due})"
            out.append(f"- {text(line)}")
    out += ["", "## Decisions and their consequences", ""]
    for d in report.decisions:
        out += [
            f"### {text(d.question)}",
            "",
            f"- Minute {d.minute:g}, {text(d.role)}: **{text(d.chosen)}** ({text(d.approach)})",
            f"- Consequence: {text(d.consequence)}",
        ]
        if d.rationale:
            out.append(f"- Rationale given: {text(d.rationale)}")
        if d.model_option:
            answer = f"{d.model_option}: {d.model_rationale or ''}"
            out.append(f"- Model answer: {text(answer)}")
        out.append("")
    out += ["## Capability targets", ""]
    for area in Area:
        targets = [t for t in report.targets if t.area == area]
        if not targets:
            continue
        out += [f"### {area.value.capitalize()}", ""]
        for t in targets:
            out.append(f"- **{'met' if t.met else 'not met'}**: {text(f'{t.title}. {t.why}')}")
            out += [f"    - {text(e)}" for e in t.evidence]
        out.append("")
    out += ["## Strengths", "", *_items(report.strengths), ""]
    out += ["## Areas for improvement", "", *_items(report.improvements), ""]
    out += ["## Improvement plan", ""]
    plan = [[text(p.action), text(p.owner), p.due.isoformat()] for p in report.plan]
    out += [table(["action", "owner", "due"], plan)]
    out += ["", "## Lessons learned", ""]
    for playbook, snippet in lessons_yaml(report).items():
        out += [f"For {text(f'playbooks/{playbook}.yaml')}:", "", code_block(snippet), ""]
    return "\n".join(out)
