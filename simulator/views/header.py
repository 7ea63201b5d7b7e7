"""The line at the top of a live view: the exercise clock and whether it runs."""

from __future__ import annotations

import streamlit as st

from views.names import minute_text


def show_clock(minute: float, *, running: bool, ended: bool) -> None:
    """The exercise minute, and whether time runs, stands still or the exercise is over."""
    if ended:
        state = "the exercise has ended"
    elif running:
        state = "time is running"
    else:
        state = "time stands still until the facilitator moves it"
    st.markdown(f"### {minute_text(minute).capitalize()} · {state}")
