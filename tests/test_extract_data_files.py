"""The extraction data files hold what their readers expect: words, not booleans.

YAML reads some bare words as other types (``on``, ``yes``, ``no`` become booleans), which
silently drops them from a word list: no item or key may come back a boolean or null.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml


def _non_strings(node: Any, path: str) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool) or key is None:
                found.append(f"{path}: key {key!r}")
            found += _non_strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, bool) or item is None:
                found.append(f"{path}: item {item!r}")
            found += _non_strings(item, path)
    return found


def test_every_word_in_the_extraction_data_files_is_read_as_a_string() -> None:
    folder = resources.files("twentyten") / "data" / "extract"
    files = [f for f in folder.iterdir() if f.name.endswith(".yaml")]
    assert files
    problems = [
        problem
        for file in files
        for problem in _non_strings(yaml.safe_load(file.read_text("utf-8")), file.name)
    ]
    assert problems == []


def test_every_continuation_trigger_is_marked_as_one() -> None:
    # A trigger of type "continuation" unmarked would leak "continuation" as an event type.
    triggers = yaml.safe_load(
        (resources.files("twentyten") / "data" / "extract" / "triggers.yaml").read_text("utf-8")
    )
    for language in ("en", "ko"):
        for trigger in triggers[language]:
            if trigger["type"] == "continuation":
                assert trigger.get("continuation") is True, trigger["pattern"]
