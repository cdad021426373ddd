"""Reading the model's YAML files while keeping the line of every key.

Scenario, priors and failure files are written by analysts, so an error must point at the
file, the key and the line. PyYAML's composed node tree carries ``start_mark`` for every
node; we walk it once to build the plain Python value and a map from key paths to lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from twentyten.errors import InputError

KeyPath = tuple[str | int, ...]


def package_data_dir() -> Path:
    """Where the model's shipped data files live (``twentyten/data/model``)."""
    return Path(str(files("twentyten") / "data" / "model"))


@dataclass
class YamlDocument:
    """A parsed YAML file: its value plus the 1-based line of every key path."""

    source: str
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line(self, *path: str | int) -> int | None:
        """The line of ``path`` or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)

    def error(self, message: str, *path: str | int) -> InputError:
        key = ".".join(str(part) for part in path) if path else None
        return InputError(self.source, message, line=self.line(*path), key=key)

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

    def get(self, *path: str | int) -> Any:
        value = self.data
        for part in path:
            in_mapping = isinstance(value, Mapping) and part in value
            in_list = isinstance(value, list) and isinstance(part, int) and part < len(value)
            if in_mapping or in_list:
                value = value[part]
            else:
                return None
        return value

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
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                raise InputError(
                    source, f"duplicate key {key!r}", line=key_node.start_mark.line + 1, key=key
                )
            seen.add(key)
            child = (*path, key)
            lines[child] = key_node.start_mark.line + 1
            _walk(value_node, child, lines, source)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines, source)


def load_yaml(path: str | Path) -> YamlDocument:
    """Parse ``path``; syntax errors become :class:`InputError` with the line."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(source, f"cannot read file: {error.strerror or error}") from error
    return parse_yaml(text, source)


def parse_yaml(text: str, source: str) -> YamlDocument:
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
