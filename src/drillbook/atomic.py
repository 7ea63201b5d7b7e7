"""Writing a file whole or not at all: a temporary file beside it, then one rename."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from drillbook.errors import DrillbookError, Problem


def write_text(path: Path, text: str, *, field: str = "") -> None:
    """Replace ``path`` with ``text`` in one step; a folder that is missing is a one-line error.

    Readers see the old content or the new, never part of it; an existing file keeps its mode.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "x", encoding="utf-8") as out:
            out.write(text)
        if path.exists():
            shutil.copymode(path, temporary)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        message = f"cannot write this file ({reason}): check that its folder exists and is writable"
        raise DrillbookError([Problem(path, 1, 1, field, message)]) from None
