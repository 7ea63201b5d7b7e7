"""Debrief: targets met or not with their evidence, the timeline, and the report to download."""

from __future__ import annotations

import streamlit as st

from views.debrief import show_decisions, show_downloads, show_targets
from views.engine import attempt
from views.timeline import show_timeline
from views.unlock import unlock


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
        st.info("The exercise is still running: this is how it stands so far.")
    show_targets(report)
    show_timeline(report)
    show_decisions(report)
    show_downloads(report)


page()
