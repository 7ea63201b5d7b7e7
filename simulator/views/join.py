"""Join: a participant enters the join code and a name, then takes a role in their view."""

from __future__ import annotations

import streamlit as st

from views.engine import attempt
from views.identity import Participant, participant, remember_participant
from views.texts import say


def page() -> None:
    """The join form; on success the person lands on their participant view."""
    st.title("Join an exercise")
    who = participant()
    if who is not None:
        say(
            f"You joined as {who.name}. This page's address keeps your seat: "
            "open it again to come back.",
            "info",
        )
        st.page_link("screens/participant.py", label="Back to your view")
    with st.form("join"):
        code = st.text_input("Join code", placeholder="e.g. K7QM-3XWD", key="join-code")
        name = st.text_input("Your name", max_chars=80, key="join-name")
        submitted = st.form_submit_button("Join", type="primary")
    if not submitted:
        return
    if not code.strip() or not name.strip():
        say("Enter the join code and your name.", "error")
        return
    seat = attempt(lambda e: e.join(join_code=code, name=name))
    if seat is None:
        return
    who = Participant.seated(seat, code.strip())
    remember_participant(who)
    st.switch_page("screens/participant.py", query_params=who.address())
