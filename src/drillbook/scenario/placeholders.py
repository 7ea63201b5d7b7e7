"""Placeholders such as ``${people.ceo.email}``: which names a template may use, and filling them.

The names come from one table, so the names a template may use (checked at load time) and
the values a generated world provides are always the same set.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence

from pydantic import BaseModel

from drillbook.scenario.models import (
    AttackerAsset,
    Cast,
    DataStore,
    Host,
    Organisation,
    Person,
    Service,
    World,
)

PATTERN = re.compile(r"\$\{([^}]*)\}")
"""A placeholder: ``${`` name ``}``."""

ENTITY_SECTIONS: dict[str, tuple[str, type[BaseModel]]] = {
    "people": ("people", Person),
    "hosts": ("hosts", Host),
    "services": ("services", Service),
    "data": ("data_stores", DataStore),
    "attacker": ("attacker", AttackerAsset),
}
"""Placeholder prefix → (attribute of :class:`Cast` and :class:`World`, entity model)."""

WHEN_FIELDS = ("date", "time", "weekday")
"""``${when.date}`` and friends: the moment the incident is detected."""


def _fields(model: type[BaseModel]) -> list[str]:
    return [name for name in model.model_fields if name != "id"]


def known_names(cast: Cast) -> list[str]:
    """Every placeholder name a template with this cast may use, in a stable order."""
    names = [f"org.{f}" for f in _fields(Organisation)]
    names += [f"when.{f}" for f in WHEN_FIELDS]
    for prefix, (attribute, model) in ENTITY_SECTIONS.items():
        for entity_id in (spec.id for spec in getattr(cast, attribute)):
            names += [f"{prefix}.{entity_id}.{f}" for f in _fields(model)]
    return names


def world_values(world: World) -> dict[str, str]:
    """Placeholder name → text, for every name :func:`known_names` allows."""
    values = {f"org.{k}": str(v) for k, v in world.organisation.model_dump().items()}
    start = dt.datetime.strptime(world.start, "%Y-%m-%d %H:%M")
    values.update({"when.date": f"{start:%Y-%m-%d}", "when.time": f"{start:%H:%M}"})
    values["when.weekday"] = f"{start:%A}"
    for prefix, (attribute, model) in ENTITY_SECTIONS.items():
        entities: Sequence[BaseModel] = getattr(world, attribute)
        for entity in entities:
            data = entity.model_dump(mode="json")
            values.update({f"{prefix}.{data['id']}.{f}": str(data[f]) for f in _fields(model)})
    return values


def names_in(text: str) -> Iterator[str]:
    """The placeholder names used in ``text``, in order."""
    for match in PATTERN.finditer(text):
        yield match.group(1).strip()


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with every placeholder replaced by its value (names were checked on load)."""
    return PATTERN.sub(lambda m: values[m.group(1).strip()], text)
