"""The tabletop simulator: ``streamlit run simulator/app.py``.

Every screen reads the exercise from drillbook's engine and writes events to it; the only
thing kept in the browser session is who the person is (see ``views/identity.py``).
"""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="drillbook simulator", layout="wide")

PAGES = {
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

st.navigation(PAGES).run()
