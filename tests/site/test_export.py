"""``drillbook export``: Markdown that plain ``mkdocs build`` (no plugin) turns into the site."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from drillbook.cli import main
from tests.site.html import Page


def test_export_builds_the_same_pages_without_the_plugin(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    assert main(["export", "--project", str(built), str(out)]) == 0
    config = yaml.safe_load((out / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "drillbook" not in config["plugins"]
    assert (out / "docs" / "playbooks" / "minimal.md").is_file()
    site = tmp_path / "plain-site"
    plain_build = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"]
    subprocess.run([*plain_build, "-f", str(out / "mkdocs.yml"), "-d", str(site)], check=True)
    ours = {p.relative_to(built / "site") for p in (built / "site").rglob("*.html")}
    plain = {p.relative_to(site) for p in site.rglob("*.html")}
    assert plain == ours
    for name in ("playbooks/minimal.html", "priority.html", "roles.html"):
        assert Page(site / name).ids == Page(built / "site" / name).ids
