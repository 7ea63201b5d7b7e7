"""Writing an exercise-in-a-box: guide and handouts as Markdown and printable HTML, plus JSON."""

from __future__ import annotations

from pathlib import Path

from drillbook.errors import DrillbookError, Problem
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
    """Write every page as ``.md`` and ``.html`` and the scenario as ``scenario.json``."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DrillbookError(
            [Problem(out, 1, 1, "out", f"cannot create: {exc.strerror}")]
        ) from None
    written = []
    for stem, page in pack_pages(scenario, project).items():
        for suffix, text in ((".md", to_markdown(page)), (".html", to_html(page))):
            path = out / f"{stem}{suffix}"
            path.write_text(text, encoding="utf-8")
            written.append(path)
    path = out / "scenario.json"
    path.write_text(scenario.to_json(), encoding="utf-8")
    return [*written, path]
