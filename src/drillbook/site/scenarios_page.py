"""The scenario catalogue: every tabletop scenario, what it trains and how to run it."""

from __future__ import annotations

from drillbook.markdown import code_block, sections, table, text
from drillbook.project import Project
from drillbook.scenario.catalogue import templates
from drillbook.scenario.models import SEED_SECTIONS, ScenarioTemplate
from drillbook.site.fragments import playbook_link, role_link
from drillbook.site.page import SCENARIOS, Page


def render_scenarios(project: Project) -> Page:
    """One entry per scenario template, with its playbook, roles, difficulties and practices."""
    entries = [_entry(template, project) for template in templates(project)] or [
        "No scenarios yet: add a template under `scenarios/`."
    ]
    body = sections(
        "# Tabletop scenarios",
        "Each scenario generates a fictitious organisation and incident from a seed; the same "
        "seed gives the same exercise, so another team can replay it. Run one in the simulator, "
        "or print an exercise-in-a-box with the command under each scenario.",
        *entries,
    )
    return Page(SCENARIOS, "Tabletop scenarios", body, None)


def _entry(template: ScenarioTemplate, project: Project) -> str:
    org = project.org
    playbook = project.playbook(template.playbook)
    sections_trained = sorted(
        {a.seed_section for a in template.model_answers}
        | {q.seed_section for q in template.debrief}
    )
    rows = [
        ("Playbook", playbook_link(playbook, SCENARIOS)),
        ("Duration", f"{template.duration_minutes} minutes"),
        ("Roles", ", ".join(role_link(org, role, SCENARIOS) for role in template.roles)),
        ("Difficulty", ", ".join(text(d.label) for d in template.difficulties)),
        ("Practises", ", ".join(text(SEED_SECTIONS[n]) for n in sections_trained)),
    ]
    command = f"drillbook scenario pack {template.id} --seed 1 --out exercise-{template.id}"
    return sections(
        f"## {text(template.title)} {{#{template.id}}}",
        text(template.summary),
        table(["", ""], rows),
        code_block(command),
    )
