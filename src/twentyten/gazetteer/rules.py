"""The matcher's vocabulary (unit words, connectors, stop lists), read from matching.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from twentyten.errors import InputError
from twentyten.gazetteer.romanize import normalize_place

_REQUIRED_KEYS = (
    "english_unit_suffixes",
    "english_province_suffixes",
    "plural_suffixes",
    "romanized_unit_suffixes",
    "romanized_province_suffixes",
    "english_unit_prefixes",
    "enumeration_connectors",
    "explicit_only",
    "context_required",
    "suppress_after",
    "suppress_before",
    "datelines",
    "government_provinces",
    "government_verbs",
)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class MatchingRules:
    """Compiled patterns. The matcher runs them with ``match(text, pos)`` (so none starts
    with ``^``) on lower-cased text, except the datelines, which see the original text."""

    unit_suffix: re.Pattern[str]
    province_suffix: re.Pattern[str]
    plural_suffixes: frozenset[str]
    unit_prefix: re.Pattern[str]
    connector: re.Pattern[str]
    explicit_only_keys: frozenset[str]
    # Of those, the persons' names ("Kim Hyong Jik"): written as one word ("Kimhyŏngjik") a
    # name is the county's, since a person's family name stands apart.
    person_name_keys: frozenset[str]
    context_required: frozenset[str]
    # Of those, the ones whose southern namesake is no county: "Gangdong county" is the North's.
    county_only_northern: frozenset[str]
    suppress_after: re.Pattern[str]
    suppress_before: re.Pattern[str]
    datelines: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    government_provinces: frozenset[str]
    government_verb: re.Pattern[str]
    # A Korean place stem written without its unit word before one of these facility words
    # ("신의주온실종합농장", "성천병원") names the unit; None when the data lists none.
    hangul_facility_word: re.Pattern[str] | None = None

    @classmethod
    def from_mapping(cls, data: dict[str, Any], source: str) -> MatchingRules:
        missing = [key for key in _REQUIRED_KEYS if key not in data]
        if missing:
            raise InputError(source, f"missing keys: {', '.join(missing)}")
        boundary = r"(?![^\W_])"
        unit_suffix = re.compile(
            rf"(?:\s+({_alternation(data['english_unit_suffixes'])})"
            rf"|-({_alternation(data['romanized_unit_suffixes'])})){boundary}"
        )
        province_suffix = re.compile(
            rf"(?:\s+({_alternation(data['english_province_suffixes'])})"
            rf"|-({_alternation(data['romanized_province_suffixes'])})){boundary}"
        )
        unit_prefix = re.compile(
            rf"(?:^|\W)({_alternation(data['english_unit_prefixes'])})\s+(?:the\s+)?$"
        )
        connector = re.compile(rf"\s*(?:{_alternation(data['enumeration_connectors'])})?\s*$")
        try:
            datelines = tuple(
                (re.compile(entry["before"]), re.compile(entry["after"]))
                for entry in data["datelines"]
            )
        except (KeyError, TypeError, re.error) as error:
            raise InputError(source, f"bad dateline pattern: {error}", key="datelines") from error
        return cls(
            unit_suffix=unit_suffix,
            province_suffix=province_suffix,
            plural_suffixes=frozenset(w.lower() for w in data["plural_suffixes"]),
            unit_prefix=unit_prefix,
            connector=connector,
            explicit_only_keys=frozenset(
                normalize_place(entry["name"]) for entry in data["explicit_only"]
            ),
            person_name_keys=frozenset(
                normalize_place(entry["name"])
                for entry in data["explicit_only"]
                if " " in entry["name"].strip()
            ),
            context_required=frozenset(entry["name"].lower() for entry in data["context_required"]),
            county_only_northern=frozenset(
                entry["name"].lower()
                for entry in data["context_required"]
                if entry.get("southern_unit", "county") != "county"
            ),
            suppress_after=re.compile(
                rf"[ \t]+(?:{_alternation(data['suppress_after'])}){boundary}"
            ),
            suppress_before=re.compile(
                rf"(?:^|\W)(?:{_alternation(data['suppress_before'])})[ \t]*$"
            ),
            datelines=datelines,
            government_provinces=frozenset(data["government_provinces"]),
            government_verb=re.compile(
                rf"[ \t]+(?:{_alternation(data['government_verbs'])}){boundary}"
            ),
            hangul_facility_word=(
                re.compile(_alternation(data["hangul_facility_words"]))
                if data.get("hangul_facility_words")
                else None
            ),
        )


def load_rules(path: Path | None = None) -> MatchingRules:
    """Read the matching vocabulary (the packaged matching.yaml unless a path is given)."""
    if path is None:
        resource = resources.files("twentyten").joinpath("data/gazetteer/matching.yaml")
        text, source = resource.read_text(encoding="utf-8"), "data/gazetteer/matching.yaml"
    else:
        text, source = path.read_text(encoding="utf-8"), str(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise InputError(source, f"not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise InputError(source, "expected a mapping at the top level")
    return MatchingRules.from_mapping(data, source)
