"""The facilitator console's parts: clock controls, the team, injects to come, and progress."""

from __future__ import annotations

import streamlit as st

from drillbook.exercise.views import FacilitatorView
from drillbook.project import Project
from drillbook.scenario.models import SEED_SECTIONS, Inject
from views.engine import act
from views.identity import Facilitator
from views.names import role_name, roles_text
from views.texts import table


def pause(who: Facilitator) -> None:
    """Stop exercise time (a button's callback)."""
    act(lambda e: e.pause_clock(exercise_id=who.exercise, key=who.key), callback=True)


def end(who: Facilitator) -> None:
    """End the exercise (a button's callback)."""
    act(lambda e: e.end_exercise(exercise_id=who.exercise, key=who.key), callback=True)


def done(changed: bool) -> None:
    """After a form changed the exercise, draw the console again so that it shows the change."""
    if changed:
        st.rerun()


def clock_form(who: Facilitator, view: FacilitatorView) -> None:
    """Pause running time, or move the clock on by some minutes or let it run at a speed."""
    if view.running:
        st.button("Pause the clock", key="pause", on_click=pause, args=(who,))
        return
    with st.form("clock"):
        minutes = st.number_input(
            "Minutes to move on", min_value=1, max_value=120, value=5, key="clock-minutes"
        )
        moved = st.form_submit_button("Move the clock on")
        speed = st.number_input(
            "Exercise minutes per real minute",
            min_value=0.5,
            max_value=60.0,
            value=1.0,
            key="clock-speed",
        )
        run = st.form_submit_button("Run the clock")
    exercise, key = who.exercise, who.key
    done(moved and act(lambda e: e.advance_clock(exercise_id=exercise, key=key, by=minutes)))
    done(run and act(lambda e: e.start_clock(exercise_id=exercise, key=key, speed=speed)))


def show_controls(who: Facilitator, view: FacilitatorView) -> None:
    """The clock and the release forms side by side, and the end of the exercise."""
    if view.ended:
        return
    clock, injects = st.columns(2)
    with clock:
        clock_form(who, view)
    with injects:
        release_form(who, view)
        with st.popover("End exercise"):
            st.button(
                "End exercise now", key="end", type="primary", on_click=end, args=(who,),
                help="Ending stops the clock; the debrief then shows the final report.",
            )  # fmt: skip


def show_team(view: FacilitatorView, project: Project) -> None:
    """Who holds which role, and who has none."""
    held = set(view.holders.values())
    rows: list[dict[str, object]] = [
        {"role": role_name(project, r), "held by": name} for r, name in view.holders.items()
    ]
    rows += [{"role": "(none)", "held by": n} for n in view.participants.values() if n not in held]
    table("Team", rows, empty="Nobody has joined yet.")


def assign_role(
    who: Facilitator, view: FacilitatorView, roles: list[str], project: Project
) -> None:
    """A form to hand a role to a participant, taking it from whoever holds it."""
    if not view.participants or view.ended:
        return
    with st.form("assign"):
        chosen = st.selectbox(
            "Participant",
            list(view.participants),
            format_func=view.participants.__getitem__,
            key="assign-person",
        )
        given = st.selectbox(
            "Role", roles, format_func=lambda r: role_name(project, r), key="assign-role"
        )
        submitted = st.form_submit_button("Assign role")
    if submitted and chosen is not None and given is not None:
        act(
            lambda e: e.assign_role(
                exercise_id=who.exercise, key=who.key, participant_id=chosen, role=given
            )
        )


def condition_text(inject: Inject) -> str:
    """When a conditional inject comes, in words."""
    if inject.condition is None:
        return "always"
    return f"if {inject.condition.decision} is {' or '.join(inject.condition.chosen)}"


def show_upcoming(view: FacilitatorView, project: Project) -> None:
    """The injects still to come, by minute, with their roles and conditions."""
    table(
        "Next injects",
        [
            {
                "minute": i.minute,
                "inject": i.title,
                "to": "everyone" if i.everyone else roles_text(project, i.roles),
                "comes": condition_text(i),
                "red herring": "yes" if i.red_herring else "",
            }
            for i in sorted(view.upcoming, key=lambda i: i.minute)
        ],
        empty="Every inject has been released.",
    )


def release_form(who: Facilitator, view: FacilitatorView) -> None:
    """A form to release one of the injects still to come, now."""
    if not view.upcoming or view.ended:
        return
    upcoming = sorted(view.upcoming, key=lambda i: i.minute)
    titles = {i.id: f"{i.title} (minute {i.minute})" for i in upcoming}
    with st.form("release"):
        inject = st.selectbox(
            "Inject to release now",
            list(titles),
            format_func=titles.__getitem__,
            key="release-pick",
        )
        submitted = st.form_submit_button("Release")
    done(
        submitted
        and inject is not None
        and act(lambda e: e.release_inject(exercise_id=who.exercise, key=who.key, inject=inject))
    )


def show_progress(view: FacilitatorView, project: Project) -> None:
    """Released injects, decisions, messages (as typed) and communication tasks."""
    table("Released", [{"minute": i.minute, "inject": i.title} for i in view.released])
    labels = {q.id: dict(q.options) for q in view.decisions}
    table(
        "Decisions",
        [
            {
                "question": q.question,
                "owner": role_name(project, q.owner),
                "chosen": labels[q.id].get(q.chosen or "", "(waiting)"),
                "consequence": q.consequence,
            }
            for q in view.decisions
        ],
        empty="No decision has been put yet.",
    )
    table(
        "Messages sent",
        [
            {"minute": m, "role": role_name(project, role), "template": t, "text": text}
            for m, role, t, text in view.messages
        ],
    )
    table(
        "Communication tasks",
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
        empty="No communication task has come up yet.",
    )


def level_text(project: Project, levels: dict[str, str]) -> str:
    """An incident's metric levels as ``Metric: level`` pairs."""
    metrics = {m.id: m for m in project.org.priority.metrics}
    out = []
    for metric_id, level_id in levels.items():
        metric = metrics.get(metric_id)
        if metric is None:
            out.append(f"{metric_id}: {level_id}")
            continue
        labels = {lv.id: lv.label for lv in metric.levels}
        out.append(f"{metric.name}: {labels.get(level_id, level_id)}")
    return " · ".join(out)


def show_board(view: FacilitatorView, project: Project) -> None:
    """The triage board's incidents with their metric levels and the model's priority
    (facilitator-only: with the runbook's calculator the levels give the expected order away)."""
    if not view.board:
        return
    table(
        "Triage board",
        [
            {
                "incident": i.title,
                "levels": level_text(project, i.levels),
                "priority by the model": i.priority,
            }
            for i in view.board
        ],
    )


def show_model_answers(view: FacilitatorView) -> None:
    """What a good team does, and why (facilitator-only)."""
    table(
        "Model answers",
        [
            {
                "about": a.about + (f" (option {a.option})" if a.option else ""),
                "answer": a.answer,
                "why": a.rationale,
                "practice": SEED_SECTIONS.get(a.seed_section, str(a.seed_section)),
            }
            for a in view.model_answers
        ],
    )
