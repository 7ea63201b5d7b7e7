"""Safe YAML loading that remembers where every value came from, and model validation on top.

Every YAML file drillbook reads goes through :func:`load_document`: a bounded, safe parse
(no Python tags, no duplicate keys, a cap on size and alias expansion), then pydantic
validation whose errors are mapped back to ``file:line:column`` of the offending value.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from drillbook.errors import DrillbookError, Problem, Severity
from drillbook.suggest import nearest

MAX_BYTES = 1024 * 1024
"""The largest YAML file drillbook reads; a playbook is a few kilobytes."""

MAX_NODES = 200_000
"""How many values a document may expand to, aliases included ("billion laughs" guard)."""

MAX_DEPTH = 64
"""How deeply values may nest; playbooks need fewer than ten levels."""

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_constructor = yaml.SafeLoader("")


@dataclass
class Positions:
    """Where each value (and each mapping key) of a document starts, by its path."""

    values: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Loc, tuple[int, int]] = field(default_factory=dict)

    def of(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """The line and column of ``loc``, or of its nearest located parent."""
        table = self.keys if key else self.values
        while loc:
            if loc in table:
                return table[loc]
            if loc in self.values:
                return self.values[loc]
            loc = loc[:-1]
        return self.values.get((), (1, 1))


@dataclass
class Document(Generic[M]):
    """A validated model with the file and positions it came from."""

    path: Path
    model: M
    positions: Positions

    def problem(
        self, loc: Loc, message: str, *, severity: Severity = Severity.ERROR, key: bool = False
    ) -> Problem:
        """A problem located at ``loc`` in this document."""
        return problem_at(self.path, self.positions, loc, message, severity=severity, key=key)


def problem_at(
    path: Path,
    positions: Positions,
    loc: Loc,
    message: str,
    *,
    severity: Severity = Severity.ERROR,
    key: bool = False,
) -> Problem:
    """A problem at ``loc`` of a parsed file, with its line and column."""
    line, column = positions.of(loc, key=key)
    return Problem(path, line, column, dotted(loc), message, severity)


def dotted(loc: Loc) -> str:
    """``("phases", "containment", 2, "owner")`` as ``phases.containment[2].owner``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


