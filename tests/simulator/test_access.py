"""Access: only the facilitator key opens the console and the debrief; roles see their own news."""

from __future__ import annotations

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


def test_a_participant_cannot_reach_facilitator_only_content(browser_tab: OpenTab) -> None:
    """Model answers, upcoming injects and the key stay off every page a participant can open."""
    console, codes = start_exercise(browser_tab)
    commander = take_role(join(browser_tab, codes.join_code, "Ann"), "incident-commander")
    advance(console, 60)
    secrets = [answer.rationale for answer in played().model_answers]
    secrets += [inject_title("attacker-pivots"), "Next injects"]
    on_console = shown(console.run())
    assert all(secret in on_console for secret in secrets)
    secrets.append(codes.facilitator_key)
    for page in ("screens/participant.py", "screens/facilitator.py", "screens/debrief.py"):
        seen = shown(commander.switch_page(page).run())
        assert not [secret for secret in secrets if secret in seen]
    assert "needs the exercise's facilitator key" in seen


def test_a_wrong_facilitator_key_opens_nothing(browser_tab: OpenTab) -> None:
    """A wrong key is refused and the console stays closed."""
    start_exercise(browser_tab)
    tab = browser_tab().switch_page("screens/facilitator.py").run()
    tab.text_input(key="unlock-key").input("not-the-key")
    submit(tab, "unlock", "Open the exercise")
    assert "not the facilitator key" in shown(tab)
    assert "Next injects" not in shown(tab.run())


def test_the_right_key_opens_the_console_in_another_tab(browser_tab: OpenTab) -> None:
    """The facilitator key opens the console from any tab."""
    _, codes = start_exercise(browser_tab)
    tab = browser_tab().switch_page("screens/facilitator.py").run()
    tab.text_input(key="unlock-key").input(codes.facilitator_key)
    submit(tab, "unlock", "Open the exercise")
    assert "Next injects" in shown(tab)


def test_participants_see_only_injects_for_their_roles(browser_tab: OpenTab) -> None:
    """An inject addressed to one role never reaches a participant in another."""
    console, codes = start_exercise(browser_tab)
    commander = take_role(join(browser_tab, codes.join_code, "Ann"), "incident-commander")
    analyst = take_role(join(browser_tab, codes.join_code, "Bo"), "forensics-analysis")
    release(console, "inbox-rule")
    title = inject_title("inbox-rule")
    assert title in shown(analyst.run())
    assert title not in shown(commander.run())
