"""Scenario codes such as ``PHISH-3F9K2-1V1``: template tag, seed, difficulty and version.

A code is short enough to read out in a room and carries all a second team needs to replay
the same exercise: the template's tag, the seed in Crockford base 32, the difficulty's
position in the template and the generator version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

GENERATOR_VERSION = 1
"""Bump whenever generation changes its output for an existing template and seed."""

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_CODE = re.compile(r"^([A-Z][A-Z0-9]{1,5})-([0-9A-Z]{1,13})-(\d+)V(\d+)$")

MAX_SEED = 2**64 - 1
"""The largest seed a code can carry."""


@dataclass(frozen=True)
class ScenarioCode:
    """What a scenario code says."""

    tag: str
    """The template's tag."""
    seed: int
    """The seed."""
    difficulty: int
    """The difficulty's position in the template's list, from 0."""
    version: int
    """The generator version that made the scenario."""

    def __str__(self) -> str:
        return f"{self.tag}-{_encode(self.seed)}-{self.difficulty}V{self.version}"


def _encode(number: int) -> str:
    digits = ""
    while True:
        number, rest = divmod(number, 32)
        digits = _ALPHABET[rest] + digits
        if number == 0:
            return digits


def parse_code(text: str) -> ScenarioCode:
    """Read a code typed by a person (case and ``O``/``I``/``L`` mix-ups forgiven).

    Raises ``ValueError`` with a sentence a person can act on.
    """
    cleaned = text.strip().upper()
    match = _CODE.match(cleaned)
    if match is None:
        raise ValueError(f"{text!r} is not a scenario code such as PHISH-3F9K2-1V1")
    tag, seed_text, difficulty, version = match.groups()
    seed = 0
    for char in seed_text.translate(_READ_AS):
        if char not in _ALPHABET:
            raise ValueError(f"{text!r}: {char!r} cannot appear in the seed part of a code")
        seed = seed * 32 + _ALPHABET.index(char)
    if seed > MAX_SEED:
        raise ValueError(f"{text!r}: the seed part is too large")
    return ScenarioCode(tag, seed, int(difficulty), int(version))