class _Builder:
    """Turns a composed YAML node tree into plain data, recording positions and bounds."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.positions = Positions()
        self.problems: list[Problem] = []
        self.count = 0

    def fail(self, node: yaml.Node, loc: Loc, message: str) -> None:
        mark = node.start_mark
        self.problems.append(
            Problem(self.path, mark.line + 1, mark.column + 1, dotted(loc), message)
        )

    def build(self, node: yaml.Node, loc: Loc) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooLarge(node, f"expands to more than {MAX_NODES} values (aliases?)")
        if len(loc) > MAX_DEPTH:
            raise _TooLarge(node, f"nests deeper than {MAX_DEPTH} levels")
        self.positions.values[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*loc, i)) for i, item in enumerate(node.value)]
        if node.tag not in _SCALAR_TAGS:
            self.fail(node, loc, f"the tag {node.tag!r} is not allowed: write a plain value")
            return None
        try:
            return _constructor.yaml_constructors[node.tag](_constructor, node)
        except (ValueError, TypeError, OverflowError, yaml.YAMLError) as exc:
            self.fail(node, loc, f"a value cannot be read: {exc}")
            return None

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[str, Any]:
        if node.tag != "tag:yaml.org,2002:map":
            self.fail(node, loc, f"the tag {node.tag!r} is not allowed: write a plain mapping")
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.fail(key_node, loc, "merge keys (<<) are not supported: write the fields out")
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.fail(key_node, loc, "a key must be a plain word, not a list or mapping")
                continue
            key = str(key_node.value)
            child = (*loc, key)
            if key in out:
                first = self.positions.keys[child]
                self.fail(key_node, child, f"duplicate key (first at line {first[0]}): remove one")
                continue
            self.positions.keys[child] = (
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
            )
            out[key] = self.build(value_node, child)
        return out


class _TooLarge(Exception):
    def __init__(self, node: yaml.Node, what: str) -> None:
        self.node = node
        self.what = what


def read_yaml(path: Path, text: str | None = None) -> tuple[Any, Positions]:
    """Parse one YAML file safely into plain data and the positions of its values.

    Raises :class:`DrillbookError` for anything that is not a small, plain YAML document.
    """
    if text is None:
        text = _read_text(path)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = exc.problem or exc.context or "not valid YAML"
        raise DrillbookError([Problem(path, line, column, "", f"YAML syntax: {reason}")]) from None
    except yaml.YAMLError as exc:
        raise DrillbookError([Problem(path, 1, 1, "", f"YAML syntax: {exc}")]) from None
    if node is None:
        raise DrillbookError([Problem(path, 1, 1, "", "the file is empty: write the document")])
    builder = _Builder(path)
    try:
        data = builder.build(node, ())
    except _TooLarge as exc:
        mark = exc.node.start_mark
        message = f"the document {exc.what}: shrink it"
        raise DrillbookError([Problem(path, mark.line + 1, mark.column + 1, "", message)]) from None
    if builder.problems:
        raise DrillbookError(builder.problems)
    return data, builder.positions


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            message = f"the file is {size} bytes, over the {MAX_BYTES}-byte limit: split it"
            raise DrillbookError([Problem(path, 1, 1, "", message)])
        raw = path.read_bytes()
    except OSError as exc:
        raise DrillbookError([Problem(path, 1, 1, "", f"cannot read: {exc.strerror}")]) from None
    if b"\x00" in raw:
        raise DrillbookError([Problem(path, 1, 1, "", "binary data, not YAML text")])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        message = "not valid UTF-8: save the file as UTF-8"
        raise DrillbookError([Problem(path, line, column, "", message)]) from None


def load_document(path: Path, model: type[M], text: str | None = None) -> Document[M]:
    """Read ``path`` and validate it as ``model``; every problem comes out as one line."""
    data, positions = read_yaml(path, text)
    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "nothing"
        message = f"expected a mapping of fields, found {kind}"
        raise DrillbookError([Problem(path, 1, 1, "", message)])
    try:
        validated = model.model_validate(data)
    except ValidationError as exc:
        raise DrillbookError(_problems(path, positions, model, exc, data)) from None
    return Document(path, validated, positions)


def _problems(
    path: Path, positions: Positions, model: type[BaseModel], exc: ValidationError, data: Any
) -> Iterator[Problem]:
    for error in exc.errors(include_url=False):
        loc = _data_loc(error["loc"], data, missing=error["type"] == "missing")
        message = _message(error, model, loc)
        yield problem_at(path, positions, loc, message, key=error["type"] == "extra_forbidden")


def _data_loc(raw: tuple[int | str, ...], data: Any, *, missing: bool) -> Loc:
    """The parts of a pydantic error location that are real keys and indexes of ``data``.

    pydantic inserts the tags of union members ("function-after[...]") among them; a missing
    field's name is the one part that is legitimately absent, and it comes last.
    """
    out: list[str | int] = []
    node = data
    for i, part in enumerate(raw):
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            node = node[part]
        elif not (missing and i == len(raw) - 1):
            continue
        out.append(part)
    return tuple(out)


def _message(error: Any, model: type[BaseModel], loc: Loc) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        known = sorted(_fields_at(model, loc[:-1]))
        near = nearest(str(loc[-1]), known)
        hint = f": did you mean {near!r}?" if near else f": known fields are {', '.join(known)}"
        return f"unknown field{hint}"
    if kind == "missing":
        return "required field is missing: add it"
    return str(error["msg"])


def _fields_at(model: type[BaseModel], loc: Loc) -> set[str]:
    """The field names of the model found by walking ``loc`` down from ``model``."""
    current: Any = model
    for part in loc:
        current = _inner(current)
        if isinstance(part, int):
            continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(part)
            current = info.annotation if info else None
        elif typing.get_origin(current) is dict:
            current = typing.get_args(current)[1]
    current = _inner(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return {info.alias or name for name, info in current.model_fields.items()}
    return set()


def _inner(tp: Any) -> Any:
    """Strip ``Annotated``, ``Optional`` and list wrappers off a type."""
    while True:
        origin = typing.get_origin(tp)
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType, list, tuple) and len(args) == 1:
            tp = args[0]
        else:
            return tp
