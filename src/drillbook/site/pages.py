"""Every generated page of the runbook, and the navigation that orders them."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Any

from drillbook.project import Project
from drillbook.scenario.catalogue import scenarios_for_playbook
from drillbook.site.attack_page import render_attack
from drillbook.site.clocks_page import render_clocks
from drillbook.site.communications_page import render_communications
from drillbook.site.index_page import render_index
from drillbook.site.page import HOME, PLAYBOOK_INDEX, Page
from drillbook.site.playbook_page import render_playbook
from drillbook.site.priority_page import render_priority
from drillbook.site.roles_page import render_roles
from drillbook.site.scenarios_page import render_scenarios


def render_pages(project: Project, today: dt.date) -> list[Page]:
    """The generated pages: reference pages, the playbook index, then one page per playbook."""
    docs = sorted(project.playbooks.values(), key=lambda d: d.model.title)
    playbooks = [
        render_playbook(
            d.model, project.org, d.path, today, scenarios_for_playbook(project, d.model.id)
        )
        for d in docs
    ]
    return [
        render_priority(project),
        render_index(project, today),
        *playbooks,
        render_roles(project),
        render_communications(project),
        render_clocks(project),
        render_attack(project),
        render_scenarios(project),
    ]


def navigation(pages: list[Page], handwritten: Sequence[str] = ()) -> list[Any]:
    """The site navigation (MkDocs ``nav`` format): home, the generated pages, the other docs.

    Playbook pages go in a "Playbooks" section opened by the playbook index; ``handwritten``
    pages (paths under ``docs/`` other than the home page) come last, titled by their heading.
    """
    nav: list[Any] = [{"Home": HOME}]
    section: list[Any] = []
    for page in pages:
        if page.path == PLAYBOOK_INDEX:
            section.append(page.path)
            nav.append({"Playbooks": section})
        elif page.path.startswith("playbooks/"):
            section.append({nav_title(page.title): page.path})
        else:
            nav.append({nav_title(page.title): page.path})
    return nav + [path for path in handwritten if path != HOME]


def nav_title(title: str) -> str:
    """A title safe in every place the theme prints it, some of them unescaped."""
    return html.escape(title.replace("<", "\u2039").replace(">", "\u203a"), quote=False)
