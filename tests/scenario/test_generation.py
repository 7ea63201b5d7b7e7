"""A scenario is a function of template, seed, difficulty and generator version."""

from __future__ import annotations

import subprocess
import sys

import pytest

from drillbook.org.models import PriorityLevel
from drillbook.org.priority import priority_of
from drillbook.project import Project
from drillbook.scenario.catalogue import scenario, scenario_from_code, scenarios_for_playbook
from drillbook.scenario.generation import generate
from drillbook.scenario.models import DifficultySpec, InjectSpec, PersonSpec
from tests.factories import REPO

IDS = sorted(p.stem for p in (REPO / "scenarios").glob("*.yaml"))


@pytest.mark.parametrize("scenario_id", IDS)
def test_same_seed_gives_identical_json(shipped: Project, scenario_id: str) -> None:
    first = scenario(shipped, scenario_id, 2024).to_json()
    assert scenario(shipped, scenario_id, 2024).to_json() == first


def test_another_process_gives_identical_json(shipped: Project) -> None:
    command = [sys.executable, "-m", "drillbook", "scenario", "show", "ransomware-friday-night"]
    command += ["--seed", "77", "--format", "json", "--project", str(REPO)]
    env = {"PYTHONHASHSEED": "random", "PATH": ""}
    out = subprocess.run(command, capture_output=True, check=True, env=env).stdout
    assert out.decode() == scenario(shipped, "ransomware-friday-night", 77).to_json()


@pytest.mark.parametrize("scenario_id", IDS)
def test_different_seeds_give_different_worlds(shipped: Project, scenario_id: str) -> None:
    worlds = {scenario(shipped, scenario_id, seed).world.model_dump_json() for seed in range(8)}
    assert len(worlds) == 8


@pytest.mark.parametrize("scenario_id", IDS)
def test_code_recreates_the_scenario(shipped: Project, scenario_id: str) -> None:
    for difficulty in shipped.scenarios[scenario_id].model.difficulties:
        original = scenario(shipped, scenario_id, 2**40 + 3, difficulty.id)
        tag, seed, rest = original.code.split("-")
        typed = f"{tag}-{seed.replace('0', 'o')}-{rest}".lower()  # as a person may type it
        assert scenario_from_code(shipped, typed).to_json() == original.to_json()


def test_adding_an_entity_or_inject_leaves_the_rest_unchanged(shipped: Project) -> None:
    template = shipped.scenarios["phishing-payroll-lure"].model
    cast = template.cast.model_copy(
        update={"people": [PersonSpec(id="auditor", title="Auditor"), *template.cast.people]}
    )
    extra = InjectSpec(id="extra", minute=1, title="Extra", text="${people.auditor.name} calls")
    edited = template.model_copy(update={"cast": cast, "injects": [extra, *template.injects]})
    before = generate(template, 5, shipped.org.priority)
    after = generate(edited, 5, shipped.org.priority)
    assert after.world.people[1:] == before.world.people
    assert after.world.hosts == before.world.hosts
    assert after.world.organisation == before.world.organisation
    assert [i for i in after.injects if i.id != "extra"] == before.injects


def test_harder_difficulty_is_faster_noisier_and_briefs_less(shipped: Project) -> None:
    easy = scenario(shipped, "phishing-payroll-lure", 9, "introductory")
    hard = scenario(shipped, "phishing-payroll-lure", 9, "advanced")
    assert not any(i.red_herring for i in easy.injects)
    assert sum(i.red_herring for i in hard.injects) == 2
    assert len(hard.briefing) < len(easy.briefing)
    assert hard.decisions[0].minute < easy.decisions[0].minute


@pytest.mark.parametrize("scenario_id", IDS)
def test_triage_order_and_escalations_follow_the_priority_model(
    shipped: Project, scenario_id: str
) -> None:
    generated = scenario(shipped, scenario_id, 11)
    board = generated.triage
    assert board is not None and len(board.incidents) >= 3
    model = shipped.org.priority
    by_id = {i.id: priority_of(model, i.levels) for i in board.incidents}
    order = list(PriorityLevel)
    ranks = [order.index(by_id[i]) for i in board.expected_order]
    assert ranks == sorted(ranks)
    assert sorted(board.expected_order) == sorted(by_id)
    escalations = [i.escalation for i in generated.injects if i.escalation]
    assert escalations
    for esc in escalations:
        assert priority_of(model, esc.levels) == esc.priority_after
        assert order.index(esc.priority_after) < order.index(esc.priority_before)


@pytest.mark.parametrize("scenario_id", IDS)
def test_decisions_have_model_answers_and_every_practice_is_covered(
    shipped: Project, scenario_id: str
) -> None:
    generated = scenario(shipped, scenario_id, 3)
    answered = {a.about: a.option for a in generated.model_answers}
    for decision in generated.decisions:
        assert answered[decision.id] in {o.id for o in decision.options}
    sections = {a.seed_section for a in generated.model_answers}
    sections |= {q.seed_section for q in generated.debrief}
    assert sections >= {1, 2, 6, 7, 8}
    conditional = [i.condition for i in generated.injects if i.condition]
    for condition in conditional:
        decision = next(d for d in generated.decisions if d.id == condition.decision)
        assert set(condition.chosen) <= {o.id for o in decision.options}


def test_every_shipped_playbook_has_a_scenario(shipped: Project) -> None:
    for playbook_id in shipped.playbooks:
        assert scenarios_for_playbook(shipped, playbook_id), playbook_id


@pytest.mark.parametrize("scenario_id", IDS)
def test_every_task_falls_due_inside_the_exercise(shipped: Project, scenario_id: str) -> None:
    for difficulty in shipped.scenarios[scenario_id].model.difficulties:
        s = scenario(shipped, scenario_id, 3, difficulty.id)
        minutes = [i.minute for i in s.injects] + [d.minute for d in s.decisions]
        minutes += [m for c in s.communications for m in (c.minute, c.due_minute)]
        minutes += [s.triage.minute] if s.triage else []
        assert max(minutes) <= s.duration_minutes, difficulty.id


def test_a_difficulty_with_no_briefing_lines_briefs_nothing(shipped: Project) -> None:
    template = shipped.scenarios["phishing-payroll-lure"].model
    blind = DifficultySpec(id="blind", label="Blind", briefing_lines=0)
    edited = template.model_copy(update={"difficulties": [blind]})
    assert generate(edited, 1, shipped.org.priority).briefing == []
