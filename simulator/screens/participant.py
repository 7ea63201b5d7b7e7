"""Participant view: one person's roles, their news, their checklist, decisions and messages."""

from __future__ import annotations

import streamlit as st

from views.identity import participant
from views.participant import show_participant
from views.settings import settings


def page() -> None:
    """The live view for a person who joined; a pointer to the join page for anyone else."""
    who = participant()
    if who is None:
        st.title("Participant view")
        st.info("Join an exercise with the join code from your facilitator first.")
        st.page_link("screens/join.py", label="Join an exercise")
        return
    st.fragment(show_participant, run_every=settings().refresh)(who)


page()
