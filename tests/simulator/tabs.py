"""Driving simulator tabs in AppTest the way a person would: fill in forms, press buttons."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from drillbook.project import load_project
from drillbook.scenario.catalogue import scenario
from drillbook.scenario.models import Scenario

SCENARIO = "phishing-payroll-lure"
"""The scenario the tests run: its Incident Commander decides, writes and ranks."""

SEED = 1
"""The start page's default seed."""

REPO = Path(__file__).resolve().parents[2]
"""The checkout, whose scenarios the simulator runs."""

_ESCAPED = re.compile(r"\\([^\w\s])")

OpenTab = Callable[[], AppTest]
"""Opens a new tab on the simulator (its own browser session)."""


@dataclass(frozen=True)
class Codes:
    """What the start page hands the facilitator."""

    join_code: str
    facilitator_key: str
    scenario_code: str


@cache
def played() -> Scenario:
    """The scenario the tests' exercises run, as the engine generates it."""
    return scenario(load_project(REPO), SCENARIO, SEED)


def inject_title(inject: str) -> str:
    """The title of one of :func:`played`'s injects."""
    return next(i.title for i in played().injects if i.id == inject)


def submit(tab: AppTest, form: str, label: str) -> AppTest:
    """Press a form's submit button and let the page run."""
    return tab.button(key=f"FormSubmitter:{form}-{label}").click().run()


def rendered(markdown: str) -> str:
    """Markdown source as a person reads it: escapes undone, entities decoded."""
    return html.unescape(_ESCAPED.sub(r"\1", markdown))


def alerts(tab: AppTest) -> list[Any]:
    """The alerts and toasts on the page (each renders its text as Markdown)."""
    return [*tab.info, *tab.success, *tab.warning, *tab.error, *tab.toast]


def shown(tab: AppTest) -> str:
    """Every piece of text on the page, one per line, to assert on what a person sees."""
    parts = [
        *(e.value for e in tab.title),
        *(e.value for e in tab.header),
        *(e.value for e in tab.subheader),
        *(rendered(e.value) for e in tab.markdown),
        *(rendered(e.value) for e in tab.caption),
        *(e.value for e in tab.text),
        *(e.value for e in tab.code),
        *(rendered(e.value) for e in alerts(tab)),
        *(str(e.label) for e in tab.checkbox),
        *(str(e.label) for e in tab.expander),
        *(str(option) for e in tab.selectbox for option in e.options),
        *(frame.value.to_csv() for frame in tab.dataframe),
    ]
    return "\n".join(str(p) for p in parts)


def start_exercise(open_tab: OpenTab) -> tuple[AppTest, Codes]:
    """A facilitator's tab that created an exercise of :data:`SCENARIO`, and its codes."""
    tab = open_tab()
    tab.selectbox(key="start-scenario").select(SCENARIO).run()
    submit(tab, "start", "Create exercise")
    join_code, key, scenario_code = (c.value for c in tab.code)
    return tab.switch_page("screens/facilitator.py").run(), Codes(join_code, key, scenario_code)


def join(open_tab: OpenTab, join_code: str, name: str) -> AppTest:
    """A participant's tab after entering the join code and a name."""
    tab = open_tab().switch_page("screens/join.py").run()
    tab.text_input(key="join-code").input(join_code)
    tab.text_input(key="join-name").input(name)
    return submit(tab, "join", "Join")


def reload(open_tab: OpenTab, tab: AppTest, page: str = "screens/participant.py") -> AppTest:
    """A new session on ``page`` with ``tab``'s page address, as a reload or a restart gives."""
    again = open_tab()
    again.query_params.update(tab.query_params)
    return again.switch_page(page).run()


def take_role(tab: AppTest, role: str) -> AppTest:
    """Take ``role`` on the participant view."""
    tab.switch_page("screens/participant.py").run()
    tab.radio[0].set_value(role)
    return submit(tab, "take-role", "Take role")


def advance(console: AppTest, minutes: int) -> AppTest:
    """Move the exercise clock on from the console."""
    console.number_input(key="clock-minutes").set_value(minutes)
    return submit(console, "clock", "Move the clock on")


def release(console: AppTest, inject: str) -> AppTest:
    """Release one inject now from the console."""
    console.selectbox(key="release-pick").set_value(inject)
    return submit(console, "release", "Release")


def press(tab: AppTest, key: str) -> AppTest:
    """Press a (non-form) button by its key and let the page run."""
    return tab.button(key=key).click().run()
