"""Site projects for tests and the benchmark: a factory project plus the repo's site config."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from faker import Faker

from tests.factories import REPO, dump, make_project, playbook_data

EVIL = '<img src=x onerror="alert(1)"> *bold* [link](javascript:alert(2)) & co'
"""Text that would be markup or HTML if it were not escaped."""

SEARCH_WORD = "honeytoken"
"""A word found only deep in the body of the "minimal" playbook."""


def site_project(root: Path, *, playbooks: int = 2) -> Path:
    """A valid project at ``root`` with the repository's ``mkdocs.yml`` and ``docs/``."""
    make_project(root, playbooks=playbooks)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "docs", root / "docs")
    return root


def write_playbook(root: Path, playbook_id: str, **changes: Any) -> dict[str, Any]:
    """Write a generated playbook with ``changes`` applied (``None`` removes a field)."""
    fake = Faker()
    fake.seed_instance(playbook_id)
    data = playbook_data(fake, playbook_id)
    for key, value in changes.items():
        if value is None:
            data.pop(key)
        else:
            data[key] = value
    (root / "playbooks" / f"{playbook_id}.yaml").write_text(dump(data), encoding="utf-8")
    return data


def varied_project(root: Path) -> Path:
    """A site project whose playbooks differ in what they have: evil text, stale, minimal.

    It has one more hand-written page, ``docs/after-action.md``.
    """
    site_project(root)
    (root / "docs" / "after-action.md").write_text(
        "# After an incident\n\nHold the review within five working days.\n", encoding="utf-8"
    )
    write_playbook(root, "evil", title=f"Evil {EVIL}", summary=EVIL)
    stale = dt.date.today() - dt.timedelta(days=400)
    write_playbook(root, "stale", title="Stale playbook", last_reviewed=stale)
    plan = {
        "entry_points": ["The phished mailbox", "The attacker's VPN session"],
        "timing": f"When the {SEARCH_WORD} fires again, act on every entry point at once.",
        "coordinated_action": "Revoke sessions, reset the password and block the sender.",
        "owner": "incident-commander",
    }
    write_playbook(
        root,
        "minimal",
        title="Minimal playbook",
        containment_plan=plan,
        indicators=None,
        regulatory_clocks=None,
        lessons=None,
    )
    return root
