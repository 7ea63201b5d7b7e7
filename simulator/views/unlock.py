"""Opening an exercise with its facilitator key: the gate of the console and the debrief."""

from __future__ import annotations

import streamlit as st

from drillbook.exercise.engine import Listing
from views.engine import attempt, engine
from views.identity import Facilitator, facilitator, remember_facilitator
from views.texts import say


def listing_text(listing: Listing) -> str:
    """An exercise as the picker shows it: nothing that only the facilitator may see (with the
    scenario code anyone could start the same scenario and read its model answers)."""
    return f"{listing.title} · exercise {listing.exercise_id[:6]} · {listing.events} events"


def unlock() -> Facilitator | None:
    """The facilitator of this tab, or a form asking for an exercise and its key."""
    who = facilitator()
    if who is not None:
        return who
    say("This page needs the exercise's facilitator key.", "info")
    with engine() as running:
        listings = {x.exercise_id: x for x in reversed(running.exercises())}
    if not listings:
        st.caption("There is no exercise yet.")
        st.page_link("screens/start.py", label="Start one")
        return None
    with st.form("unlock"):
        exercise = st.selectbox(
            "Exercise", list(listings), format_func=lambda x: listing_text(listings[x])
        )
        key = st.text_input("Facilitator key", type="password", key="unlock-key")
        submitted = st.form_submit_button("Open the exercise", type="primary")
    if not submitted or exercise is None:
        return None
    checked = attempt(lambda e: e.state_for_facilitator(exercise_id=exercise, key=key.strip()))
    if checked is None:
        return None
    who = Facilitator(exercise, key.strip())
    remember_facilitator(who)
    return who
