"""``drillbook export``: the site as plain Markdown that builds without the drillbook plugin.

The result is a folder with ``mkdocs.yml`` and ``docs/``: any builder that reads mkdocs.yml but
runs no third-party plugins builds the same pages from it.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import yaml

from drillbook.documents import read_yaml
from drillbook.errors import DrillbookError, Problem
from drillbook.output import output_folder, writing
from drillbook.project import load_project
from drillbook.site.build import CONFIG
from drillbook.site.pages import navigation, render_pages
from drillbook.site.static import static_files

PLUGIN = "drillbook"
"""The plugin's name in ``mkdocs.yml``."""


def export_site(root: Path, dest: Path) -> int:
    """Write ``dest/mkdocs.yml`` and ``dest/docs/`` with every page; return the page count.

    ``dest`` is never the project or one of its own folders; every page is rendered before
    the first file is written.
    """
    dest = output_folder(root, dest, "DIR")
    config = _config(root / CONFIG)
    pages = render_pages(load_project(root), dt.date.today())
    source = root / config.get("docs_dir", "docs")
    handwritten = sorted(p.relative_to(source).as_posix() for p in source.rglob("*.md"))
    config["docs_dir"] = "docs"
    config.pop("site_dir", None)
    config.setdefault("nav", navigation(pages, handwritten))
    config["plugins"] = [p for p in config.get("plugins", []) if _name(p) != PLUGIN]
    settings = yaml.safe_dump(config, sort_keys=False, allow_unicode=True)
    docs = dest / "docs"
    with writing(dest, "DIR"):
        shutil.copytree(source, docs, dirs_exist_ok=True)
        for page in pages:
            target = docs / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.markdown, encoding="utf-8")
        for path, static in static_files().items():
            (docs / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(static, docs / path)
        (dest / CONFIG).write_text(settings, encoding="utf-8")
    return len(pages)


def _config(path: Path) -> dict[str, Any]:
    data, _ = read_yaml(path)
    if not isinstance(data, dict):
        raise DrillbookError([Problem(path, 1, 1, "", "expected the MkDocs settings mapping")])
    return data


def _name(plugin: Any) -> str:
    """A plugin entry's name: ``search`` or ``{"search": {...}}``."""
    return str(plugin if isinstance(plugin, str) else next(iter(plugin)))
