"""Reading YAML while keeping the line of every value, so that problems can point at it, and refusing what a data
file has no use for.

:func:`load` turns the parser's events into ordinary dicts and lists whose subclasses remember lines
(``Mapping.line``, ``Mapping.key_line(key)``, ``Sequence.item_line(i)``).  Everything it meets that a data file
should not hold becomes a problem with the file's name and line, never an exception:

- only YAML's plain values: text, whole numbers, numbers (``1e3`` too), true/false, null, lists and blocks.  Any
  other tag (``!!python/...``, ``!custom``, ``!!binary``...) is refused; a value that its tag says is a number
  but is not (``!!int abc``) is reported.  Timestamps stay text;
- duplicate keys, which YAML itself silently accepts;
- merge keys (``<<: *defaults``) are supported, the keys written beside them winning;
- an alias inside the block it names (``&a [*a]``) and aliases that repeat more values than the file holds (the
  "billion laughs") are refused before anything is expanded; so are nesting deeper than :data:`MAX_DEPTH` and
  more than :data:`MAX_NODES` values.

Nothing is kept between two loads.  A file that parsed without problems is also kept in the user's cache folder
(see :mod:`bodymap.core.data.cache`), as plain values with their lines in :mod:`marshal`'s format: fast to read
back, and unlike pickle it cannot run code.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Callable
from typing import Any

import yaml

from bodymap.core.data import cache
from bodymap.core.data.problems import ProblemLog

CACHE_KIND = "yaml-2"  # the cached form and what it means: a change in either gets a new version

MAX_DEPTH = 50  # blocks within blocks; the shipped files need six
MAX_NODES = 100_000  # values in one file; the shipped muscles file has about 6,000
ALIAS_ALLOWANCE = 100_000  # values that aliases may repeat beyond as many as the file writes out

try:  # the C parser is much faster; PyYAML wheels ship it
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


class Mapping(dict[str, Any]):
    __slots__ = ("_key_lines", "line")  # a file may hold many blocks: no per-object __dict__
    line: int
    _key_lines: dict[str, int]

    def __init__(self, line: int = 0) -> None:
        super().__init__()
        self.line = line
        self._key_lines = {}

    def key_line(self, key: str) -> int:
        return self._key_lines.get(key, self.line)


class Sequence(list[Any]):
    __slots__ = ("_item_lines", "line")
    line: int
    _item_lines: list[int]

    def __init__(self, line: int = 0) -> None:
        super().__init__()
        self.line = line
        self._item_lines = []

    def item_line(self, index: int) -> int:
        return self._item_lines[index] if 0 <= index < len(self._item_lines) else self.line


def line_of(value: Any, default: int) -> int:
    return getattr(value, "line", default)


def load(text: str, file: str, log: ProblemLog) -> Any:
    """Parse ``text``; on a problem that leaves nothing usable (a syntax error, say), log it and return None."""
    key = cache.key(CACHE_KIND, text.encode("utf-8", "surrogatepass"))
    stored = cache.read(key)
    if stored is not None:
        try:
            return _thaw(marshal.loads(stored))
        except Exception:  # the cache is checked when read, so this is paranoia: any doubt means parse again
            pass
    known = log.count
    parser = _Loader(text)
    try:
        value = _Builder(file, log, parser.get_event).document()
    except yaml.YAMLError as exc:
        log.error(file, _error_line(exc, text), f"this is not valid YAML ({getattr(exc, 'problem', None) or exc})")
        return None
    except _RefusedError as exc:
        log.error(file, exc.line, str(exc))
        return None
    finally:
        parser.dispose()
    if value is not None and log.count == known:  # a file with problems is parsed again next time, to report them
        cache.write(key, marshal.dumps(_freeze(value)))
    return value


def _error_line(exc: yaml.YAMLError, text: str) -> int | None:
    mark = getattr(exc, "problem_mark", None)
    if mark is not None:
        return int(mark.line) + 1
    position = getattr(exc, "position", None)  # a character YAML does not allow (a reader error)
    return text.count("\n", 0, position) + 1 if isinstance(position, int) else None


# ------------------------------------------------------------------------------------------- from events


STANDARD = "tag:yaml.org,2002:"
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_BOOLS = {
    **dict.fromkeys(("yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"), True),
    **dict.fromkeys(("no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"), False),
}
# YAML 1.1's numbers as PyYAML reads them, less the base-60 ones (1:30 is text), with at least one digit in each
# (a bare 0x_ is text) and with an exponent allowed without a dot (1e3, as in YAML 1.2)
_INT = re.compile(r"[-+]?(?:0b[01_]*[01][01_]*|0x[0-9a-fA-F_]*[0-9a-fA-F][0-9a-fA-F_]*|0[0-7_]*|[1-9][0-9_]*)")
_EXPONENT = r"[eE][-+]?[0-9]+"
_FLOAT = re.compile(
    rf"[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*(?:{_EXPONENT})?|{_EXPONENT})|\.[0-9][0-9_]*(?:{_EXPONENT})?)"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_MERGE = object()  # the key of a merge (<<)


def _int(text: str) -> int:
    if not _INT.fullmatch(text):
        raise ValueError(text)
    return _int_of(text)


def _int_of(text: str) -> int:
    """The value of ``text``, which matches :data:`_INT`."""
    digits = text.replace("_", "")
    sign = -1 if digits[0] == "-" else 1
    digits = digits.lstrip("+-")
    if digits.startswith(("0b", "0x")):
        return sign * int(digits[2:], 2 if digits[1] == "b" else 16)
    if len(digits) > 1 and digits[0] == "0":
        return sign * int(digits, 8)
    return sign * int(digits)  # a ValueError past Python's 4,300 digits


def _float(text: str) -> float:
    if _INT.fullmatch(text):
        return float(_int_of(text))
    if not _FLOAT.fullmatch(text):
        raise ValueError(text)
    return _float_of(text)


def _float_of(text: str) -> float:
    """The value of ``text``, which matches :data:`_FLOAT`."""
    lowered = text.replace("_", "").lower()
    if lowered.endswith(".inf"):
        return float("-inf") if lowered[0] == "-" else float("inf")
    return float(lowered)  # .nan included


def _null(text: str) -> None:
    if text not in _NULLS:
        raise ValueError(text)


def _bool(text: str) -> bool:
    try:
        return _BOOLS[text]
    except KeyError:
        raise ValueError(text) from None


# a tag's name after "!!" -> how to read a value of it, and what a value of it is in words
_SCALARS: dict[str, tuple[Callable[[str], Any], str]] = {
    "str": (str, "text"),
    "int": (_int, "a whole number"),
    "float": (_float, "a number"),
    "bool": (_bool, "true or false"),
    "null": (_null, "empty (null)"),
}


def _implicit(text: str) -> Any:
    """The value of an untagged, unquoted scalar, as YAML reads it."""
    if text[:1] in "+-.0123456789":  # "" too
        if text in _NULLS:
            return None
        if _INT.fullmatch(text):
            return _int_of(text)  # a ValueError past 4,300 digits
        if _FLOAT.fullmatch(text):
            return _float_of(text)
        return text
    if text in _NULLS:
        return None
    return _BOOLS.get(text, text)


def _shown(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def _shown_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(STANDARD) if tag.startswith(STANDARD) else tag


class _RefusedError(Exception):
    """The file cannot be read any further (nothing of it is used); the message says why."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def _line(event: yaml.Event) -> int:
    return event.start_mark.line + 1 if event.start_mark is not None else 1


