"""The MkDocs plugin ``drillbook``: adds the pages rendered from the playbooks to the site.

It stays thin: loading and rendering happen in the library; the plugin hands the Markdown to
MkDocs as virtual files, points each page's edit link at its YAML and watches the YAML.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from drillbook.errors import DrillbookError
from drillbook.project import PLAYBOOKS, SCENARIOS, load_project
from drillbook.site.page import Page
from drillbook.site.pages import navigation, render_pages
from drillbook.site.static import static_files

log = get_plugin_logger(__name__)


class DrillbookConfig(base.Config):  # type: ignore[no-untyped-call]
    """The plugin's options in ``mkdocs.yml``."""

    project = c.Type(str, default=".")
    """The drillbook project folder (the one holding ``playbooks/``), relative to mkdocs.yml."""


class DrillbookPlugin(BasePlugin[DrillbookConfig]):  # type: ignore[no-untyped-call]
    """Turns the playbooks and the organisation layer into virtual pages."""

    def __init__(self) -> None:
        self.root = Path()
        self.pages: list[Page] = []
        self.own_nav = False

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load and check the project; a problem fails the build with its one-line message."""
        self.root = (Path(config.config_file_path).parent / self.config.project).resolve()
        try:
            project = load_project(self.root)
        except DrillbookError as exc:
            raise PluginError(str(exc)) from exc
        for warning in project.warnings:
            log.info(str(warning))
        self.pages = render_pages(project, dt.date.today())
        self.own_nav = config.nav is None
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Add the generated pages, each with an edit link to its YAML, and the static files.

        Unless ``mkdocs.yml`` has a ``nav``, the navigation lists them after the home page,
        then the other hand-written pages.
        """
        if self.own_nav:
            handwritten = [f.src_uri for f in files.documentation_pages()]
            config.nav = navigation(self.pages, handwritten)
        for page in self.pages:
            file = File.generated(config, page.path, content=page.markdown)
            if page.source is not None:
                file.edit_uri = Path(os.path.relpath(page.source, config.docs_dir)).as_posix()
            files.append(file)
        for dest, source in static_files().items():
            files.append(File.generated(config, dest, abs_src_path=str(source)))
        return files

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        """Rebuild when any playbook, organisation or scenario file changes."""
        for folder in (PLAYBOOKS, SCENARIOS):
            if (self.root / folder).is_dir():
                server.watch(str(self.root / folder))
        return server
