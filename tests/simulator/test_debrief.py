"""Ending an exercise and debriefing it: targets by area, the timeline, the downloads."""

from __future__ import annotations

from tests.simulator.tabs import OpenTab, advance, join, press, shown, start_exercise, take_role


def test_ending_the_exercise_leads_to_the_debrief(browser_tab: OpenTab) -> None:
    """Ending freezes every view; the debrief grades by area, charts and offers downloads."""
    console, codes = start_exercise(browser_tab)
    commander = take_role(join(browser_tab, codes.join_code, "Ann"), "incident-commander")
    advance(console, 15)
    press(console, "end")
    assert "the exercise has ended" in shown(console)
    assert "Move the clock on" not in [button.label for button in console.button]
    commander.run()
    assert "the exercise has ended" in shown(commander)
    assert all(box.disabled for box in commander.checkbox)

    debrief = console.switch_page("screens/debrief.py").run()
    text = shown(debrief)
    for area in ("Delegation", "Prioritisation", "Communication", "Containment"):
        assert f"#### {area}" in text
    assert "Not met: " in text and "min " in text
    assert "still running" not in text
    assert len(debrief.get("vega_lite_chart")) == 1
    labels = [button.proto.label for button in debrief.get("download_button")]
    assert "Report (Markdown)" in labels and "Lessons for phishing (YAML)" in labels
    assert any(code.language == "yaml" and "lessons:" in code.value for code in debrief.code)


def test_the_debrief_of_a_running_exercise_says_so(browser_tab: OpenTab) -> None:
    """A debrief before the end says it shows the exercise so far."""
    console, _ = start_exercise(browser_tab)
    debrief = console.switch_page("screens/debrief.py").run()
    assert "The exercise is still running" in shown(debrief)
