"""Problems found in input files, reported all at once with file and line."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.severity.value}: {self.message}"


class DataError(Exception):
    """Raised once loading has collected every problem; ``problems`` lists them all."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class ProblemLog:
    """Collects problems while a file is read, so that a reader can go on after the first one."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def error(self, file: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(file, line, message))

    def warning(self, file: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(file, line, message, Severity.WARNING))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise DataError(self.problems)
