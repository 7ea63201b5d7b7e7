"""Property: whatever text or structure the loader is fed, only drillbook's own error comes out."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drillbook.documents import load_document
from drillbook.errors import DrillbookError
from drillbook.org.models import PriorityModel
from drillbook.playbook.models import Playbook

YAMLISH = st.text(
    alphabet=st.sampled_from([*"abcdefgx01:-[]{}&*!|>'\"#?,.% \n\t<@`", "\u00e9", "\x00"]),
    max_size=200,
)
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
FIELDS = st.sampled_from(["id", "title", "phases", "steps", "owner", "levels", "metrics", "x"])
STRUCTURES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(FIELDS, inner, max_size=5),
    max_leaves=30,
)


def only_drillbook_errors(text: str | bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.yaml"
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        for model in (Playbook, PriorityModel):
            try:
                load_document(path, model)
            except DrillbookError as exc:
                assert exc.problems
                assert all(str(p).startswith(f"{path}:") for p in exc.problems)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(YAMLISH)
def test_arbitrary_text(text: str) -> None:
    only_drillbook_errors(text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes(data: bytes) -> None:
    only_drillbook_errors(data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(STRUCTURES)
def test_arbitrary_structures(data: object) -> None:
    only_drillbook_errors(yaml.safe_dump(data))
