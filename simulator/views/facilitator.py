"""Facilitator console: everyone's state, the injects to come, the clock, and the model answers."""

from __future__ import annotations

import streamlit as st

from drillbook.exercise.views import FacilitatorView
from drillbook.project import Project
from views.clocks import show_clocks
from views.console import (
    assign_role,
    show_board,
    show_controls,
    show_model_answers,
    show_progress,
    show_team,
    show_upcoming,
)
from views.engine import REFUSALS, engine, refuse
from views.header import show_clock
from views.identity import Facilitator
from views.roles import scenario_roles
from views.settings import settings
from views.texts import escape
from views.unlock import unlock

Read = tuple[FacilitatorView, list[str], Project]
"""The facilitator's view, the scenario's roles and the project."""


def read(who: Facilitator) -> Read | None:
    """The facilitator's view, the scenario's roles and the project; ``None`` when refused."""
    try:
        with engine() as running:
            view = running.state_for_facilitator(exercise_id=who.exercise, key=who.key)
            return view, scenario_roles(running, who.exercise), running.project
    except REFUSALS as exc:
        refuse(exc)
        return None


def live(who: Facilitator, fresh: list[Read]) -> None:
    """The state of the exercise, redrawn every few seconds so the room's actions show up.

    ``fresh`` holds what the page has just read, for the first drawing only (it is emptied);
    every later drawing reads the engine again.
    """
    found = fresh.pop() if fresh else read(who)
    if found is None:
        return
    view, roles, project = found
    show_clock(view.minute, running=view.running, ended=view.ended)
    show_team(view, project)
    assign_role(who, view, roles, project)
    show_clocks(view.clocks, view.minute)
    show_upcoming(view, project)
    show_progress(view, project)
    show_board(view, project)
    show_model_answers(view)


def page() -> None:
    """The console for the holder of the facilitator key: controls first, then the live state."""
    st.title("Facilitator console")
    who = unlock()
    found = read(who) if who is not None else None
    if who is None or found is None:
        return
    view = found[0]
    room = f" · join code for the room: **{escape(who.join_code)}**" if who.join_code else ""
    st.markdown(f"## {escape(view.title)}\nScenario code {escape(view.code)}{room}")
    show_controls(who, view)
    st.fragment(live, run_every=settings().refresh)(who, [found])
