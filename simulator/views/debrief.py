"""The debrief's parts: capability targets by seed area, decisions, and the downloads."""

from __future__ import annotations

from itertools import groupby

import streamlit as st

from drillbook.exercise.lessons import lessons_yaml
from drillbook.exercise.report import Report
from drillbook.exercise.report_html import render_html
from drillbook.exercise.report_markdown import render_markdown
from views.engine import attempt
from views.texts import plain, say
from views.timeline import show_timeline
from views.unlock import unlock


def show_targets(report: Report) -> None:
    """Per area, each target met or not, why, and the log entries it rests on."""
    st.subheader("Capability targets")
    for line in report.summary:
        plain(line)
    for area, targets in groupby(report.targets, key=lambda t: t.area):
        st.markdown(f"#### {area.value.capitalize()}")
        for target in targets:
            mark = "Met" if target.met else "Not met"
            with st.expander(f"{mark}: {target.title}", expanded=not target.met):
                plain(target.why)
                for line in target.evidence:
                    st.text(line)


def show_decisions(report: Report) -> None:
    """Each decision, what it led to, and the model answer."""
    if not report.decisions:
        return
    st.subheader("Decisions")
    for outcome in report.decisions:
        with st.container(border=True):
            plain(outcome.chosen, bold=f"{outcome.question} (minute {outcome.minute:g})")
            plain(outcome.consequence, bold="What happened next:")
            if outcome.rationale:
                st.text(f"Why, in the team's words: {outcome.rationale}")
            if outcome.model_rationale:
                plain(outcome.model_rationale, bold=f"Model answer ({outcome.model_option}):")


def show_downloads(report: Report) -> None:
    """The report as Markdown and HTML, and each playbook's lessons as YAML to paste or merge."""
    st.subheader("After-action report")
    name = f"after-action-{report.scenario_code}"
    left, right = st.columns(2)
    left.download_button(
        "Report (Markdown)", render_markdown(report), f"{name}.md", mime="text/markdown"
    )
    right.download_button("Report (HTML)", render_html(report), f"{name}.html", mime="text/html")
    for playbook, text in lessons_yaml(report).items():
        st.markdown(f"**Lessons for the {playbook} playbook**")
        st.code(text, language="yaml")
        st.download_button(
            f"Lessons for {playbook} (YAML)",
            text,
            f"lessons-{playbook}.yaml",
            mime="application/yaml",
            key=f"lessons-{playbook}",
        )


def page() -> None:
    """The debrief for the holder of the facilitator key."""
    st.title("Debrief")
    who = unlock()
    if who is None:
        return
    report = attempt(lambda e: e.report(exercise_id=who.exercise, key=who.key))
    if report is None:
        return
    st.caption(f"{report.title} · scenario code {report.scenario_code} · {report.difficulty}")
    if not any(moment.kind == "end" for moment in report.timeline):
        say("The exercise is still running: this is how it stands so far.", "info")
    show_targets(report)
    show_timeline(report)
    show_decisions(report)
    show_downloads(report)