class _Builder:
    """Turns one file's parser events into values, checking tags, aliases, depth and size on the way."""

    def __init__(self, file: str, log: ProblemLog, next_event: Callable[[], yaml.Event | None]) -> None:
        self.file = file
        self.log = log
        self.next_event = next_event
        self.anchors: dict[str, tuple[Any, int]] = {}  # name -> (value, how many values it expands to)
        self.open_anchors: set[str] = set()  # anchors of the blocks being read
        self.nodes = 0  # values written out in the file
        self.repeated = 0  # values that aliases repeat

    def error(self, event: yaml.Event, message: str) -> None:
        self.log.error(self.file, _line(event), message)

    def next(self) -> yaml.Event:
        event = self.next_event()
        if event is None:  # the parser ends every stream properly: this is only for the type checker
            raise _RefusedError(1, "the file ends where it should not")
        return event

    def document(self) -> Any:
        """The file's one document, or None for an empty file."""
        self.next()  # the stream's start
        if isinstance(self.next(), yaml.StreamEndEvent):
            return None
        value, _ = self.node(self.next(), 0)
        self.next()  # the document's end
        after = self.next()
        if not isinstance(after, yaml.StreamEndEvent):
            raise _RefusedError(_line(after), "the file holds a second YAML document (after '---'); keep one per file")
        return value

    def node(self, event: yaml.Event, depth: int) -> tuple[Any, int]:
        """The value that starts with ``event``, and how many values it expands to (aliases counted in full)."""
        if isinstance(event, yaml.ScalarEvent):  # the most common by far: first
            self.count(event)
            value = self.scalar(event)
            if event.anchor is not None:
                self.anchors[event.anchor] = (value, 1)
            return value, 1
        if isinstance(event, yaml.AliasEvent):
            return self.alias(event)
        if not isinstance(event, yaml.CollectionStartEvent):  # the parser never does this
            raise _RefusedError(_line(event), f"the file's structure cannot be read here ({event})")
        self.count(event)
        if depth >= MAX_DEPTH:
            raise _RefusedError(_line(event), f"the blocks here are nested more than {MAX_DEPTH} levels deep")
        anchor = event.anchor
        if anchor is not None:
            self.open_anchors.add(anchor)
        if isinstance(event, yaml.SequenceStartEvent):
            value, size = self.sequence(event, depth + 1)
        else:
            value, size = self.mapping(event, depth + 1)
        if anchor is not None:
            self.open_anchors.discard(anchor)
            self.anchors[anchor] = (value, size)
        return value, size

    def count(self, event: yaml.Event) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _RefusedError(_line(event), f"the file holds more than {MAX_NODES:,} values, far more than needed")

    def alias(self, event: yaml.AliasEvent) -> tuple[Any, int]:
        name = event.anchor
        if name in self.open_anchors:
            raise _RefusedError(
                _line(event), f"the alias '*{name}' is inside the block it repeats ('&{name}'), which never ends"
            )
        if name not in self.anchors:
            self.error(event, f"the alias '*{name}' repeats nothing: no value above it is marked '&{name}'")
            return None, 1
        value, size = self.anchors[name]
        self.repeated += size
        if self.repeated > ALIAS_ALLOWANCE + self.nodes:
            raise _RefusedError(
                _line(event),
                f"the aliases ('*{name}' and others) repeat {self.repeated:,} values, far more than the {self.nodes:,} "
                f"written in the file; write the values out instead",
            )
        return value, size

    def scalar(self, event: yaml.ScalarEvent) -> Any:
        tag, text = event.tag, event.value
        if tag is None or tag == "!":
            if tag == "!" or not event.implicit[0]:  # quoted, or tagged '!' (YAML's "not resolved": text)
                return text
            try:
                return _implicit(text)
            except ValueError:
                self.error(event, f"'{_shown(text)}' is too long a number to read")
                return text
        kind = tag.removeprefix(STANDARD) if tag.startswith(STANDARD) else tag
        if kind not in _SCALARS:
            self.bad_tag(event)
            return text
        read, what = _SCALARS[kind]
        try:
            return read(text)
        except ValueError:
            self.error(event, f"'{_shown(text)}' cannot be read as {what}")
            return text

    def bad_tag(self, event: yaml.ScalarEvent | yaml.CollectionStartEvent) -> None:
        self.error(
            event,
            f"the tag '{_shown_tag(str(event.tag))}' is not allowed: data files hold plain values (text, numbers, "
            f"true or false, lists and blocks), so leave the tag out",
        )

    def collection_tag(self, event: yaml.CollectionStartEvent, standard: str) -> None:
        if event.tag not in (None, "!", STANDARD + standard):
            self.bad_tag(event)

    def sequence(self, event: yaml.CollectionStartEvent, depth: int) -> tuple[Sequence, int]:
        self.collection_tag(event, "seq")
        seq, size = Sequence(_line(event)), 1
        lines = seq._item_lines
        while not isinstance(item := self.next(), yaml.SequenceEndEvent):
            value, n = self.node(item, depth)
            seq.append(value)
            lines.append(_line(item))
            size += n
        return seq, size

    def mapping(self, event: yaml.CollectionStartEvent, depth: int) -> tuple[Mapping, int]:
        self.collection_tag(event, "map")
        mapping, size = Mapping(_line(event)), 1
        merged: list[Mapping] = []
        while not isinstance(key_event := self.next(), yaml.MappingEndEvent):
            key = self.key(key_event, depth)
            value_event = self.next()
            value, n = self.node(value_event, depth)
            size += n
            if key is _MERGE:
                merged += self.merge_sources(value, value_event)
            elif isinstance(key, str):
                if key in mapping:
                    self.error(key_event, f"'{_shown(key)}' is given twice in the same block")
                mapping[key] = value
                mapping._key_lines[key] = _line(key_event)
        return (_merge(mapping, merged) if merged else mapping), size

    def key(self, event: yaml.Event, depth: int) -> str | object | None:
        """A key as written (``yes`` stays 'yes'), :data:`_MERGE` for ``<<``, or None for one that cannot be."""
        if isinstance(event, yaml.AliasEvent):
            self.error(event, f"a key should be written out, not repeated with an alias ('*{event.anchor}')")
            return None
        if not isinstance(event, yaml.ScalarEvent):
            self.error(event, "a key should be a name, not a list or a block")
            self.node(event, depth)  # read past it
            return None
        self.count(event)
        if event.tag == STANDARD + "merge" or (event.tag is None and event.implicit[0] and event.value == "<<"):
            return _MERGE
        if event.tag not in (None, "!") and event.tag.removeprefix(STANDARD) not in _SCALARS:
            self.bad_tag(event)
        if event.anchor is not None:
            self.anchors[event.anchor] = (event.value, 1)
        return str(event.value)

    def merge_sources(self, value: Any, event: yaml.Event) -> list[Mapping]:
        """The blocks a merge key ``<<`` names: one block, or a list of them (the first one's keys win)."""
        sources = value if isinstance(value, Sequence) else [value]
        if all(isinstance(source, Mapping) for source in sources):
            return list(sources)
        self.error(event, "a merge key '<<' takes a block or a list of blocks, such as '<<: *defaults'")
        return []


