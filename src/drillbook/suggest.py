"""Suggesting the name a person meant when they typed one that does not exist."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def nearest(value: str, known: Iterable[str]) -> str | None:
    """The known name a person most likely meant by ``value``: one it begins, or a close one."""
    names = sorted(known)
    begun = [name for name in names if value and name.startswith(value)]
    close = begun or difflib.get_close_matches(value, names, n=1)
    return close[0] if close else None
