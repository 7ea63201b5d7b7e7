"""Solo drills: one person, injects on their own clock, and feedback after each action."""

from __future__ import annotations

from tests.simulator.tabs import SCENARIO, OpenTab, press, shown, submit


def test_a_solo_drill_brings_injects_and_feedback(browser_tab: OpenTab) -> None:
    """A drill starts on its own clock, and a decision is followed by its model answer."""
    tab = browser_tab().switch_page("screens/solo.py").run()
    tab.selectbox(key="solo-scenario").select(SCENARIO).run()
    tab.selectbox(key="solo-role").select("incident-commander")
    tab.text_input(key="solo-name").input("Newcomer")
    submit(tab, "solo", "Start the drill")
    assert "Newcomer · roles: Incident Commander" in shown(tab)
    assert "Act on an inject, a decision or a message" in shown(tab)
    while "Decide" not in [button.label for button in tab.button]:
        press(tab, "solo-skip")
    question = tab.radio(key="option-purge-or-watch")
    question.set_value(question.options[0])
    submit(tab, "decide-purge-or-watch", "Decide")
    assert "Model answer:" in shown(tab.run())
    press(tab, "solo-end")
    assert "See the debrief" in [link.proto.label for link in tab.get("page_link")]
