"""Decision points: the question, a form to answer it, and then what the answer led to."""

from __future__ import annotations

import streamlit as st

from drillbook.exercise.views import Question
from drillbook.project import Project
from views.engine import attempt
from views.identity import Participant
from views.names import role_name
from views.texts import plain, say


def show_outcome(question: Question) -> None:
    """The option chosen and its consequence."""
    labels = dict(question.options)
    chosen = labels.get(question.chosen or "", question.chosen or "")
    plain(chosen, bold="Decided:")
    plain(question.consequence or "", bold="What happened next:")


def ask(who: Participant, question: Question, ended: bool) -> str | None:
    """A form to answer the question; return the consequence once answered."""
    labels = dict(question.options)
    with st.form(f"decide-{question.id}"):
        option = st.radio(
            "Your decision",
            list(labels),
            format_func=labels.__getitem__,
            index=None,
            key=f"option-{question.id}",
        )
        rationale = st.text_area("Why", key=f"rationale-{question.id}")
        submitted = st.form_submit_button("Decide", disabled=ended)
    if not submitted:
        return None
    if option is None:
        say("Pick one of the options first.", "error")
        return None
    return attempt(
        lambda e: e.decide(
            exercise_id=who.exercise,
            participant_id=who.participant,
            role=question.owner,
            decision=question.id,
            option=option,
            rationale=rationale,
        )
    )


def show_decisions(
    who: Participant, questions: list[Question], project: Project, ended: bool
) -> list[str]:
    """Every decision point put to the person's roles; return the consequences of new answers."""
    if not questions:
        return []
    st.subheader("Decisions")
    answered = []
    for question in questions:
        with st.container(border=True):
            plain(question.context, bold=question.question)
            st.caption(f"Decided by the {role_name(project, question.owner)}")
            if question.chosen is not None:
                show_outcome(question)
                continue
            consequence = ask(who, question, ended)
            if consequence is not None:
                plain(consequence, bold="What happened next:")
                answered.append(question.id)
    return answered
