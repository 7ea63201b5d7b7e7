"""What people type shows as text on every screen: never as HTML, never as Markdown."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.simulator.tabs import (
    OpenTab,
    advance,
    alerts,
    join,
    rendered,
    shown,
    start_exercise,
    submit,
    take_role,
)

LINK = "[a](http://x.example/)"
IMAGE = "![b](http://x.example/i.png)"
SCRIPT = "<script>alert(1)</script>"
PAYLOAD = f"{LINK} {IMAGE} {SCRIPT}"
"""Typed text that links, loads an image or runs a script if rendered as Markdown or HTML."""


def interpreted(tab: AppTest) -> list[str]:
    """Sources of elements that render Markdown and carry a payload unescaped."""
    sources = [e.value for e in (*tab.markdown, *tab.caption, *alerts(tab))]
    sources += [str(e.label) for e in (*tab.checkbox, *tab.expander, *tab.radio, *tab.selectbox)]
    return [s for s in sources if any(part in s for part in (LINK, IMAGE, "<script"))]


def as_text(tab: AppTest) -> list[str]:
    """Every Markdown-rendering element's text as a person reads it."""
    return [rendered(e.value) for e in (*tab.markdown, *tab.caption, *alerts(tab))]


def test_typed_text_shows_as_text_everywhere(browser_tab: OpenTab) -> None:
    """A link, an image and a script typed as a name, a draft and a rationale stay text."""
    console, codes = start_exercise(browser_tab)
    commander = take_role(join(browser_tab, codes.join_code, PAYLOAD), "incident-commander")
    assert any(PAYLOAD in text for text in as_text(commander))
    assert not interpreted(commander)

    advance(console, 45)
    commander.run().text_area(key="draft-cfo-briefing").input(PAYLOAD)
    submit(commander, "message-cfo-briefing", "Save draft")
    assert commander.run().text_area(key="draft-cfo-briefing").value == PAYLOAD
    commander.radio(key="option-purge-or-watch").set_value(
        commander.radio(key="option-purge-or-watch").options[0]
    )
    commander.text_area(key="rationale-purge-or-watch").input(PAYLOAD)
    submit(commander, "decide-purge-or-watch", "Decide")
    submit(commander, "message-cfo-briefing", "Send")
    assert not interpreted(commander)

    console.run()
    assert PAYLOAD in console.selectbox(key="assign-person").options
    assert f"| Incident Commander | {PAYLOAD} |" in shown(console)
    assert any(PAYLOAD in text for text in as_text(console))
    assert not interpreted(console)

    debrief = console.switch_page("screens/debrief.py").run()
    assert f"Why, in the team's words: {PAYLOAD}" in shown(debrief)
    assert not interpreted(debrief)

    on_join = commander.switch_page("screens/join.py").run()
    assert f"You joined as {PAYLOAD}." in shown(on_join)
    assert not interpreted(on_join)


def test_a_mistyped_scenario_code_is_echoed_as_text(browser_tab: OpenTab) -> None:
    """The refusal of a scenario code repeats what was typed, as text."""
    tab = browser_tab()
    tab.text_input(key="start-code").input(PAYLOAD)
    submit(tab, "start", "Create exercise")
    assert PAYLOAD in shown(tab) and "is not a scenario code" in shown(tab)
    assert not interpreted(tab)


def test_a_refusal_in_a_callback_is_a_toast_of_text(browser_tab: OpenTab) -> None:
    """A toast (a checkbox's refusal after the end) renders its message as text too."""
    console, codes = start_exercise(browser_tab)
    commander = take_role(join(browser_tab, codes.join_code, PAYLOAD), "incident-commander")
    console.run().button(key="end").click().run()
    commander.checkbox[0].check().run()
    assert "the exercise has ended" in [rendered(t.value) for t in commander.toast]
    assert not interpreted(commander)
