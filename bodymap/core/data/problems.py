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


MAX_LISTED = 500  # a file of ten thousand broken lines is told by its first problems, not buried in all of them


class ProblemLog:
    """Collects problems while a file is read, so that a reader can go on after the first one.

    The first :data:`MAX_LISTED` are kept; the rest are only counted, and the report says how many more there are."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.count = 0  # every problem logged, listed or not
        self._unlisted_errors = 0
        self._unlisted_file = ""

    def error(self, file: str, line: int | None, message: str) -> None:
        self._add(Problem(file, line, message))

    def warning(self, file: str, line: int | None, message: str) -> None:
        self._add(Problem(file, line, message, Severity.WARNING))

    def _add(self, problem: Problem) -> None:
        self.count += 1
        if len(self.problems) < MAX_LISTED:
            self.problems.append(problem)
            return
        self._unlisted_file = self._unlisted_file or problem.file
        self._unlisted_errors += problem.severity is Severity.ERROR

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    def raise_if_errors(self) -> None:
        if not self.errors and not self._unlisted_errors:
            return
        problems = list(self.problems)
        unlisted = self.count - len(problems)
        if unlisted:
            problems.append(
                Problem(self._unlisted_file, None, f"{unlisted} more problems are not listed; fix the ones above first")
            )
        raise DataError(problems)
