"""Creating an exercise, joining it with a good or a bad code, and taking a role."""

from __future__ import annotations

from tests.simulator.tabs import OpenTab, join, reload, shown, start_exercise, submit, take_role


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


def test_a_reload_puts_the_person_back_in_their_seat(browser_tab: OpenTab) -> None:
    """The page address keeps the seat: a new session on it is back in the seat, role and all."""
    _, codes = start_exercise(browser_tab)
    ann = take_role(join(browser_tab, codes.join_code, "Ann"), "triage-lead")
    assert set(ann.query_params) == {"join", "seat"}
    again = reload(browser_tab, ann)
    assert "Ann · roles: Triage Lead" in shown(again)
    on_join = reload(browser_tab, ann, "screens/join.py")
    assert "You joined as Ann." in shown(on_join)


def test_a_second_person_with_the_same_name_gets_another_seat(browser_tab: OpenTab) -> None:
    """Joining under a name already seated gives a new seat, without the first one's role."""
    _, codes = start_exercise(browser_tab)
    ann = take_role(join(browser_tab, codes.join_code, "Ann"), "triage-lead")
    other = join(browser_tab, codes.join_code, "Ann")
    assert "Ann · roles: none" in shown(other)
    assert other.query_params["seat"] != ann.query_params["seat"]
    assert "Held by others (the facilitator can hand them over): Triage Lead" in shown(other)


def test_a_held_role_cannot_be_taken_by_a_participant(browser_tab: OpenTab) -> None:
    """A role someone holds is refused with the reason, even when it was free on the screen."""
    _, codes = start_exercise(browser_tab)
    bo = join(browser_tab, codes.join_code, "Bo").switch_page("screens/participant.py").run()
    bo.radio[0].set_value("incident-commander")
    take_role(join(browser_tab, codes.join_code, "Ann"), "incident-commander")
    submit(bo, "take-role", "Take role")
    assert "held by Ann: only the facilitator can hand it over" in shown(bo)
    assert "Bo · roles: none" in shown(bo.run())


def test_the_facilitator_assigns_a_role(browser_tab: OpenTab) -> None:
    """A role handed out on the console shows in the participant's view, even a held one."""
    console, codes = start_exercise(browser_tab)
    ann = take_role(join(browser_tab, codes.join_code, "Ann"), "legal-compliance")
    tab = join(browser_tab, codes.join_code, "Cy")
    console.run().selectbox(key="assign-person").set_value(
        next(o for o in console.selectbox(key="assign-person").options if o == "Cy")
    )
    console.selectbox(key="assign-role").set_value("legal-compliance")
    submit(console, "assign", "Assign role")
    tab.switch_page("screens/participant.py").run()
    assert "Cy · roles: Legal & Compliance" in shown(tab)
    assert "Ann · roles: none" in shown(ann.run())
