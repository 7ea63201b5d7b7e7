"""Solo drill: one person takes a role, injects come on their own clock, feedback follows."""

from __future__ import annotations

import secrets

import streamlit as st

from drillbook.exercise.engine import ExerciseEngine
from drillbook.scenario import catalogue
from views.engine import REFUSALS, act, attempt, engine, refuse
from views.feedback import show_feedback
from views.identity import (
    Facilitator,
    Participant,
    facilitator,
    participant,
    remember_facilitator,
    remember_participant,
)
from views.names import role_name
from views.participant import show_participant
from views.settings import settings

SPEEDS = (1.0, 2.0, 5.0, 10.0)
"""Exercise minutes per real minute that a drill can run at."""

SEEDS = 10_000
"""Each drill draws its seed below this, so that drills differ."""


def begin(template: str, role: str, name: str, speed: float) -> None:
    """Create a drill exercise, seat the person in the role and start its clock."""

    def start(running: ExerciseEngine) -> tuple[Participant, Facilitator]:
        """The engine calls that set the drill up."""
        created = running.create_exercise(scenario=template, seed=secrets.randbelow(SEEDS))
        seat = running.join(join_code=created.join_code, name=name)
        running.take_role(
            exercise_id=seat.exercise_id, participant_id=seat.participant_id, role=role
        )
        running.start_clock(exercise_id=seat.exercise_id, key=created.facilitator_key, speed=speed)
        return (
            Participant.seated(seat, created.join_code),
            Facilitator(created.exercise_id, created.facilitator_key, created.join_code),
        )

    started = attempt(start)
    if started is not None:
        remember_participant(started[0])
        remember_facilitator(started[1])


def setup() -> None:
    """Pick a scenario, a role and a pace."""
    with engine() as running:
        templates = {t.id: t for t in catalogue.templates(running.project)}
        project = running.project
    picked = st.selectbox(
        "Scenario", list(templates), format_func=lambda t: templates[t].title, key="solo-scenario"
    )
    with st.form("solo"):
        role = st.selectbox(
            "Your role",
            templates[picked].roles,
            format_func=lambda r: role_name(project, r),
            key="solo-role",
        )
        name = st.text_input("Your name", max_chars=80, key="solo-name")
        speed = st.select_slider(
            "Exercise minutes per real minute", SPEEDS, value=SPEEDS[2], key="solo-speed"
        )
        submitted = st.form_submit_button("Start the drill", type="primary")
    if submitted:
        begin(picked, role, name.strip() or "Trainee", speed)
        st.rerun()


def live(who: Participant, key: Facilitator) -> None:
    """Release what the drill's clock says is due, show the role's view, then the feedback."""
    act(lambda e: e.release_due_injects(exercise_id=who.exercise))
    mine = show_participant(who)
    if mine is None:
        return
    try:
        with engine() as running:
            view = running.state_for_facilitator(exercise_id=key.exercise, key=key.key)
    except REFUSALS as exc:
        refuse(exc)
        return
    show_feedback(view, mine)
    if view.ended:
        st.page_link("screens/debrief.py", label="See the debrief")
        return
    upcoming = [i.minute for i in view.upcoming if i.minute > view.minute]
    skip, stop = st.columns(2)
    if upcoming and skip.button("Skip to the next inject", key="solo-skip"):
        act(lambda e: e.advance_clock(exercise_id=key.exercise, key=key.key, to=min(upcoming)))
        st.rerun()
    if stop.button("End the drill", key="solo-end"):
        act(lambda e: e.end_exercise(exercise_id=key.exercise, key=key.key))
        st.rerun()


def page() -> None:
    """The drill in progress, or the form that starts one."""
    st.title("Solo drill")
    who, key = participant(), facilitator()
    if who is None or key is None or who.exercise != key.exercise:
        st.caption(
            "Practise a role alone: injects arrive on their own, feedback follows each step."
        )
        setup()
        return
    st.fragment(live, run_every=settings().refresh)(who, key)
