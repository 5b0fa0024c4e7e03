"""Reading YAML while keeping the line of every value, so that problems can point at it.

PyYAML's node tree carries positions; :func:`load` turns it into ordinary dicts and lists whose subclasses
remember lines (``Mapping.line``, ``Mapping.key_line(key)``, ``Sequence.item_line(i)``).  Duplicate keys,
which YAML itself silently accepts, are reported.

Parsing is most of the time a start takes, so a file that parsed without problems is also kept in the user's
cache folder (see :mod:`bodymap.core.data.cache`), as plain values with their lines in :mod:`marshal`'s format:
fast to read back, and unlike pickle it cannot run code.
"""

from __future__ import annotations

import contextlib
import marshal
from typing import Any

import yaml

from bodymap.core.data import cache
from bodymap.core.data.problems import ProblemLog

CACHE_KIND = "yaml-1"  # the cache's format: a new format gets a new name

try:  # the C parser is much faster; PyYAML wheels ship it
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


class Mapping(dict[str, Any]):
    line: int = 0
    _key_lines: dict[str, int]

    def key_line(self, key: str) -> int:
        return self._key_lines.get(key, self.line)


class Sequence(list[Any]):
    line: int = 0
    _item_lines: list[int]

    def item_line(self, index: int) -> int:
        return self._item_lines[index] if 0 <= index < len(self._item_lines) else self.line


def line_of(value: Any, default: int) -> int:
    return getattr(value, "line", default)


def load(text: str, file: str, log: ProblemLog) -> Any:
    """Parse ``text``; on a syntax error, log it and return None."""
    cache_name = cache.name(CACHE_KIND, text.encode("utf-8"))
    stored = cache.read(cache_name)
    if stored is not None:
        try:
            return _thaw(marshal.loads(stored))
        except (ValueError, EOFError, TypeError, IndexError):
            pass  # a damaged cache: parse again
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        log.error(file, line, f"this is not valid YAML ({problem})")
        return None
    if node is None:
        return None
    known = len(log.problems)
    value = _convert(node, file, log)
    if len(log.problems) == known:  # a file with problems is parsed again next time, to report them again
        with contextlib.suppress(ValueError):  # a value marshal cannot hold (a YAML timestamp) is not cached
            cache.write(cache_name, marshal.dumps(_freeze(value)))
    return value


def _convert(node: yaml.Node, file: str, log: ProblemLog) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        mapping = Mapping()
        mapping.line = line
        mapping._key_lines = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node)
            key_text = str(key)
            if key_text in mapping:
                log.error(file, key_node.start_mark.line + 1, f"'{key_text}' is given twice in the same block")
            mapping[key_text] = _convert(value_node, file, log)
            mapping._key_lines[key_text] = key_node.start_mark.line + 1
        return mapping
    if isinstance(node, yaml.SequenceNode):
        seq = Sequence(_convert(item, file, log) for item in node.value)
        seq.line = line
        seq._item_lines = [item.start_mark.line + 1 for item in node.value]
        return seq
    return _scalar(node)


# the cached form: ("m", line, ((key, key line, value), ...)), ("s", line, ((item line, value), ...)), or
# ("v", scalar) -- tuples all, so that a scalar can never be mistaken for a mapping or a list


def _freeze(value: Any) -> tuple[Any, ...]:
    if isinstance(value, Mapping):
        return ("m", value.line, tuple((k, value.key_line(k), _freeze(v)) for k, v in value.items()))
    if isinstance(value, Sequence):
        return ("s", value.line, tuple((value.item_line(i), _freeze(v)) for i, v in enumerate(value)))
    return ("v", value)


def _thaw(frozen: tuple[Any, ...]) -> Any:
    kind = frozen[0]
    if kind == "m":
        mapping = Mapping()
        mapping.line = frozen[1]
        mapping._key_lines = {}
        for key, key_line, value in frozen[2]:
            mapping[key] = _thaw(value)
            mapping._key_lines[key] = key_line
        return mapping
    if kind == "s":
        seq = Sequence(_thaw(value) for _, value in frozen[2])
        seq.line = frozen[1]
        seq._item_lines = [line for line, _ in frozen[2]]
        return seq
    if kind == "v":
        return frozen[1]
    raise ValueError(f"not a cached YAML value: {kind!r}")


_constructor = yaml.constructor.SafeConstructor()


def _scalar(node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return _constructor.construct_object(node, deep=True)
    return yaml.serialize(node).strip()  # a complex key: shown as text in messages
