"""The facilitator console's parts: clock controls, the team, injects to come, and progress."""

from __future__ import annotations

import streamlit as st

from drillbook.exercise.views import FacilitatorView
from drillbook.project import Project
from drillbook.scenario.models import SEED_SECTIONS, Inject
from views.engine import act
from views.identity import Facilitator
from views.names import role_name, roles_text
from views.texts import plain

STEPS = (1, 5, 15)
"""The clock buttons: move exercise time on by this many minutes."""


def advance(who: Facilitator, by: float) -> None:
    """Move exercise time on (a button's callback)."""
    act(lambda e: e.advance_clock(exercise_id=who.exercise, key=who.key, by=by), callback=True)


def release(who: Facilitator, inject: str) -> None:
    """Release one inject now (a button's callback)."""
    act(
        lambda e: e.release_inject(exercise_id=who.exercise, key=who.key, inject=inject),
        callback=True,
    )


def run_clock(who: Facilitator, running: bool) -> None:
    """Let time run with the wall clock at the chosen speed, or stop it (a button's callback)."""
    if running:
        act(lambda e: e.pause_clock(exercise_id=who.exercise, key=who.key), callback=True)
        return
    speed = float(st.session_state.get("console-speed", 1.0))
    act(
        lambda e: e.start_clock(exercise_id=who.exercise, key=who.key, speed=speed),
        callback=True,
    )


def end(who: Facilitator) -> None:
    """End the exercise (a button's callback)."""
    act(lambda e: e.end_exercise(exercise_id=who.exercise, key=who.key), callback=True)


def show_controls(who: Facilitator, view: FacilitatorView) -> None:
    """Buttons that move the clock, let it run, and end the exercise."""
    buttons = st.columns(len(STEPS) + 2)
    for column, step in zip(buttons, STEPS, strict=False):
        column.button(
            f"+{step} min", key=f"advance-{step}", on_click=advance, args=(who, step),
            disabled=view.ended,
        )  # fmt: skip
    buttons[-2].number_input(
        "Speed", min_value=0.5, max_value=60.0, value=1.0, step=0.5, key="console-speed",
        disabled=view.running or view.ended, label_visibility="collapsed",
    )  # fmt: skip
    buttons[-1].button(
        "Pause clock" if view.running else "Run clock",
        key="run-clock",
        on_click=run_clock,
        args=(who, view.running),
        disabled=view.ended,
    )
    with st.popover("End exercise", disabled=view.ended):
        st.write("Ending stops the clock; the debrief then shows the final report.")
        st.button("End exercise now", key="end", type="primary", on_click=end, args=(who,))


def show_team(view: FacilitatorView, project: Project) -> None:
    """Who holds which role, and who has none."""
    st.subheader("Team")
    held = set(view.holders.values())
    rows = [{"role": role_name(project, r), "held by": name} for r, name in view.holders.items()]
    rows += [{"role": "(none)", "held by": n} for n in view.participants.values() if n not in held]
    if rows:
        st.dataframe(rows, hide_index=True)
    else:
        st.caption("Nobody has joined yet.")


def assign_role(
    who: Facilitator, view: FacilitatorView, roles: list[str], project: Project
) -> None:
    """A form to hand a role to a participant (they find it taken when they open their view)."""
    if not view.participants or view.ended:
        return
    with st.form("assign"):
        person, role = st.columns(2)
        chosen = person.selectbox(
            "Participant", list(view.participants), format_func=view.participants.__getitem__
        )
        given = role.selectbox("Role", roles, format_func=lambda r: role_name(project, r))
        submitted = st.form_submit_button("Assign role")
    if submitted and chosen is not None and given is not None:
        act(lambda e: e.take_role(exercise_id=who.exercise, participant_id=chosen, role=given))


def condition_text(inject: Inject) -> str:
    """When a conditional inject comes, in words."""
    if inject.condition is None:
        return "always"
    return f"if {inject.condition.decision} is {' or '.join(inject.condition.chosen)}"


def show_upcoming(who: Facilitator, view: FacilitatorView, project: Project) -> None:
    """The injects still to come, by minute, each with its condition and a release button."""
    st.subheader("Next injects")
    if not view.upcoming:
        st.caption("Every inject has been released.")
    for inject in sorted(view.upcoming, key=lambda i: i.minute):
        left, right = st.columns([5, 1])
        herring = " · red herring" if inject.red_herring else ""
        to = "everyone" if inject.everyone else roles_text(project, inject.roles)
        left.markdown(f"**{inject.title}**")
        left.caption(f"minute {inject.minute} · to {to} · {condition_text(inject)}{herring}")
        right.button(
            "Release", key=f"release-{inject.id}", on_click=release, args=(who, inject.id),
            disabled=view.ended,
        )  # fmt: skip


def show_progress(view: FacilitatorView, project: Project) -> None:
    """Released injects, decisions, messages (as typed) and communication tasks."""
    st.subheader("Released")
    st.dataframe([{"minute": i.minute, "inject": i.title} for i in view.released], hide_index=True)
    labels = {q.id: dict(q.options) for q in view.decisions}
    st.subheader("Decisions")
    st.dataframe(
        [
            {
                "question": q.question,
                "owner": role_name(project, q.owner),
                "chosen": labels[q.id].get(q.chosen or "", "(waiting)"),
                "consequence": q.consequence or "",
            }
            for q in view.decisions
        ],
        hide_index=True,
    )
    st.subheader("Messages sent")
    st.dataframe(
        [
            {"minute": m, "role": role_name(project, role), "template": t, "text": text}
            for m, role, t, text in view.messages
        ],
        hide_index=True,
    )
    st.dataframe(
        [
            {
                "task": t.id,
                "owner": role_name(project, t.owner),
                "due (min)": t.due_minute,
                "sent (min)": t.sent_minute,
                "check": t.check.describe() if t.check else "",
            }
            for t in view.tasks
        ],
        hide_index=True,
    )


def show_targets(view: FacilitatorView) -> None:
    """The capability targets as they stand now."""
    st.subheader("Capability targets so far")
    st.dataframe(
        [
            {"area": t.area.value, "target": t.title, "met": t.met, "why": t.why}
            for t in view.targets
        ],
        hide_index=True,
    )


def show_model_answers(view: FacilitatorView) -> None:
    """What a good team does, and why (facilitator-only)."""
    with st.expander("Model answers"):
        for answer in view.model_answers:
            section = SEED_SECTIONS.get(answer.seed_section, str(answer.seed_section))
            chosen = f" (option {answer.option})" if answer.option else ""
            plain(answer.answer, bold=f"{answer.about}{chosen}:")
            st.caption(f"{section}: {answer.rationale}")
