"""Checks that ids are unique and that references point at something that exists."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from typing import Any

from drillbook.documents import Document, Loc
from drillbook.errors import Problem
from drillbook.suggest import nearest


def unknown_message(what: str, value: str, known: Collection[str]) -> str:
    """``unknown <what> '<value>'`` with the nearest known name, or the known names."""
    near = nearest(value, known)
    hint = f"did you mean {near!r}?" if near else f"known: {', '.join(sorted(known)) or 'none'}"
    return f"unknown {what} {value!r}: {hint}"


def unknown(
    doc: Document[Any], loc: Loc, value: str, known: Collection[str], what: str
) -> Iterator[Problem]:
    """A problem at ``loc`` when ``value`` is not one of ``known`` (with the nearest name)."""
    if value not in known:
        yield doc.problem(loc, unknown_message(what, value, known))


def duplicate_ids(
    doc: Document[Any], loc: Loc, ids: Iterable[str], what: str, *, key: str | None = "id"
) -> Iterator[Problem]:
    """A problem for every id in the list at ``loc`` that appeared earlier in it.

    ``key`` is the field of each item that holds its id; ``None`` when the items are the ids.
    """
    seen: dict[str, int] = {}
    for i, value in enumerate(ids):
        if value in seen:
            message = f"duplicate {what} id {value!r} (first at {loc[-1]}[{seen[value]}])"
            yield doc.problem((*loc, i, key) if key else (*loc, i), message)
        else:
            seen[value] = i
