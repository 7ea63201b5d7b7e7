"""The runbook opened from file:// in Chromium: offline, searchable, printable, error-free."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Locator, Page, expect

from drillbook.org.loading import load_org
from drillbook.org.priority import all_combinations, describe, priority_of
from drillbook.project import ORG
from tests.site.projects import SEARCH_WORD

pytestmark = pytest.mark.browser


def test_site_from_disk_requests_nothing_outside_it(browser: Browser, site: Path) -> None:
    context = browser.new_context()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto(site.joinpath("index.html").as_uri())
    page.get_by_role("link", name="Open the playbook").first.click()
    page.get_by_role("link", name="Minimal playbook").first.click()
    expect(page.locator("h1")).to_contain_text("Minimal playbook")
    _search(page, SEARCH_WORD)
    context.close()
    outside = [
        url
        for url in requests
        if not url.startswith(site.as_uri() + "/") and not url.startswith(("data:", "blob:"))
    ]
    assert requests
    assert outside == []


def test_search_from_disk_finds_a_playbook_by_a_word_of_its_body(
    browser: Browser, site: Path
) -> None:
    page = browser.new_page()
    page.goto(site.joinpath("index.html").as_uri())
    results = _search(page, SEARCH_WORD)
    expect(results.first).to_contain_text("Minimal playbook")
    page.close()


def test_calculator_gives_the_library_priority_for_every_combination(
    browser: Browser, site: Path
) -> None:
    model = load_org(site.parent / ORG).priority
    combinations = list(all_combinations(model))
    page = browser.new_page()
    page.goto(site.joinpath("priority.html").as_uri())
    shown = page.evaluate(
        """combinations => combinations.map(levels => {
            const root = document.getElementById("drillbook-calculator");
            for (const [metric, level] of Object.entries(levels)) {
                root.querySelector(`select[data-metric="${metric}"]`).value = level;
            }
            root.querySelector("select").dispatchEvent(new Event("change", {bubbles: true}));
            const out = name => root.querySelector(`[data-out="${name}"]`).textContent;
            return [out("priority"), out("name")];
        })""",
        combinations,
    )
    expected = [
        [str(level), describe(model, level).name]
        for level in (priority_of(model, levels) for levels in combinations)
    ]
    assert len(shown) == len(combinations) > 1
    assert shown == expected
    page.close()


def test_playbook_page_runs_without_console_errors(browser: Browser, site: Path) -> None:
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: _record_error(m, errors))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    for name in ("playbooks/minimal.html", "playbooks/evil.html", "priority.html"):
        page.goto(site.joinpath(name).as_uri())
        expect(page.locator("h1")).to_be_visible()
    page.close()
    assert errors == []


def test_printing_a_playbook_shows_every_tab(browser: Browser, site: Path) -> None:
    page = browser.new_page()
    page.goto(site.joinpath("playbooks/minimal.html").as_uri())
    blocks = page.locator(".tabbed-block")
    assert blocks.count() > 1
    expect(blocks.nth(1)).to_be_hidden()
    page.emulate_media(media="print")
    for i in range(blocks.count()):
        expect(blocks.nth(i)).to_be_visible()
    page.close()


def _search(page: Page, query: str) -> Locator:
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(query)
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible()
    return results


def _record_error(message: ConsoleMessage, errors: list[str]) -> None:
    if message.type == "error":
        errors.append(message.text)
