"""Communication tasks: what to write, a drafting box, and after sending what was missing."""

from __future__ import annotations

import streamlit as st

from drillbook.exercise.drafts import DraftCheck
from drillbook.exercise.views import Task
from drillbook.project import Project
from views.engine import act, attempt
from views.identity import Participant
from views.names import minute_text, role_name
from views.texts import plain, say


def show_check(check: DraftCheck) -> None:
    """What a sent message lacked, or that it had everything."""
    if check.ok:
        say(f"Sent: {check.describe()}.", "success")
    else:
        say(f"Sent, but {check.describe()}.", "warning")


def required_parts(task: Task, project: Project) -> str:
    """The template's required parts and word limit, as a one-line hint."""
    template = project.org.templates.get(task.template)
    if template is None:
        return ""
    parts = ", ".join(part.label for part in template.parts)
    return f"{template.name}: include {parts}; at most {template.max_words} words."


def draft(who: Participant, task: Task, ended: bool) -> DraftCheck | None:
    """The drafting form; save the draft or send it, and return the check once sent."""
    with st.form(f"message-{task.id}"):
        text = st.text_area("Your message", value=task.draft, key=f"draft-{task.id}", height=160)
        save, send = st.columns(2)
        saved = save.form_submit_button("Save draft", disabled=ended)
        sent = send.form_submit_button("Send", type="primary", disabled=ended)
    where = {"exercise_id": who.exercise, "participant_id": who.participant, "role": task.owner}
    if saved and act(lambda e: e.save_draft(**where, task=task.id, text=text)):
        say("Draft saved.", "toast")
    if sent:
        if not text.strip():
            say("Write the message before sending it.", "error")
            return None
        return attempt(lambda e: e.send_message(**where, task=task.id, text=text))
    return None


def show_tasks(
    who: Participant, tasks: list[Task], project: Project, minute: float, ended: bool
) -> list[tuple[str, DraftCheck]]:
    """Every communication task of the person's roles; return the checks of messages just sent."""
    if not tasks:
        return []
    st.subheader("Messages to send")
    sent = []
    for task in tasks:
        with st.container(border=True):
            audience = project.org.audiences.get(task.audience)
            due = minute_text(task.due_minute)
            late = " (overdue)" if task.sent_minute is None and minute > task.due_minute else ""
            plain(task.prompt, bold=f"To {audience.name if audience else task.audience}:")
            st.caption(
                f"Written by the {role_name(project, task.owner)} · due at {due}{late} · "
                + required_parts(task, project)
            )
            if task.check is not None:
                show_check(task.check)
                continue
            check = draft(who, task, ended)
            if check is not None:
                show_check(check)
                sent.append((task.id, check))
    return sent
