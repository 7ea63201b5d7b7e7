"""The shipped runbook lists the scenarios: a catalogue page, and each playbook's own ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drillbook.cli import main
from drillbook.project import load_project
from tests.factories import REPO
from tests.site.html import Page


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own playbooks, scenarios and docs, built into a temporary folder."""
    root = tmp_path_factory.mktemp("shipped")
    for folder in ("playbooks", "scenarios", "docs"):
        shutil.copytree(REPO / folder, root / folder)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    assert main(["build", "--project", str(root)]) == 0
    return root


def test_catalogue_lists_every_scenario_with_its_playbook(shipped: Path) -> None:
    project = load_project(shipped)
    page = Page(shipped / "site/scenarios.html")
    for doc in project.scenarios.values():
        template = doc.model
        assert template.id in page.ids
        assert template.title in page.text
        assert f"drillbook scenario pack {template.id} --seed 1" in page.text
        playbook = project.playbook(template.playbook).title
        assert f"Playbook {playbook} Duration {template.duration_minutes} minutes" in page.text


def test_each_playbook_page_lists_the_scenarios_that_practise_it(shipped: Path) -> None:
    project = load_project(shipped)
    for playbook_id in project.playbooks:
        page = Page(shipped / f"site/playbooks/{playbook_id}.html")
        own = [d.model for d in project.scenarios.values() if d.model.playbook == playbook_id]
        assert own, f"no scenario practises {playbook_id}"
        assert "practise-it" in page.ids
        for template in own:
            assert f"../scenarios.html#{template.id}" in page.links
        others = [d.model.id for d in project.scenarios.values() if d.model not in own]
        assert not [o for o in others if f"../scenarios.html#{o}" in page.links]


def test_home_page_reaches_the_catalogue(shipped: Path) -> None:
    assert "scenarios.html" in Page(shipped / "site/index.html").links
