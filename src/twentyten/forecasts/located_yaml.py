"""YAML documents that remember where each key and value came from.

Analyst-edited files (questions, policy options) must fail with the file, the key and the
line, so the loader keeps the line of every node (from PyYAML's node marks) beside the
plain Python data. Duplicate keys, which PyYAML silently overwrites, are refused.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from twentyten.errors import InputError

PathKey = tuple[str, ...]


def _path_key(path: Sequence[Hashable]) -> PathKey:
    return tuple(str(part) for part in path)


@dataclass
class LocatedDocument:
    """Parsed YAML data plus the 1-based line of every mapping key and sequence item."""

    source: str
    data: Any
    lines: dict[PathKey, int] = field(default_factory=dict)

    def line(self, *path: Hashable) -> int | None:
        """The line of the deepest prefix of ``path`` that the file has."""
        key = _path_key(path)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.lines.get(())

    def error(self, message: str, *path: Hashable) -> InputError:
        """An :class:`InputError` naming this file, the dotted key and its line."""
        dotted = ".".join(str(part) for part in path) or None
        return InputError(self.source, message, line=self.line(*path), key=dotted)


def _walk(node: yaml.Node, path: PathKey, lines: dict[PathKey, int], source: str) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                dotted = ".".join((*path, key))
                raise InputError(
                    source,
                    f"duplicate key {key!r} (first at line {seen[key]})",
                    line=line,
                    key=dotted,
                )
            seen[key] = line
            child = (*path, key)
            lines[child] = line
            _walk(value_node, child, lines, source)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*path, str(index))
            lines[child] = item.start_mark.line + 1
            _walk(item, child, lines, source)


def parse_located(text: str, source: str) -> LocatedDocument:
    """Parse one YAML document from ``text``; ``source`` names it in errors."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        raise InputError(source, f"not valid YAML: {error.problem}", line=line) from error
    except yaml.YAMLError as error:
        raise InputError(source, f"not valid YAML: {error}") from error
    lines: dict[PathKey, int] = {}
    if root is not None:
        _walk(root, (), lines, source)
    return LocatedDocument(source=source, data=data, lines=lines)


def load_located(path: str | Path) -> LocatedDocument:
    """Read and parse a YAML file, with a clear error when it cannot be read."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise InputError(file, "file not found") from error
    except UnicodeDecodeError as error:
        raise InputError(file, "not UTF-8 text") from error
    except OSError as error:
        raise InputError(file, f"cannot read: {error.strerror}") from error
    return parse_located(text, str(file))
