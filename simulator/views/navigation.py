"""The simulator's pages and the menu that leads to them."""

from __future__ import annotations

import streamlit as st


def run() -> None:
    """Set the page up, show the menu and run the page the person is on."""
    st.set_page_config(page_title="drillbook simulator", layout="wide")
    pages = {
        "Exercise": [
            st.Page("screens/start.py", title="Start", default=True),
            st.Page("screens/join.py", title="Join", url_path="join"),
            st.Page("screens/participant.py", title="Participant view", url_path="participant"),
        ],
        "Facilitator": [
            st.Page("screens/facilitator.py", title="Facilitator console", url_path="console"),
            st.Page("screens/debrief.py", title="Debrief", url_path="debrief"),
        ],
        "Onboarding": [
            st.Page("screens/solo.py", title="Solo drill", url_path="solo"),
        ],
    }
    st.navigation(pages).run()
