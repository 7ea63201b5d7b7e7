"""Feedback for a solo drill: after each action, the model answer for it and the targets so far."""

from __future__ import annotations

import streamlit as st

from drillbook.exercise.views import FacilitatorView, ParticipantView
from drillbook.scenario.models import SEED_SECTIONS, ModelAnswer
from views.texts import plain

TRIAGE = "triage"
"""The ``about`` of the triage board's model answer."""


def acted_on(view: FacilitatorView, mine: ParticipantView) -> set[str]:
    """What the person has answered so far: decisions, sent messages, and the board."""
    done = {q.id for q in view.decisions if q.chosen is not None}
    done |= {t.id for t in view.tasks if t.sent_minute is not None}
    if any(incident.id in mine.priorities for incident in mine.board):
        done.add(TRIAGE)
    return done


def show_answer(answer: ModelAnswer) -> None:
    """One model answer, with the practice it trains."""
    with st.container(border=True):
        plain(answer.answer, bold="Model answer:")
        section = SEED_SECTIONS.get(answer.seed_section, str(answer.seed_section))
        plain(answer.rationale, bold=f"Why ({section}):")


def show_feedback(view: FacilitatorView, mine: ParticipantView) -> None:
    """Model answers for what was done, then every target as it stands."""
    st.subheader("Feedback")
    done = acted_on(view, mine)
    answers = [a for a in view.model_answers if a.about in done]
    if not answers:
        st.caption("Act on an inject, a decision or a message to get feedback here.")
    for answer in answers:
        show_answer(answer)
    with st.expander("Capability targets so far"):
        for target in view.targets:
            mark = "Met" if target.met else "Not met"
            plain(target.why, bold=f"{target.title} ({mark.lower()}):")
