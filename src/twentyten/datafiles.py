"""YAML data files that remember the line of every key, for errors an analyst can act on.

Shipped data (model scenarios and priors, forecast questions, the options matrix) and the
analysts' own versions of those files are read the same way: PyYAML composes the node tree
once, we walk it to record the 1-based line of every mapping key and sequence item, then
construct the plain Python value from the same tree. An error then names the file, the
dotted key and its line. Duplicate keys, which PyYAML silently overwrites, are refused.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from twentyten.errors import InputError

# Key paths are stored with every part as text, so ``("questions", 0)`` and
# ``("questions", "0")`` name the same sequence item.
KeyPath = tuple[str, ...]


def _key_path(path: Sequence[Hashable]) -> KeyPath:
    return tuple(str(part) for part in path)


def _dotted(path: Sequence[Hashable]) -> str | None:
    return ".".join(str(part) for part in path) or None


def package_data_dir(area: str) -> Path:
    """Where one area's shipped data files live (``twentyten/data/<area>``)."""
    return Path(str(files("twentyten") / "data" / area))


@dataclass
class YamlDocument:
    """A parsed YAML file: its value plus the 1-based line of every key path."""

    source: str
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line(self, *path: Hashable) -> int | None:
        """The line of ``path`` or of its nearest ancestor that has one."""
        key = _key_path(path)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.lines.get(())

    def error(self, message: str, *path: Hashable) -> InputError:
        """An :class:`InputError` naming this file, the dotted key and its line."""
        return InputError(self.source, message, line=self.line(*path), key=_dotted(path))

    def get(self, *path: str | int) -> Any:
        """The value at ``path``, or ``None`` when the file has no such key or item."""
        value = self.data
        for part in path:
            in_mapping = isinstance(value, Mapping) and part in value
            in_list = isinstance(value, list) and isinstance(part, int) and part < len(value)
            if in_mapping or in_list:
                value = value[part]
            else:
                return None
        return value

    def mapping(self, *path: str | int, required: bool = True) -> dict[str, Any]:
        """The mapping at ``path`` (``{}`` when absent and not required)."""
        value = self.get(*path)
        if value is None:
            if required:
                raise self.error("missing section", *path)
            return {}
        if not isinstance(value, Mapping):
            raise self.error(f"expected a mapping, got {type(value).__name__}", *path)
        return dict(value)

    def check_keys(
        self, allowed: Iterable[str], *path: str | int, required: Iterable[str] = ()
    ) -> None:
        """Refuse unknown keys under ``path`` and report the first missing required one."""
        value = self.mapping(*path)
        allowed_set = set(allowed)
        for key in value:
            if key not in allowed_set:
                raise self.error(
                    f"unknown key {key!r} (allowed: {', '.join(sorted(allowed_set))})",
                    *path,
                    key,
                )
        for key in required:
            if key not in value:
                raise self.error(f"missing required key {key!r}", *path)


def _walk(node: yaml.Node, path: KeyPath, lines: dict[KeyPath, int], source: str) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            child = (*path, key)
            if key in seen:
                raise InputError(
                    source,
                    f"duplicate key {key!r} (first at line {seen[key]})",
                    line=line,
                    key=_dotted(child),
                )
            seen[key] = line
            lines[child] = line
            _walk(value_node, child, lines, source)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, str(index)), lines, source)


def parse_yaml(text: str, source: str) -> YamlDocument:
    """Parse one YAML document from ``text``; ``source`` names it in errors."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDocument(source, None, {(): 1})
        lines: dict[KeyPath, int] = {}
        _walk(node, (), lines, source)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        raise InputError(source, f"invalid YAML: {error.problem}", line=line) from error
    except yaml.YAMLError as error:
        raise InputError(source, f"invalid YAML: {error}") from error
    finally:
        loader.dispose()
    return YamlDocument(source, data, lines)


def _read_text(file: Path, source: str) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise InputError(source, "file not found") from error
    except UnicodeDecodeError as error:
        raise InputError(source, "not UTF-8 text") from error
    except OSError as error:
        raise InputError(source, f"cannot read file: {error.strerror or error}") from error


def load_yaml(path: str | Path) -> YamlDocument:
    """Read and parse an analyst's YAML file; errors name ``path``."""
    return parse_yaml(_read_text(Path(path), str(path)), str(path))


def load_package_yaml(area: str, name: str) -> YamlDocument:
    """Read and parse a shipped data file; errors name it ``twentyten/data/<area>/<name>``."""
    source = f"twentyten/data/{area}/{name}"
    return parse_yaml(_read_text(package_data_dir(area) / name, source), source)
