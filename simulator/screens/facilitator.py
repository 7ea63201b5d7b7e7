"""Facilitator console: everyone's state, the injects to come, the clock, and the model answers."""

from __future__ import annotations

import streamlit as st

from views.clocks import show_clocks
from views.console import (
    assign_role,
    show_controls,
    show_model_answers,
    show_progress,
    show_targets,
    show_team,
    show_upcoming,
)
from views.engine import REFUSALS, engine, refusal
from views.header import show_clock
from views.identity import Facilitator
from views.roles import scenario_roles
from views.settings import settings
from views.unlock import unlock


def live(who: Facilitator) -> None:
    """The console, redrawn every few seconds so the room's actions show up by themselves."""
    try:
        with engine() as running:
            view = running.state_for_facilitator(exercise_id=who.exercise, key=who.key)
            roles = scenario_roles(running, who.exercise)
            project = running.project
    except REFUSALS as exc:
        st.error(refusal(exc))
        return
    st.header(view.title)
    if who.join_code:
        st.markdown("**Join code** for the room")
        st.code(who.join_code, language=None)
    st.caption(f"Scenario code {view.code}")
    show_clock(view.minute, running=view.running, ended=view.ended)
    show_controls(who, view)
    team, upcoming = st.columns(2)
    with team:
        show_team(view, project)
        assign_role(who, view, roles, project)
        show_clocks(view.clocks, view.minute)
    with upcoming:
        show_upcoming(who, view, project)
    show_progress(view, project)
    show_targets(view)
    show_model_answers(view)
    st.page_link("screens/debrief.py", label="Debrief")


def page() -> None:
    """The console for the holder of the facilitator key."""
    st.title("Facilitator console")
    who = unlock()
    if who is None:
        return
    st.fragment(live, run_every=settings().refresh)(who)


page()
