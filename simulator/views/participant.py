"""A participant's live view: their roles' news, checklist, decisions, messages and board."""

from __future__ import annotations

import streamlit as st

from drillbook.exercise.views import ParticipantView
from drillbook.project import Project
from views.checklist import owners, show_checklist
from views.clocks import show_clocks
from views.decisions import show_decisions
from views.engine import REFUSALS, engine, refuse
from views.header import show_clock
from views.identity import Participant, participant
from views.injects import show_briefing, show_injects
from views.messages import show_tasks
from views.names import roles_text
from views.roles import pick_role, scenario_roles
from views.runbook import link_playbook
from views.settings import settings
from views.texts import escape, say
from views.triage import show_board, show_priority


def show_work(who: Participant, view: ParticipantView, project: Project) -> None:
    """What the person's roles must do: decide, write, rank and tick."""
    show_decisions(who, view.decisions, project, view.ended)
    show_tasks(who, view.tasks, project, view.minute, view.ended)
    show_priority(who, view)
    show_board(who, view)


def show_participant(who: Participant) -> ParticipantView | None:
    """Everything one participant may see, and the forms for what their roles must do."""
    try:
        with engine() as running:
            view = running.state_for_participant(
                exercise_id=who.exercise, participant_id=who.participant
            )
            owner_of = owners(running, view.playbook)
            everyone = scenario_roles(running, who.exercise)
            project = running.project
    except REFUSALS as exc:
        refuse(exc)
        return None
    st.title(view.title)
    st.caption(f"{escape(view.name)} · roles: {roles_text(project, view.roles)}")
    show_clock(view.minute, running=view.running, ended=view.ended)
    pick_role(who, view, everyone, project)
    if not view.roles:
        return view
    link_playbook(view.playbook)
    news, work = st.columns([2, 3])
    with news:
        show_briefing(view.briefing)
        show_injects(view.injects, view.minute)
        show_clocks(view.clocks, view.minute)
    with work:
        show_work(who, view, project)
        show_checklist(who, view, owner_of)
    return view


def page() -> None:
    """The live view for a person who joined; a pointer to the join page for anyone else."""
    who = participant()
    if who is None:
        st.title("Participant view")
        say("Join an exercise with the join code from your facilitator first.", "info")
        st.page_link("screens/join.py", label="Join an exercise")
        return
    st.fragment(show_participant, run_every=settings().refresh)(who)
