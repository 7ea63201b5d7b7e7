"""Who this browser tab is: the only thing the simulator keeps in ``st.session_state``.

A participant's seat is also kept in the page's address (the join code and the seat's secret
token), so that a reload or a restarted server puts them back in their seat.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from drillbook.exercise.engine import Seat
from views.engine import attempt

_PARTICIPANT = "drillbook.participant"
_FACILITATOR = "drillbook.facilitator"

JOIN_PARAM = "join"
"""The page address's query parameter holding the join code."""

SEAT_PARAM = "seat"
"""The page address's query parameter holding the seat's token."""


@dataclass(frozen=True)
class Participant:
    """A person who joined an exercise with its join code."""

    exercise: str
    """The exercise's id."""
    participant: str
    """Their participant id."""
    name: str
    """The name they gave."""
    join_code: str
    """The exercise's join code, as they typed it."""
    token: str
    """Their seat's secret token, which gives the seat back."""

    @classmethod
    def seated(cls, seat: Seat, join_code: str) -> Participant:
        """The person in ``seat``, which they reached with ``join_code``."""
        return cls(seat.exercise_id, seat.participant_id, seat.name, join_code, seat.token)

    def address(self) -> dict[str, str]:
        """The query parameters that bring this person back to their seat."""
        return {JOIN_PARAM: self.join_code, SEAT_PARAM: self.token}


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
    """The participant this tab joined as, else the one whose seat the page address holds."""
    found = st.session_state.get(_PARTICIPANT)
    if isinstance(found, Participant):
        if st.query_params.to_dict() != found.address():
            st.query_params.from_dict(found.address())
        return found
    join_code, token = st.query_params.get(JOIN_PARAM), st.query_params.get(SEAT_PARAM)
    if not join_code or not token:
        return None
    seat = attempt(lambda e: e.rejoin(join_code=join_code, token=token))
    if seat is None:
        return None
    back = Participant.seated(seat, join_code)
    remember_participant(back)
    return back


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
