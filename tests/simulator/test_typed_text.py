"""What people type shows as text on every screen: never as HTML, never as Markdown."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.simulator.tabs import OpenTab, advance, join, shown, start_exercise, submit, take_role

SCRIPT = "<script>alert('x')</script> **not bold** :red[not red]"
"""A draft that would run, or at least change, if it were rendered as HTML or Markdown."""

NAME = "<img src=x onerror=alert(1)> *Eve*"
"""A participant's name with the same intent."""


def interpreted(tab: AppTest) -> list[str]:
    """Markdown elements whose source carries typed text unescaped."""
    sources = [e.value for e in (*tab.markdown, *tab.caption)]
    return [s for s in sources if "<script>" in s or "<img" in s or "*Eve*" in s]


def test_a_script_in_a_draft_shows_as_text_everywhere(browser_tab: OpenTab) -> None:
    """A script or Markdown in a draft or a name is text on every screen."""
    console, codes = start_exercise(browser_tab)
    commander = take_role(join(browser_tab, codes.join_code, NAME), "incident-commander")
    advance(console, 45)
    commander.run().text_area(key="draft-cfo-briefing").input(SCRIPT)
    submit(commander, "message-cfo-briefing", "Save draft")
    assert commander.run().text_area(key="draft-cfo-briefing").value == SCRIPT
    assert NAME in shown(commander)
    assert not interpreted(commander)

    submit(commander, "message-cfo-briefing", "Send")
    console.run()
    assert SCRIPT in shown(console) and NAME in shown(console)
    assert not interpreted(console)

    debrief = console.switch_page("screens/debrief.py").run()
    assert NAME in shown(debrief)
    assert not interpreted(debrief)
