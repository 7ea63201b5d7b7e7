"""Who this browser tab is: the only thing the simulator keeps in ``st.session_state``."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

_PARTICIPANT = "drillbook.participant"
_FACILITATOR = "drillbook.facilitator"


@dataclass(frozen=True)
class Participant:
    """A person who joined an exercise with its join code."""

    exercise: str
    """The exercise's id."""
    participant: str
    """Their participant id."""
    name: str
    """The name they gave."""


@dataclass(frozen=True)
class Facilitator:
    """A person who holds an exercise's facilitator key."""

    exercise: str
    """The exercise's id."""
    key: str
    """The facilitator key, checked by the engine on every read."""
    join_code: str = ""
    """The join code to show the room, when this tab created the exercise (it is not stored)."""


def participant() -> Participant | None:
    """The participant this tab joined as, if any."""
    found = st.session_state.get(_PARTICIPANT)
    return found if isinstance(found, Participant) else None


def facilitator() -> Facilitator | None:
    """The exercise this tab facilitates, if any."""
    found = st.session_state.get(_FACILITATOR)
    return found if isinstance(found, Facilitator) else None


def remember_participant(who: Participant) -> None:
    """Remember that this tab joined as ``who``."""
    st.session_state[_PARTICIPANT] = who


def remember_facilitator(who: Facilitator) -> None:
    """Remember that this tab facilitates ``who.exercise``."""
    st.session_state[_FACILITATOR] = who
