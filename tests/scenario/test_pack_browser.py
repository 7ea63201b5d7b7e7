"""The printable pack as Chromium shows and prints it: whole, self-contained, cards unsplit."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from drillbook.project import Project
from drillbook.scenario.catalogue import scenario
from drillbook.scenario.pack import write_pack

pytestmark = pytest.mark.browser


def test_printed_guide_shows_every_inject_and_loads_nothing_else(
    browser: Browser, shipped: Project, tmp_path: Path
) -> None:
    generated = scenario(shipped, "data-exfiltration-night-transfer", 21, "advanced")
    write_pack(generated, shipped, tmp_path)
    page = browser.new_page(viewport={"width": 794, "height": 1123})  # A4 at 96 dpi
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((tmp_path / "facilitator-guide.html").as_uri())
    page.emulate_media(media="print")
    assert page.title() == f"{generated.title}: facilitator guide"
    cards = page.locator("section.inject")
    assert cards.count() == len(generated.injects)
    for n, inject in enumerate(generated.injects):
        assert cards.nth(n).is_visible()
        assert " ".join(inject.text.split()) in cards.nth(n).inner_text()
    assert cards.first.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, "the printed page is wider than A4"
    assert page.pdf(format="A4").startswith(b"%PDF")
    assert all(url.startswith("file://") for url in requests), requests
    page.close()


def test_handout_shows_only_its_role(browser: Browser, shipped: Project, tmp_path: Path) -> None:
    generated = scenario(shipped, "triage-monday-morning", 4)
    write_pack(generated, shipped, tmp_path)
    page = browser.new_page()
    page.goto((tmp_path / "handout-legal-compliance.html").as_uri())
    body = page.locator("body").inner_text()
    assert "Your role: Legal" in body
    shown = page.locator("section.inject").count()
    assert shown == len(generated.injects_for("legal-compliance")) < len(generated.injects)
    assert "Expected order" not in body and "Model answers" not in body
    page.close()
