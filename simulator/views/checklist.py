"""The linked playbook's steps for the person's roles, as a checklist that records ticks."""

from __future__ import annotations

from itertools import groupby

import streamlit as st

from drillbook.exercise.engine import ExerciseEngine
from drillbook.exercise.views import ParticipantView
from drillbook.playbook.models import PHASE_TITLES
from views.engine import act
from views.identity import Participant


def owners(running: ExerciseEngine, playbook: str) -> dict[str, str]:
    """Step id → the role that owns it, from the playbook."""
    return {step.id: step.owner for _, _, step in running.project.playbook(playbook).steps()}


def tick(who: Participant, role: str, step: str) -> None:
    """Record that ``step`` is done (a checkbox's callback)."""
    act(
        lambda e: e.tick_step(
            exercise_id=who.exercise, participant_id=who.participant, role=role, step=step
        ),
        callback=True,
    )


def show_checklist(who: Participant, view: ParticipantView, owner_of: dict[str, str]) -> None:
    """The steps by phase; a ticked step stays ticked."""
    st.subheader("Playbook checklist")
    for phase, steps in groupby(view.steps, key=lambda s: s[1]):
        st.markdown(f"**{PHASE_TITLES.get(phase, phase)}**")
        for step, _, action, ticked in steps:
            st.checkbox(
                action,
                value=ticked,
                disabled=ticked or view.ended,
                key=f"step-{step}-{'done' if ticked else 'open'}",
                on_change=tick,
                args=(who, owner_of[step], step),
            )
