"""Problems found in a project's files, and the one error type drillbook raises for bad input."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    """How bad a problem is: errors fail a check, warnings only with ``--strict``."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, located so that a person can go and fix it.

    Its string form is the one-line message ``path:line:column: field: message``.
    """

    path: Path
    line: int
    column: int
    field: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        where = f"{self.path}:{self.line}:{self.column}"
        return f"{where}: {prefix}{self.field or '(document)'}: {self.message}"


class DrillbookError(Exception):
    """Bad input: one or more problems, each printable as one line."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
