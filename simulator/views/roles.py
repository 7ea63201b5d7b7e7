"""Taking a role: free roles first; a taken one can be taken over, e.g. after rejoining."""

from __future__ import annotations

import streamlit as st

from drillbook.exercise.engine import ExerciseEngine
from drillbook.exercise.views import ParticipantView
from drillbook.project import Project
from views.engine import act
from views.identity import Participant
from views.names import role_name


def scenario_roles(running: ExerciseEngine, exercise: str) -> list[str]:
    """Every role of the exercise's scenario, in the scenario's order."""
    return list(running.scenario(running.state(exercise)).roles)


def pick_role(
    who: Participant, view: ParticipantView, everyone: list[str], project: Project
) -> None:
    """A form to take a role of the scenario (taking over a taken one hands it over)."""
    roles = [r for r in everyone if r not in view.roles]
    if not roles:
        return

    def label(role: str) -> str:
        """The role's title, and whether someone holds it."""
        taken = "" if role in view.free_roles else " (taken: take it over)"
        return role_name(project, role) + taken

    with st.expander("Take a role", expanded=not view.roles), st.form("take-role"):
        free = [r for r in roles if r in view.free_roles]
        role = st.radio("Role", roles, index=roles.index(free[0]) if free else 0, format_func=label)
        submitted = st.form_submit_button("Take role", disabled=view.ended)
    if submitted and role is not None:
        taken = act(
            lambda e: e.take_role(
                exercise_id=who.exercise, participant_id=who.participant, role=role
            )
        )
        if taken:
            st.rerun()
