"""Checked access to the fields of one YAML block, logging a plain sentence (with the line) per problem."""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.clinic.catalog import SourceRef
from bodymap.core.data.problems import ProblemLog
from bodymap.core.data.yamlfile import Mapping, Sequence, line_of

E = TypeVar("E", bound=Enum)


class Fields:
    """Reads the keys of ``block`` (a YAML mapping describing ``what``), e.g. "trigger point 'x'"."""

    def __init__(self, block: Any, what: str, file: str, log: ProblemLog, line: int = 0) -> None:
        self.what = what
        self.file = file
        self.log = log
        self.ok = isinstance(block, dict)
        self.block: Mapping = block if isinstance(block, Mapping) else Mapping()
        self.line = line_of(block, line)
        if not self.ok:
            self.error(self.line, f"{what} should be a block of 'key: value' lines")

    def error(self, line: int | None, message: str) -> None:
        self.log.error(self.file, line, message)

    def line_of(self, key: str) -> int:
        return self.block.key_line(key) if key in self.block else self.line

    def only(self, *allowed: str) -> None:
        for key in self.block:
            if key not in allowed:
                hint = ", ".join(allowed)
                self.error(self.block.key_line(key), f"{self.what} has an unknown field '{key}' (known: {hint})")

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.block or self.block[key] is None:
            if required and self.ok:
                self.error(self.line, f"{self.what} is missing '{key}'")
            return None
        return self.block[key]

    def text(self, key: str, required: bool = True, default: str = "") -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str) or not value.strip():
            self.error(self.line_of(key), f"'{key}' of {self.what} should be text")
            return default
        return " ".join(value.split())

    def number(self, key: str, low: float, high: float, required: bool = True, default: float = 0.0) -> float:
        value = self._get(key, required)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(self.line_of(key), f"'{key}' of {self.what} should be a number")
            return default
        if not low <= value <= high:
            self.error(self.line_of(key), f"'{key}' of {self.what} should be between {low:g} and {high:g}")
            return default
        return float(value)

    def choice(self, key: str, enum: type[E], required: bool = True) -> E | None:
        value = self._get(key, required)
        if value is None:
            return None
        try:
            return enum(value)
        except ValueError:
            options = ", ".join(str(m.value) for m in enum)
            self.error(self.line_of(key), f"'{key}' of {self.what} is '{value}'; it should be one of: {options}")
            return None

    def text_list(self, key: str, required: bool = False) -> tuple[tuple[str, int], ...]:
        """A list of strings, each with its line."""
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.error(self.line_of(key), f"'{key}' of {self.what} should be a list")
            return ()
        out = []
        for i, item in enumerate(value):
            line = value.item_line(i) if isinstance(value, Sequence) else self.line_of(key)
            if not isinstance(item, str) or not item.strip():
                # an unquoted ": " inside a sentence makes YAML read it as "key: value"
                hint = " (it contains ': '; put it in quotes or after '>-')" if isinstance(item, dict) else ""
                self.error(line, f"item {i + 1} of '{key}' in {self.what} should be text{hint}")
                continue
            out.append((item.strip(), line))
        return tuple(out)

    def blocks(self, key: str, required: bool = True) -> list[tuple[Any, int]]:
        """A list of blocks, each with its line."""
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(self.line_of(key), f"'{key}' of {self.what} should be a list")
            return []
        return [
            (item, value.item_line(i) if isinstance(value, Sequence) else self.line) for i, item in enumerate(value)
        ]

    def right_side_region(self, atlas: Atlas, rid: str, line: int, where: str, rule: str, advice: str = "") -> bool:
        """Whether ``rid``, found ``where`` in data written for the patient's right side (``rule`` says so), exists
        and is not a left-side region; if not, say why (``advice`` follows the right-side id to use)."""
        region = atlas.regions.get(rid)
        if region is None:
            self.error(line, f"region '{rid}' {where} does not exist{atlas.did_you_mean(rid)}")
            return False
        if region.side is Side.LEFT:
            self.error(line, f"{rule}: use '{atlas.mirror(rid)}' instead of '{rid}'{advice}")
            return False
        return True

    def source_refs(self, known: set[str], required: bool = True) -> tuple[SourceRef, ...]:
        """The ``sources:`` list of works cited, each a known id of data/sources.yaml with an optional 'where'."""
        refs = []
        for block, line in self.blocks("sources", required=required):
            s = Fields(block, f"a source of {self.what}", self.file, self.log, line=line)
            s.only("ref", "where")
            ref = s.text("ref")
            if ref and ref not in known:
                s.error(s.line_of("ref"), f"source '{ref}' of {self.what} is not in data/sources.yaml")
            refs.append(SourceRef(ref, s.text("where", required=False)))
        if required and self.ok and "sources" in self.block and not refs:
            self.error(self.line_of("sources"), f"{self.what} needs at least one source")
        return tuple(refs)
