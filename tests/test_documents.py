"""Loading YAML: every kind of bad input gives one-line errors located in the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from faker import Faker

from drillbook.documents import MAX_BYTES, load_document
from drillbook.errors import DrillbookError
from drillbook.playbook.models import Playbook
from tests.factories import dump, playbook_data


def load_errors(path: Path, text: str | bytes) -> list[str]:
    """The one-line problems loading ``text`` as a playbook gives."""
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(DrillbookError) as caught:
        load_document(path, Playbook)
    lines = [str(p) for p in caught.value.problems]
    assert all("\n" not in line and line.startswith(f"{path}:") for line in lines)
    return lines


def valid_text(fake: Faker) -> str:
    return dump(playbook_data(fake, "phishing"))


def test_valid_playbook_loads_with_positions(tmp_path: Path, fake: Faker) -> None:
    path = tmp_path / "phishing.yaml"
    path.write_text(valid_text(fake), encoding="utf-8")
    doc = load_document(path, Playbook)
    assert doc.model.id == "phishing"
    assert doc.positions.of(("id",)) == (2, 5)


def test_duplicate_key_names_both_lines(tmp_path: Path, fake: Faker) -> None:
    text = valid_text(fake).replace("owner: Security Operations", "owner: A\nowner: B", 1)
    [line] = load_errors(tmp_path / "p.yaml", text)
    first = text.splitlines().index("owner: A") + 1
    assert f":{first + 1}:1: owner: duplicate key (first at line {first})" in line


def test_unknown_field_suggests_the_near_name(tmp_path: Path, fake: Faker) -> None:
    text = valid_text(fake).replace("summary:", "sumary:", 1)
    lines = load_errors(tmp_path / "p.yaml", text)
    assert any("sumary: unknown field: did you mean 'summary'?" in line for line in lines)
    assert any("summary: required field is missing" in line for line in lines)


def test_nested_unknown_field_is_located_at_its_key(tmp_path: Path, fake: Faker) -> None:
    text = valid_text(fake).replace("    preserve_evidence:", "    preserve_evidense:", 1)
    [line] = load_errors(tmp_path / "p.yaml", text)
    number = text.splitlines().index(next(x for x in text.splitlines() if "preserve_evidense" in x))
    assert f":{number + 1}:5: phases.detection_and_analysis[0].preserve_evidense:" in line
    assert "did you mean 'preserve_evidence'?" in line


def test_wrong_type_is_reported_with_field(tmp_path: Path, fake: Faker) -> None:
    text = valid_text(fake).replace("review_interval_days: 180", "review_interval_days: soon")
    [line] = load_errors(tmp_path / "p.yaml", text)
    assert "review_interval_days: Input should be a valid integer" in line


def test_every_error_of_a_file_is_reported(tmp_path: Path, fake: Faker) -> None:
    text = (
        valid_text(fake)
        .replace("review_interval_days: 180", "review_interval_days: -1")
        .replace("title:", "titel:")
    )
    lines = load_errors(tmp_path / "p.yaml", text)
    assert len(lines) == 3  # the bad number, the unknown key, the missing title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the file is empty"),
        ("# only a comment\n", "the file is empty"),
        ("- a\n- b\n", "expected a mapping of fields, found list"),
        ("just words\n", "expected a mapping of fields, found str"),
        ("id: [unclosed\n", "YAML syntax"),
        ("id: !!python/object:os.system x\n", "tag 'tag:yaml.org,2002:python/object:os.system'"),
        ("? [a, b]\n: c\n", "a key must be a plain word"),
        ("base: &b {id: x}\nother:\n  <<: *b\n", "merge keys (<<) are not supported"),
        (b"\x00\x01\x02binary", "binary data, not YAML text"),
        (b"id: caf\xe9\n", "not valid UTF-8"),
    ],
)
def test_bad_documents_get_one_clear_line(tmp_path: Path, text: str | bytes, expected: str) -> None:
    lines = load_errors(tmp_path / "p.yaml", text)
    assert any(expected in line for line in lines), lines


def test_invalid_utf8_is_located(tmp_path: Path) -> None:
    [line] = load_errors(tmp_path / "p.yaml", b"id: x\ntitle: caf\xe9\n")
    assert ":2:11: (document): not valid UTF-8" in line


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    [line] = load_errors(tmp_path / "p.yaml", "a: " + "x" * MAX_BYTES + "\n")
    assert "over the 1048576-byte limit" in line


def test_alias_bomb_fails_fast(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    [line] = load_errors(tmp_path / "p.yaml", "\n".join(lines) + "\n")
    assert "expands to more than" in line


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    [line] = load_errors(tmp_path / "p.yaml", "a: " + "[" * 990 + "]" * 990 + "\n")
    assert "nests deeper than" in line


def test_unknown_key_that_looks_like_an_index_is_named(tmp_path: Path, fake: Faker) -> None:
    text = valid_text(fake).replace("summary:", "summary[0]: x\nsummary:", 1)
    [line] = load_errors(tmp_path / "p.yaml", text)
    assert "summary[0]: unknown field: did you mean 'summary'?" in line


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13-01"])
def test_a_value_that_cannot_be_read_is_located_at_its_field(
    tmp_path: Path, fake: Faker, value: str
) -> None:
    text = valid_text(fake)
    number = next(i for i, x in enumerate(text.splitlines(), 1) if x.startswith("last_reviewed:"))
    text = "\n".join(
        f"last_reviewed: {value}" if i == number else x for i, x in enumerate(text.splitlines(), 1)
    )
    [line] = load_errors(tmp_path / "p.yaml", text + "\n")
    assert f":{number}:16: last_reviewed: a value cannot be read:" in line
