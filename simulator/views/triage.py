"""The triage board: concurrent incidents to rank and prioritise, and the incident's priority."""

from __future__ import annotations

import streamlit as st

from drillbook.exercise.views import BoardIncident, ParticipantView
from drillbook.org.models import PriorityLevel
from views.engine import act
from views.identity import Participant
from views.texts import plain, say

MAIN = "main"
"""The scenario's own incident, as the engine names it."""

LEVELS = list(PriorityLevel)
"""Priorities, most urgent first."""

Ranking = tuple[list[str], dict[str, PriorityLevel]]
"""Incident ids most urgent first, and the priority given to each."""


def ranking_form(board: list[BoardIncident], view: ParticipantView) -> Ranking | None:
    """A rank and a priority per incident; return them once submitted with distinct ranks."""
    positions = list(range(1, len(board) + 1))
    ranks: dict[str, int] = {}
    priorities: dict[str, PriorityLevel] = {}
    with st.form("triage"):
        for number, incident in enumerate(board, 1):
            rank, priority = st.columns(2)
            ranks[incident.id] = rank.selectbox(
                f"Rank of {incident.title}", positions, index=number - 1, key=f"rank-{incident.id}"
            )
            given = view.priorities.get(incident.id, PriorityLevel.P3)
            priorities[incident.id] = priority.selectbox(
                f"Priority of {incident.title}",
                LEVELS,
                index=LEVELS.index(given),
                key=f"priority-{incident.id}",
            )
        submitted = st.form_submit_button("Submit ranking", disabled=view.ended)
    if not submitted:
        return None
    if len(set(ranks.values())) != len(ranks):
        say("Give each incident a different rank.", "error")
        return None
    return sorted(ranks, key=ranks.__getitem__), priorities


def show_board(who: Participant, view: ParticipantView) -> Ranking | None:
    """The board (what is known of each incident) and its ranking form; return the ranking
    once it is recorded."""
    role = view.ranks_as
    if not view.board or role is None:
        return None
    st.subheader("Triage board")
    for incident in view.board:
        with st.container(border=True):
            plain(incident.summary, bold=incident.title)
    ranking = ranking_form(view.board, view)
    if ranking is None:
        return None
    order, priorities = ranking
    done = act(
        lambda e: e.submit_ranking(
            exercise_id=who.exercise,
            participant_id=who.participant,
            role=role,
            order=order,
            priorities=priorities,
        )
    )
    if done:
        say("Ranking recorded.", "success")
    return ranking if done else None


def show_priority(who: Participant, view: ParticipantView) -> None:
    """The priority of the scenario's own incident, for the roles that set it."""
    role = view.ranks_as
    if role is None:
        return
    given = view.priorities.get(MAIN)
    with st.form("priority"):
        level = st.selectbox(
            f"Priority of this incident (now {given or 'not set'})",
            LEVELS,
            index=LEVELS.index(given) if given else None,
            key="priority-main",
        )
        submitted = st.form_submit_button("Set priority", disabled=view.ended)
    if submitted and level is not None:
        act(
            lambda e: e.set_priority(
                exercise_id=who.exercise,
                participant_id=who.participant,
                role=role,
                priority=level,
                incident=MAIN,
            )
        )
