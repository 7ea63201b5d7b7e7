"""Checks that ids are unique and that references point at something that exists."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Iterator
from typing import Any

from drillbook.documents import Document, Loc
from drillbook.errors import Problem


def unknown(
    doc: Document[Any], loc: Loc, value: str, known: Collection[str], what: str
) -> Iterator[Problem]:
    """A problem at ``loc`` when ``value`` is not one of ``known`` (with the nearest name)."""
    if value in known:
        return
    near = difflib.get_close_matches(value, list(known), n=1)
    hint = f"did you mean {near[0]!r}?" if near else f"known: {', '.join(sorted(known)) or 'none'}"
    yield doc.problem(loc, f"unknown {what} {value!r}: {hint}")


def duplicate_ids(doc: Document[Any], loc: Loc, ids: Iterable[str], what: str) -> Iterator[Problem]:
    """A problem for every id in the list at ``loc`` that appeared earlier in it."""
    seen: dict[str, int] = {}
    for i, value in enumerate(ids):
        if value in seen:
            message = f"duplicate {what} id {value!r} (first at {loc[-1]}[{seen[value]}])"
            yield doc.problem((*loc, i, "id"), message)
        else:
            seen[value] = i
