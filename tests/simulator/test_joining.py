"""Creating an exercise, joining it with a good or a bad code, and taking a role."""

from __future__ import annotations

from tests.simulator.tabs import OpenTab, join, shown, start_exercise, submit, take_role


def test_facilitator_creates_an_exercise_and_gets_its_codes(browser_tab: OpenTab) -> None:
    """Start hands out a join code, a facilitator key and a scenario code."""
    console, codes = start_exercise(browser_tab)
    assert len(codes.join_code) == 9 and codes.join_code[4] == "-"
    assert codes.scenario_code.startswith("PHISH-")
    assert codes.join_code in shown(console)
    assert "The payroll lure" in shown(console)


def test_scenario_code_recreates_the_same_scenario(browser_tab: OpenTab) -> None:
    """A scenario code starts the same scenario again, with new access codes."""
    _, first = start_exercise(browser_tab)
    tab = browser_tab()
    tab.text_input(key="start-code").input(first.scenario_code)
    submit(tab, "start", "Create exercise")
    assert tab.code[2].value == first.scenario_code
    assert tab.code[0].value != first.join_code


def test_a_bad_join_code_is_refused(browser_tab: OpenTab) -> None:
    """A made-up join code seats nobody."""
    start_exercise(browser_tab)
    tab = join(browser_tab, "ZZZZ-ZZZZ", "Mallory")
    assert "no exercise has that join code" in shown(tab)
    tab.switch_page("screens/participant.py").run()
    assert "Join an exercise with the join code" in shown(tab)


def test_a_good_join_code_seats_the_person_who_takes_a_role(browser_tab: OpenTab) -> None:
    """The join code (in any case) seats a person, who then takes a role."""
    console, codes = start_exercise(browser_tab)
    tab = join(browser_tab, codes.join_code.lower(), "Ann Example")
    assert "Ann Example · roles: none" in shown(tab)
    take_role(tab, "incident-commander")
    assert "Ann Example · roles: Incident Commander" in shown(tab)
    assert "Playbook checklist" in shown(tab)
    console.run()
    assert "| Incident Commander | Ann Example |" in shown(console)


def test_a_rejoining_person_gets_their_seat_and_role_back(browser_tab: OpenTab) -> None:
    """Someone who joins again under their name is back in their seat, role and all."""
    _, codes = start_exercise(browser_tab)
    take_role(join(browser_tab, codes.join_code, "Ann"), "triage-lead")
    again = join(browser_tab, codes.join_code, "Ann")
    assert "Ann · roles: Triage Lead" in shown(again)


def test_the_facilitator_assigns_a_role(browser_tab: OpenTab) -> None:
    """A role handed out on the console shows in the participant's view."""
    console, codes = start_exercise(browser_tab)
    tab = join(browser_tab, codes.join_code, "Cy")
    console.run().selectbox(key="assign-role").set_value("legal-compliance")
    submit(console, "assign", "Assign role")
    tab.switch_page("screens/participant.py").run()
    assert "Cy · roles: Legal & Compliance" in shown(tab)
