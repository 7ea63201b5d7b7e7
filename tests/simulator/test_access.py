"""Access: only the facilitator key opens the console and the debrief; roles see their own news."""

from __future__ import annotations

from typing import Any

import pytest

from drillbook.project import load_project
from drillbook.scenario import catalogue
from drillbook.scenario.models import Scenario
from tests.simulator.tabs import (
    REPO,
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


def level_labels(levels: dict[str, str]) -> list[str]:
    """The labels of an incident's metric levels, as the priority model names them."""
    metrics = {m.id: m for m in load_project(REPO).org.priority.metrics}
    return [
        next(f"{metrics[m].name}: {lv.label}" for lv in metrics[m].levels if lv.id == level)
        for m, level in levels.items()
    ]


def test_the_unlock_form_shows_no_scenario_code(browser_tab: OpenTab) -> None:
    """Before the key, the exercise picker names no scenario code (it would replay the answers)."""
    _, codes = start_exercise(browser_tab)
    tab = browser_tab().switch_page("screens/facilitator.py").run()
    assert "The payroll lure" in shown(tab)
    assert codes.scenario_code not in shown(tab)


def test_the_board_shows_participants_no_metric_levels(browser_tab: OpenTab) -> None:
    """Participants rank from the summaries; the metric levels are on the console only."""
    console, codes = start_exercise(browser_tab)
    commander = take_role(join(browser_tab, codes.join_code, "Ann"), "incident-commander")
    advance(console, 15)
    board = played().triage
    assert board is not None
    labels = level_labels(board.incidents[0].levels)
    seen = shown(commander.run())
    assert "Triage board" in seen and board.incidents[0].summary in seen
    assert not [label for label in labels if label in seen]
    on_console = shown(console.run())
    assert all(label in on_console for label in labels)


def test_the_board_goes_to_the_roles_the_scenario_names(
    browser_tab: OpenTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Who ranks follows the scenario's triage roles, as the engine has it, not a fixed list."""

    def legal_ranks(*args: Any, **kwargs: Any) -> Scenario:
        """The scenario, with Legal & Compliance as the only role that ranks."""
        made = generate(*args, **kwargs)
        assert made.triage is not None
        return made.model_copy(
            update={"triage": made.triage.model_copy(update={"roles": ["legal-compliance"]})}
        )

    generate = catalogue.scenario
    monkeypatch.setattr(catalogue, "scenario", legal_ranks)
    console, codes = start_exercise(browser_tab)
    commander = take_role(join(browser_tab, codes.join_code, "Ann"), "incident-commander")
    legal = take_role(join(browser_tab, codes.join_code, "Bo"), "legal-compliance")
    advance(console, 15)
    assert "Triage board" not in shown(commander.run())
    assert "Triage board" in shown(legal.run())
    submit(legal, "triage", "Submit ranking")
    assert "Ranking recorded." in shown(legal)
