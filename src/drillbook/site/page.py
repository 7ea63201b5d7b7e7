"""A generated page, and where each page of the runbook lives in the site."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HOME = "index.md"
"""The hand-written home page under ``docs/``."""
PLAYBOOK_INDEX = "playbooks/index.md"
"""The table of every playbook."""
ROLES = "roles.md"
"""Role cards and the role-by-playbook matrix."""
PRIORITY = "priority.md"
"""The priority model and calculator."""
COMMUNICATIONS = "communications.md"
"""Channels, cadence, templates and contacts."""
CLOCKS = "regulatory-clocks.md"
"""The regulatory clocks."""
ATTACK = "attack.md"
"""ATT&CK coverage."""
SCENARIOS = "scenarios.md"
"""The catalogue of tabletop scenarios."""


def playbook_path(playbook_id: str) -> str:
    """Where a playbook's page lives."""
    return f"playbooks/{playbook_id}.md"


def href(from_path: str, to_path: str, anchor: str = "") -> str:
    """A relative link from one page to another (and an anchor on it)."""
    target = _relative(posixpath.dirname(from_path), to_path)
    return f"{target}#{anchor}" if anchor else target


@lru_cache(maxsize=4096)
def _relative(from_dir: str, to_path: str) -> str:
    return posixpath.relpath(to_path, from_dir or ".")


@dataclass(frozen=True)
class Page:
    """One generated page: its place in the site, its title, Markdown and the YAML behind it."""

    path: str
    """Path inside the docs folder, e.g. ``playbooks/phishing.md``."""
    title: str
    """The title for navigation."""
    markdown: str
    """The full page source, front matter included."""
    source: Path | None
    """The YAML file an edit link should open, if the page comes from one file."""
