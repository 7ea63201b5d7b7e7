"""Writing drillbook's output without harming the project: where it may go, and whole or not at all.

Every failure to write becomes a one-line problem naming the option that chose the place.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from drillbook.errors import DrillbookError, Problem
from drillbook.project import SOURCES


def output_folder(root: Path, path: Path, option: str) -> Path:
    """``path`` made absolute, once it is clear that writing output there destroys nothing.

    The project root, a folder around it, a folder in or around one of its :data:`SOURCES`,
    and a file are refused with a one-line problem naming ``option``.
    """
    target, root = path.resolve(), root.resolve()
    if root.is_relative_to(target):
        message = "this folder holds the project: choose a folder of its own, e.g. site/"
    elif any(target.is_relative_to(root / source) for source in SOURCES):
        message = f"this is inside the project's {', '.join(SOURCES)}: choose another folder"
    elif target.exists() and not target.is_dir():
        message = "this is a file: choose a folder"
    else:
        return target
    raise DrillbookError([Problem(path, 1, 1, option, message)])


@contextmanager
def writing(path: Path, option: str) -> Iterator[None]:
    """Report a failure to write output under ``path`` as a one-line problem naming ``option``."""
    try:
        yield
    except OSError as exc:
        reason = exc.strerror or str(exc)
        message = f"cannot write here ({reason}): check that the folder exists and is writable"
        problem = Problem(path, 1, 1, option, message)
        raise DrillbookError([problem]) from None


def write_text(path: Path, text: str, *, option: str = "") -> None:
    """Replace ``path`` with ``text`` in one step (a temporary file beside it, then a rename).

    Readers see the old content or the new, never part of it; an existing file keeps its mode.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with writing(path, option):
            with open(temporary, "x", encoding="utf-8") as out:
                out.write(text)
            if path.exists():
                shutil.copymode(path, temporary)
            os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
