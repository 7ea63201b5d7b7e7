"""Building the site safely (a failed build keeps the last good one) and serving it live."""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.commands.serve import serve
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from drillbook.errors import DrillbookError, Problem
from drillbook.output import output_folder, writing

CONFIG = "mkdocs.yml"
"""The site configuration, at the project root."""
MARKER = ".drillbook-site"
"""The file that marks a folder as a site drillbook built, and so may replace."""
MARKER_TEXT = "Built by drillbook build, which replaces this whole folder on the next build.\n"
SITE_OPTION = "--site"
"""How problems with the site folder name it: after the option that sets it."""


def build_site(root: Path, site_dir: Path) -> None:
    """Build the site strictly into a temporary folder, then swap it into ``site_dir``.

    Any problem (a bad playbook, a broken link, a theme warning, a place it cannot write)
    raises :class:`DrillbookError` and leaves ``site_dir`` exactly as it was. ``site_dir``
    must be new, empty or an earlier build's: it is never the project or a folder of its own.
    """
    site_dir = output_folder(root, site_dir, SITE_OPTION)
    if site_dir.is_dir() and any(site_dir.iterdir()) and not (site_dir / MARKER).is_file():
        message = f"not built by drillbook (no {MARKER}): empty it or choose another folder"
        raise DrillbookError([Problem(site_dir, 1, 1, SITE_OPTION, message)])
    with writing(site_dir, SITE_OPTION):
        site_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f"{site_dir.name}.new-", dir=site_dir.parent))
        try:
            with _mkdocs_messages() as messages:
                try:
                    config = load_config(str(root / CONFIG), strict=True, site_dir=str(staging))
                    build(config)
                except MkDocsException as exc:
                    raise _problems(exc, messages, root / CONFIG) from None
            (staging / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
            _swap(staging, site_dir)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def serve_site(root: Path, address: str) -> None:
    """Serve the site at ``address`` (host:port), rebuilding when docs or YAML change."""
    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.INFO)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger.addHandler(handler)
    try:
        serve(config_file=str(root / CONFIG), dev_addr=address, livereload=True)
    except MkDocsException as exc:
        raise _problems(exc, [], root / CONFIG) from None


def _swap(staging: Path, site_dir: Path) -> None:
    """Put ``staging`` in the place of ``site_dir``; if that fails, the old site stays."""
    old = site_dir.with_name(staging.name.replace(".new-", ".old-"))
    if site_dir.exists():
        site_dir.rename(old)
    try:
        staging.rename(site_dir)
    except OSError:
        if old.exists():
            old.rename(site_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _problems(exc: BaseException, messages: list[str], config: Path) -> DrillbookError:
    """The project's own problems if they caused the failure, else what MkDocs reported."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, DrillbookError):
            return cause
        cause = cause.__cause__ or cause.__context__
    lines = messages or [str(exc)]
    return DrillbookError(Problem(config, 1, 1, "", f"site build: {line}") for line in lines)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _mkdocs_messages() -> Iterator[list[str]]:
    """Collect MkDocs' warnings and errors instead of printing them."""
    logger = logging.getLogger("mkdocs")
    handler = _Collect()
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