def _merge(mapping: Mapping, sources: list[Mapping]) -> Mapping:
    """``mapping`` with the keys of ``sources`` it does not have itself; the merged ones come first, as in PyYAML."""
    out = Mapping(mapping.line)
    for source in sources:
        for key, value in source.items():
            if key not in mapping and key not in out:
                out[key] = value
                out._key_lines[key] = source.key_line(key)
    for key, value in mapping.items():
        out[key] = value
        out._key_lines[key] = mapping._key_lines[key]
    return out


# ----------------------------------------------------------------------------------------- the cached form

# ("m", line, ((key, key line, value), ...)), ("s", line, ((item line, value), ...)), or ("v", scalar): tuples
# all, so that a scalar can never be mistaken for a mapping or a list


def _freeze(value: Any) -> tuple[Any, ...]:
    if isinstance(value, Mapping):
        return ("m", value.line, tuple((k, value.key_line(k), _freeze(v)) for k, v in value.items()))
    if isinstance(value, Sequence):
        return ("s", value.line, tuple((line, _freeze(v)) for line, v in zip(value._item_lines, value, strict=True)))
    return ("v", value)


def _thaw(frozen: tuple[Any, ...]) -> Any:
    kind = frozen[0]
    if kind == "m":
        mapping = Mapping(frozen[1])
        for key, key_line, value in frozen[2]:
            mapping[key] = _thaw(value)
            mapping._key_lines[key] = key_line
        return mapping
    if kind == "s":
        seq = Sequence(frozen[1])
        for line, value in frozen[2]:
            seq.append(_thaw(value))
            seq._item_lines.append(line)
        return seq
    if kind == "v":
        return frozen[1]
    raise ValueError(f"not a cached YAML value: {kind!r}")
