"""End to end in Chromium: a facilitator and a participant run a short exercise in two browsers.

The Streamlit server runs as a subprocess on a free port with its own event store; halfway
through it is killed and started again, and both people rejoin with nothing lost. Every wait
is for a condition on the page (Playwright's auto-waiting), never for a fixed time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from drillbook.project import load_project
from drillbook.scenario.catalogue import scenario
from tests.ports import free_port

REPO = Path(__file__).resolve().parents[2]
"""The checkout whose simulator runs."""

SCENARIO = "account-compromise-invoice-fraud"
"""The start page's first scenario; the participant takes its first role, Incident Commander."""

INJECT = "cfo-targeted"
"""An inject addressed to the Incident Commander, released by hand long before its minute."""

WAIT_MS = 60_000
"""How long a condition may take to hold in the browser, in milliseconds."""

STARTUP_S = 120.0
"""How long the server may take to start listening, in seconds."""

ATTEMPTS = 5
"""How many free ports to try: another process may take the one picked before the server binds."""

DRAFT = "Summary so far: <b>two</b> mailboxes taken over."
"""A draft the participant saves before the server dies."""

pytestmark = pytest.mark.browser


class SimulatorServer:
    """``streamlit run simulator/app.py`` as a subprocess that can be killed and started again."""

    def __init__(self, db: Path, port: int) -> None:
        """A server for the event store at ``db``, to listen on ``port``."""
        self.db = db
        self.url = f"http://127.0.0.1:{port}"
        self.port = port
        self.process: subprocess.Popen[str] | None = None
        self.output: list[str] = []

    def start(self) -> None:
        """Start the server and return once it listens; kill it and fail when it does not."""
        if not self.try_start():
            raise AssertionError("the simulator did not start:\n" + "".join(self.output))

    def try_start(self) -> bool:
        """Start the server; whether it listens (it prints its address then) before it exits or
        the startup time runs out. A server that does not listen is killed."""
        env = {**os.environ, "DRILLBOOK_DB": str(self.db), "DRILLBOOK_REFRESH_SECONDS": "1"}
        command = [
            sys.executable, "-m", "streamlit", "run", "simulator/app.py",
            "--server.headless", "true",
            "--server.port", str(self.port),
            "--browser.gatherUsageStats", "false",
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        listening = threading.Event()
        threading.Thread(target=self._read, args=(self.process, listening), daemon=True).start()
        listening.wait(STARTUP_S)
        if self.process.poll() is None and "URL:" in "".join(self.output):
            return True
        self.kill()
        return False

    def _read(self, process: subprocess.Popen[str], listening: threading.Event) -> None:
        """Keep the server's output (so its pipe never fills); note when it listens or exits."""
        assert process.stdout is not None
        with process.stdout:
            for line in process.stdout:
                self.output.append(line)
                if "URL:" in line:
                    listening.set()
        listening.set()

    def kill(self) -> None:
        """Kill the server without warning, as a crash or a pulled plug would."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SimulatorServer]:
    """A running simulator with an empty event store, on a port it could bind; killed at the end."""
    tried = []
    for _ in range(ATTEMPTS):
        running = SimulatorServer(tmp_path / "drillbook.db", free_port())
        if running.try_start():
            break
        tried.append("".join(running.output))
    else:
        raise AssertionError("the simulator did not start:\n" + "\n".join(tried))
    try:
        yield running
    finally:
        running.kill()


def inject_title() -> str:
    """The title of :data:`INJECT` in the scenario the start page's defaults create."""
    generated = scenario(load_project(REPO), SCENARIO, 1)
    return next(i.title for i in generated.injects if i.id == INJECT)


def press(page: Page, label: str) -> None:
    """Click the button with this label."""
    page.get_by_role("button", name=label, exact=True).click()


def codes(page: Page) -> tuple[str, str]:
    """The join code and the facilitator key the start page shows."""
    blocks = page.get_by_test_id("stCode")
    expect(blocks).to_have_count(3, timeout=WAIT_MS)
    return blocks.nth(0).inner_text().strip(), blocks.nth(1).inner_text().strip()


def join(page: Page, join_code: str) -> None:
    """Enter the join code and a name on the join page; land on the participant view."""
    page.get_by_label("Join code").fill(join_code)
    page.get_by_label("Your name").fill("Ann")
    press(page, "Join")
    expect(page.get_by_text("Ann · roles:")).to_be_visible(timeout=WAIT_MS)


def take_role(page: Page, label: str) -> None:
    """Take a role from the role picker."""
    page.get_by_text(label, exact=True).click()
    press(page, "Take role")
    expect(page.get_by_text("Ann · roles: Incident Commander")).to_be_visible(timeout=WAIT_MS)


def unlock(page: Page, key: str) -> None:
    """Open the console with the facilitator key."""
    page.get_by_label("Facilitator key").fill(key)
    press(page, "Open the exercise")
    expect(page.get_by_text("Next injects")).to_be_visible(timeout=WAIT_MS)


def section(page: Page, heading: str) -> Locator:
    """The console's table under ``heading``."""
    return page.get_by_test_id("stMarkdownContainer").filter(
        has=page.get_by_role("heading", name=heading, exact=True)
    )


def test_a_short_exercise_survives_a_server_restart(
    server: SimulatorServer, browser: Browser
) -> None:
    """Release, live update, kill, restart, rejoin: nothing is lost."""
    title = inject_title()
    facilitator = browser.new_context().new_page()
    participant = browser.new_context().new_page()
    facilitator.set_default_timeout(WAIT_MS)
    participant.set_default_timeout(WAIT_MS)

    facilitator.goto(server.url)
    press(facilitator, "Create exercise")
    join_code, key = codes(facilitator)
    participant.goto(server.url + "/join")
    join(participant, join_code)
    take_role(participant, "Incident Commander")
    expect(participant.get_by_text("No news yet.")).to_be_visible()

    facilitator.get_by_role("link", name="Open the facilitator console").click()
    expect(facilitator.get_by_text(title)).to_be_visible(timeout=WAIT_MS)
    picker = facilitator.get_by_test_id("stSelectbox").filter(has_text="Inject to release now")
    picker.get_by_role("combobox").click()
    facilitator.get_by_role("option", name=title).click()
    press(facilitator, "Release")
    expect(participant.get_by_text(title)).to_be_visible(timeout=WAIT_MS)

    facilitator.get_by_label("Minutes to move on", exact=True).fill("30")
    press(facilitator, "Move the clock on")
    expect(facilitator.get_by_text("Minute 30 ·")).to_be_visible()
    draft = participant.get_by_label("Your message")
    expect(draft).to_be_visible(timeout=WAIT_MS)
    draft.fill(DRAFT)
    press(participant, "Save draft")
    expect(participant.get_by_text("Draft saved.")).to_be_visible()

    address = participant.url
    assert "seat=" in address, "the participant's page address keeps their seat"
    server.kill()
    server.start()

    participant.goto(address)
    expect(participant.get_by_text("Ann · roles: Incident Commander")).to_be_visible()
    expect(participant.get_by_text(title)).to_be_visible()
    expect(participant.get_by_label("Your message")).to_have_value(DRAFT)
    expect(participant.get_by_text("Minute 30 ·")).to_be_visible()

    facilitator.goto(server.url + "/console")
    unlock(facilitator, key)
    expect(facilitator.get_by_text("Minute 30 ·")).to_be_visible()
    expect(section(facilitator, "Released")).to_contain_text(title)
    expect(section(facilitator, "Next injects")).not_to_contain_text(title)
    team = section(facilitator, "Team")
    expect(team.get_by_role("row", name="Incident Commander Ann")).to_be_visible()
