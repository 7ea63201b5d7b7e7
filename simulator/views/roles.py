"""Taking a role: a participant takes one nobody holds; the facilitator hands over held ones."""

from __future__ import annotations

import streamlit as st

from drillbook.exercise.engine import ExerciseEngine
from drillbook.exercise.views import ParticipantView
from drillbook.project import Project
from views.engine import act
from views.identity import Participant
from views.names import role_name, roles_text


def scenario_roles(running: ExerciseEngine, exercise: str) -> list[str]:
    """Every role of the exercise's scenario, in the scenario's order."""
    return list(running.scenario(running.state(exercise)).roles)


def pick_role(
    who: Participant, view: ParticipantView, everyone: list[str], project: Project
) -> None:
    """A form to take a role nobody holds.

    The choices stay the same while others take roles (a changing list would switch the
    person's pick to another role unseen); the roles held are named beside them, and the engine
    refuses one taken in the meantime.
    """
    roles = [r for r in everyone if r not in view.roles]
    if not roles:
        return
    free = [r for r in roles if r in view.free_roles]
    held = [r for r in roles if r not in view.free_roles]
    with st.expander("Take a role", expanded=not view.roles), st.form("take-role"):
        role = st.radio(
            "Role",
            roles,
            index=roles.index(free[0]) if free else 0,
            format_func=lambda r: role_name(project, r),
            key="take-role-pick",
        )
        if held:
            st.caption(
                f"Held by others (the facilitator can hand them over): {roles_text(project, held)}"
            )
        submitted = st.form_submit_button("Take role", disabled=view.ended)
    if submitted and role is not None:
        taken = act(
            lambda e: e.take_role(
                exercise_id=who.exercise, participant_id=who.participant, role=role
            )
        )
        if taken:
            st.rerun()
