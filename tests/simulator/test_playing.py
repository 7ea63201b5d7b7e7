"""Playing an exercise: injects arrive, steps are ticked, decisions made, messages sent, ranked."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.simulator.tabs import (
    OpenTab,
    advance,
    inject_title,
    join,
    played,
    release,
    shown,
    start_exercise,
    submit,
    take_role,
)


@pytest.fixture
def room(browser_tab: OpenTab) -> tuple[AppTest, AppTest]:
    """A facilitator's console and the tab of a participant who is the Incident Commander."""
    console, codes = start_exercise(browser_tab)
    commander = take_role(join(browser_tab, codes.join_code, "Ann"), "incident-commander")
    return console.run(), commander


def test_participant_receives_a_released_inject_marked_new(room: tuple[AppTest, AppTest]) -> None:
    """An inject the facilitator releases reaches the participant, marked new."""
    console, commander = room
    assert "No news yet." in shown(commander)
    release(console, "cfo-asks")
    commander.run()
    assert inject_title("cfo-asks") in shown(commander)
    assert ":red-badge[New]" in shown(commander)


def test_ticking_a_step_records_it(room: tuple[AppTest, AppTest]) -> None:
    """A ticked step stays ticked and can no longer change."""
    _, commander = room
    box = next(b for b in commander.checkbox if not b.value)
    box.check().run()
    commander.run()
    ticked = next(b for b in commander.checkbox if b.label == box.label)
    assert ticked.value and ticked.disabled


def test_a_decision_shows_its_consequence(room: tuple[AppTest, AppTest]) -> None:
    """Answering a decision point tells what happened next."""
    console, commander = room
    advance(console, 20)
    commander.run()
    commander.radio(key="option-purge-or-watch").set_value(
        commander.radio(key="option-purge-or-watch").options[0]
    )
    commander.text_area(key="rationale-purge-or-watch").input("Stop the spread first")
    submit(commander, "decide-purge-or-watch", "Decide")
    point = next(d for d in played().decisions if d.id == "purge-or-watch")
    chosen = point.options[0]
    assert f"**What happened next:** {chosen.consequence}" in shown(commander)
    again = shown(commander.run())
    assert f"**Decided:** {chosen.label}" in again
    assert f"**What happened next:** {chosen.consequence}" in again


def test_an_update_sent_without_its_parts_shows_what_was_missing(
    room: tuple[AppTest, AppTest],
) -> None:
    """A saved draft comes back; a sent message lists its missing parts."""
    console, commander = room
    advance(console, 45)
    commander.run()
    commander.text_area(key="draft-cfo-briefing").input("We are looking into it.")
    submit(commander, "message-cfo-briefing", "Save draft")
    assert commander.run().text_area(key="draft-cfo-briefing").value == "We are looking into it."
    submit(commander, "message-cfo-briefing", "Send")
    assert "Sent, but missing Summary" in shown(commander)
    assert "We are looking into it." in shown(console.run())


def test_the_triage_ranking_is_recorded(room: tuple[AppTest, AppTest]) -> None:
    """A submitted ranking is kept with its priorities."""
    console, commander = room
    advance(console, 15)
    commander.run()
    board = played().triage
    assert board is not None
    ids = [incident.id for incident in board.incidents]
    commander.selectbox(key=f"rank-{ids[0]}").set_value(2)
    commander.selectbox(key=f"rank-{ids[1]}").set_value(1)
    commander.selectbox(key=f"priority-{ids[1]}").set_value("P1")
    submit(commander, "triage", "Submit ranking")
    assert "Ranking recorded." in shown(commander)
    assert commander.run().selectbox(key=f"priority-{ids[1]}").value == "P1"
    model = {incident.id: incident.priority for incident in board.incidents}
    ranked = ", ".join(f"{i} ({model[i]})" for i in [ids[1], ids[0], *ids[2:]])
    debrief = console.switch_page("screens/debrief.py").run()
    assert f"incident-commander ranked {ranked}" in shown(debrief)


def test_two_incidents_cannot_share_a_rank(room: tuple[AppTest, AppTest]) -> None:
    """A ranking with a repeated rank is refused before it reaches the engine."""
    console, commander = room
    advance(console, 15)
    commander.run()
    board = played().triage
    assert board is not None
    commander.selectbox(key=f"rank-{board.incidents[1].id}").set_value(1)
    submit(commander, "triage", "Submit ranking")
    assert "Give each incident a different rank." in shown(commander)


def test_the_playbook_link_opens_the_configured_runbook(
    room: tuple[AppTest, AppTest], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The participant's playbook link follows ``DRILLBOOK_RUNBOOK_URL``, else the local server."""
    _, commander = room
    (link,) = commander.get("link_button")
    assert link.proto.url == "http://127.0.0.1:8000/playbooks/phishing.html"
    monkeypatch.setenv("DRILLBOOK_RUNBOOK_URL", "http://runbook.example.org/ir")
    (link,) = commander.run().get("link_button")
    assert link.proto.url == "http://runbook.example.org/ir/playbooks/phishing.html"


def test_the_commander_sets_the_incident_priority(room: tuple[AppTest, AppTest]) -> None:
    """The Incident Commander raises the incident's priority, and the view keeps it."""
    _, commander = room
    commander.selectbox(key="priority-main").set_value("P1")
    submit(commander, "priority", "Set priority")
    assert "Priority of this incident (now P1)" in [box.label for box in commander.run().selectbox]
