"""The register's vocabularies and review thresholds, read from ``data/register/register.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class RegisterConfig:
    facility_types: tuple[str, ...]
    event_types: tuple[str, ...]
    date_window_days: int
    low_confidence: float
    national_event_types: frozenset[str]
    url_date_patterns: tuple[tuple[str, str], ...]  # (regex, form)


@lru_cache(maxsize=1)
def register_config() -> RegisterConfig:
    text = resources.files("twentyten.data").joinpath("register/register.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return RegisterConfig(
        facility_types=tuple(data["facility_types"]),
        event_types=tuple(data["event_types"]),
        date_window_days=int(data["date_window_days"]),
        low_confidence=float(data["low_confidence"]),
        national_event_types=frozenset(data["national_event_types"]),
        url_date_patterns=tuple((p["pattern"], p["form"]) for p in data["url_date_patterns"]),
    )
