"""The after-action report as Markdown."""

from __future__ import annotations

from drillbook.exercise.lessons import lessons_yaml
from drillbook.exercise.report import Report
from drillbook.exercise.targets import Area


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _items(lines: list[str]) -> list[str]:
    return [f"- {line}" for line in lines] or ["- none"]


def render_markdown(report: Report) -> str:
    """The report as one Markdown document."""
    out = [
        f"# After-action report: {report.title}",
        "",
        f"Scenario `{report.scenario_code}` ({report.difficulty}), playbook `{report.playbook}`, "
        f"run on {report.date.isoformat()}, ended at minute {report.ended_minute:g}.",
        "",
        "## Summary",
        "",
        *[f"- {line}" for line in report.summary],
        "",
        "## Timeline",
        "",
        "| minute | what | role | detail |",
        "|---:|---|---|---|",
        *[
            f"| {m.minute:g} | {m.kind} | {m.role or '-'} | {_cell(m.text)} |"
            for m in report.timeline
        ],
    ]
    if report.clocks:
        out += ["", "### Regulatory clocks", ""]
        for clock in report.clocks:
            due = f"minute {clock.deadline:g}" if clock.deadline is not None else "no fixed time"
            out.append(
                f"- {clock.name}: started at minute {clock.started:g}, {clock.wording} (due {due})"
            )
    out += ["", "## Decisions and their consequences", ""]
    for d in report.decisions:
        out += [
            f"### {d.question}",
            "",
            f"- Minute {d.minute:g}, {d.role}: **{_cell(d.chosen)}** ({d.approach})",
            f"- Consequence: {_cell(d.consequence)}",
        ]
        if d.rationale:
            out.append(f"- Rationale given: {_cell(d.rationale)}")
        if d.model_option:
            out.append(f"- Model answer: `{d.model_option}`: {_cell(d.model_rationale or '')}")
        out.append("")
    out += ["## Capability targets", ""]
    for area in Area:
        targets = [t for t in report.targets if t.area == area]
        if not targets:
            continue
        out += [f"### {area.value.capitalize()}", ""]
        for t in targets:
            out.append(f"- **{'met' if t.met else 'not met'}**: {t.title}. {t.why}")
            out += [f"    - {_cell(e)}" for e in t.evidence]
        out.append("")
    out += ["## Strengths", "", *_items(report.strengths), ""]
    out += ["## Areas for improvement", "", *_items(report.improvements)]
    out += ["", "## Improvement plan", "", "| action | owner | due |", "|---|---|---|"]
    out += [f"| {_cell(p.action)} | {p.owner} | {p.due.isoformat()} |" for p in report.plan]
    out += ["", "## Lessons learned", ""]
    for playbook, text in lessons_yaml(report).items():
        out += [f"For `playbooks/{playbook}.yaml`:", "", "```yaml", text.rstrip(), "```", ""]
    return "\n".join(out)
