"""Writing an exercise-in-a-box: guide and handouts as Markdown and printable HTML, plus JSON."""

from __future__ import annotations

from pathlib import Path

from drillbook.output import output_folder, writing
from drillbook.project import Project
from drillbook.scenario.models import Scenario
from drillbook.scenario.pages import facilitator_guide, handout
from drillbook.scenario.rendering import Page, to_html, to_markdown


def pack_pages(scenario: Scenario, project: Project) -> dict[str, Page]:
    """File stem → page: ``facilitator-guide`` and ``handout-<role>`` for each role."""
    pages = {"facilitator-guide": facilitator_guide(scenario, project)}
    for role in scenario.roles:
        pages[f"handout-{role}"] = handout(scenario, project, role)
    return pages


def write_pack(scenario: Scenario, project: Project, out: Path) -> list[Path]:
    """Write every page as ``.md`` and ``.html`` and the scenario as ``scenario.json``.

    ``out`` is never the project or one of its own folders; every file is rendered before
    the first one is written.
    """
    out = output_folder(project.root, out, "--out")
    files = {}
    for stem, page in pack_pages(scenario, project).items():
        files[out / f"{stem}.md"] = to_markdown(page)
        files[out / f"{stem}.html"] = to_html(page)
    files[out / "scenario.json"] = scenario.to_json()
    with writing(out, "--out"):
        out.mkdir(parents=True, exist_ok=True)
        for path, text in files.items():
            path.write_text(text, encoding="utf-8")
    return list(files)
