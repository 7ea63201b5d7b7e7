"""The news feed: injects newest first, the recent ones marked new, and the briefing."""

from __future__ import annotations

import streamlit as st

from drillbook.exercise.views import SeenInject
from views.names import minute_text
from views.texts import plain

NEW_MINUTES = 5.0
"""An inject released this many exercise minutes ago or less is marked new."""


def show_injects(injects: list[SeenInject], minute: float) -> None:
    """Each released inject in a box, newest first (the engine's order)."""
    st.subheader("Injects")
    if not injects:
        st.caption("No news yet.")
    for inject in injects:
        with st.container(border=True):
            if minute - inject.minute <= NEW_MINUTES:
                st.badge("New", color="red")
            plain(inject.text, bold=f"{inject.title} ({minute_text(inject.minute)})")


def show_briefing(lines: list[str]) -> None:
    """What the team knew at minute zero."""
    with st.expander("Briefing"):
        for line in lines:
            plain(line)
