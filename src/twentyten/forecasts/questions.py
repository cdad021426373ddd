"""Forecast questions as analysts write them: Metaculus-style fields, checked before storing.

A question file is YAML: either one question mapping or ``questions: [...]``. Every field is
validated with the file, key and line of the offending value, and the whole file is refused
if any question in it is bad (nothing half-written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from twentyten.datafiles import YamlDocument, load_package_yaml, load_yaml
from twentyten.forecasts.rules import validate_rule

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{2,79}$")
REQUIRED_TEXT = ("title", "resolution_criteria", "source")
DATE_FIELDS = ("open_date", "close_date", "resolve_date")
KNOWN_FIELDS = {"id", "fine_print", "auto_rule", *REQUIRED_TEXT, *DATE_FIELDS}
STARTING_QUESTIONS = "starting_questions.yaml"


@dataclass(frozen=True)
class Question:
    """A binary question: what resolves it, when forecasting closes and when it resolves."""

    id: str
    title: str
    resolution_criteria: str
    open_date: date
    close_date: date
    resolve_date: date
    source: str
    fine_print: str | None = None
    auto_rule: dict[str, Any] | None = None

    def as_row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "resolution_criteria": self.resolution_criteria,
            "fine_print": self.fine_print,
            "open_date": self.open_date.isoformat(),
            "close_date": self.close_date.isoformat(),
            "resolve_date": self.resolve_date.isoformat(),
            "auto_rule": self.auto_rule,
            "source": self.source,
        }


def _parse_date(doc: YamlDocument, value: Any, *path: str | int) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise doc.error(f"expected a date YYYY-MM-DD, got {value!r}", *path)


def question_from_mapping(doc: YamlDocument, raw: Any, *path: str | int) -> Question:
    """Check one question mapping at ``path`` of ``doc`` and build the :class:`Question`."""
    if not isinstance(raw, dict):
        raise doc.error("a question must be a mapping of fields", *path)
    unknown = sorted(set(map(str, raw)) - KNOWN_FIELDS)
    if unknown:
        raise doc.error(
            f"unknown field {unknown[0]!r} (known: {', '.join(sorted(KNOWN_FIELDS))})",
            *path,
            unknown[0],
        )
    slug = raw.get("id")
    if not isinstance(slug, str) or not SLUG.match(slug):
        raise doc.error(
            "id must be a slug of 3-80 lower-case letters, digits and hyphens", *path, "id"
        )
    texts: dict[str, str] = {}
    for name in REQUIRED_TEXT:
        value = raw.get(name)
        if not isinstance(value, str) or not value.strip():
            raise doc.error(f"{name} is required (non-empty text)", *path, name)
        texts[name] = " ".join(value.split()) if name == "title" else value.strip()
    fine_print = raw.get("fine_print")
    if fine_print is not None and not isinstance(fine_print, str):
        raise doc.error("fine_print must be text", *path, "fine_print")
    dates = {}
    for name in DATE_FIELDS:
        if name not in raw:
            raise doc.error(f"{name} is required", *path, name)
        dates[name] = _parse_date(doc, raw[name], *path, name)
    if dates["close_date"] < dates["open_date"]:
        raise doc.error("close_date is before open_date", *path, "close_date")
    if dates["resolve_date"] < dates["close_date"]:
        raise doc.error("resolve_date is before close_date", *path, "resolve_date")
    rule = raw.get("auto_rule")
    if rule is not None:
        problem = validate_rule(rule)
        if problem is not None:
            where, message = problem
            raise doc.error(message, *path, "auto_rule", *where)
    return Question(
        id=slug,
        title=texts["title"],
        resolution_criteria=texts["resolution_criteria"],
        source=texts["source"],
        fine_print=fine_print.strip() if isinstance(fine_print, str) else None,
        auto_rule=rule,
        **dates,
    )


def questions_from_document(doc: YamlDocument) -> list[Question]:
    """All questions of a file: a single mapping or ``questions: [...]``; ids must be unique."""
    data = doc.data
    if isinstance(data, dict) and "questions" in data:
        items = data["questions"]
        if not isinstance(items, list) or not items:
            raise doc.error("questions must be a non-empty list", "questions")
        questions = [
            question_from_mapping(doc, item, "questions", index) for index, item in enumerate(items)
        ]
    elif isinstance(data, dict):
        questions = [question_from_mapping(doc, data)]
    else:
        raise doc.error("expected a question mapping or a 'questions:' list")
    seen: set[str] = set()
    for index, question in enumerate(questions):
        if question.id in seen:
            raise doc.error(f"question id {question.id!r} appears twice", "questions", index, "id")
        seen.add(question.id)
    return questions


def read_question_file(path: str | Path) -> list[Question]:
    """Questions from an analyst's YAML file (see :func:`questions_from_document`)."""
    return questions_from_document(load_yaml(path))


def starting_questions() -> list[Question]:
    """The assessment's own claims, shipped as package data."""
    return questions_from_document(load_package_yaml("forecasts", STARTING_QUESTIONS))
