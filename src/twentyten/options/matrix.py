"""The analyst's options matrix: options × scenarios × criteria, with weights and scores.

Everything in this file is judgement, not fact: the scores say how well an analyst expects
an option to do on a criterion if a scenario comes about, each with its rationale. The
loader checks it strictly (unknown names, missing or out-of-range scores, weights that are
not numbers) and names the file, key and line of every problem.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from twentyten.datafiles import YamlDocument, load_package_yaml, load_yaml
from twentyten.errors import InputError

DEFAULT_FILE = "rok_options.yaml"
TOP_KEYS = {"judgement", "scale", "scenarios", "criteria", "options", "scores"}


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str
    weight: float
    threshold: float | None  # satisficing: the score an option must reach in a scenario
    description: str = ""


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    description: str = ""
    source: str = ""


@dataclass
class OptionsMatrix:
    """Scores as an array ``[option, scenario, criterion]`` plus their labels and rationale."""

    source: str
    judgement: dict[str, Any]
    scale: tuple[float, float]
    scenarios: list[str]
    scenario_weights: dict[str, float] | None  # analyst probabilities; None = equal
    criteria: list[Criterion]
    options: list[Option]
    scores: np.ndarray
    rationale: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def score(self, option: str, scenario: str, criterion: str) -> float:
        return float(
            self.scores[
                [o.id for o in self.options].index(option),
                self.scenarios.index(scenario),
                [c.id for c in self.criteria].index(criterion),
            ]
        )


def _number(doc: YamlDocument, value: Any, *path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise doc.error(f"expected a number, got {value!r}", *path)
    return float(value)


def _mapping(doc: YamlDocument, value: Any, *path: str) -> dict[str, Any]:
    if not isinstance(value, dict) or not value:
        raise doc.error("expected a non-empty mapping", *path)
    return value


def _text(doc: YamlDocument, raw: dict, name: str, *path: str, required: bool = False) -> str:
    value = raw.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise doc.error(f"{name} must be non-empty text", *path, name)
    return " ".join(value.split())


def _known_scenarios() -> list[str] | None:
    """The model's scenario presets, when the model package can list them."""
    try:
        from twentyten.model import list_scenarios
    except ImportError:  # the options table works without the model installed
        return None
    return list_scenarios()


def parse_matrix(doc: YamlDocument, known_scenarios: list[str] | None = None) -> OptionsMatrix:
    """Check and build the matrix from a parsed file (see the shipped file for the format)."""
    data = _mapping(doc, doc.data)
    for key in data:
        if key not in TOP_KEYS:
            raise doc.error(f"unknown section {key!r} (known: {', '.join(sorted(TOP_KEYS))})", key)
    for key in ("scale", "scenarios", "criteria", "options", "scores"):
        if key not in data:
            raise doc.error(f"missing section {key!r}")
    judgement = data.get("judgement") or {}
    if not isinstance(judgement, dict) or not judgement.get("by"):
        raise doc.error("judgement.by must say whose judgement the scores are", "judgement")

    scale = _mapping(doc, data["scale"], "scale")
    low = _number(doc, scale.get("min"), "scale", "min")
    high = _number(doc, scale.get("max"), "scale", "max")
    if low >= high:
        raise doc.error("scale.min must be below scale.max", "scale", "max")

    raw_scenarios = data["scenarios"]
    if isinstance(raw_scenarios, list):
        raw_scenarios = {str(name): None for name in raw_scenarios}
    raw_scenarios = _mapping(doc, raw_scenarios, "scenarios")
    known = known_scenarios if known_scenarios is not None else _known_scenarios()
    weights: dict[str, float] = {}
    for name, spec in raw_scenarios.items():
        if known is not None and name not in known:
            raise doc.error(
                f"unknown scenario {name!r} (the model's scenarios: {', '.join(known)})",
                "scenarios",
                name,
            )
        if spec is not None:
            spec = _mapping(doc, spec, "scenarios", name)
            if "weight" in spec:
                weight = _number(doc, spec["weight"], "scenarios", name, "weight")
                if weight < 0:
                    raise doc.error("a scenario weight cannot be negative", "scenarios", name)
                weights[name] = weight
    scenarios = list(raw_scenarios)
    scenario_weights = None
    if weights:
        missing = [name for name in scenarios if name not in weights]
        if missing:
            raise doc.error(
                f"scenario weights are all-or-none: {missing[0]!r} has none",
                "scenarios",
                missing[0],
            )
        total = sum(weights.values())
        if total <= 0:
            raise doc.error("scenario weights sum to zero", "scenarios")
        scenario_weights = {name: weights[name] / total for name in scenarios}

    criteria = []
    for cid, spec in _mapping(doc, data["criteria"], "criteria").items():
        spec = _mapping(doc, spec, "criteria", cid)
        weight = _number(doc, spec.get("weight"), "criteria", cid, "weight")
        if weight < 0:
            raise doc.error("a criterion weight cannot be negative", "criteria", cid, "weight")
        threshold = spec.get("threshold")
        if threshold is not None:
            threshold = _number(doc, threshold, "criteria", cid, "threshold")
            if not low <= threshold <= high:
                raise doc.error(
                    f"threshold {threshold:g} is outside the scale {low:g}-{high:g}",
                    "criteria",
                    cid,
                    "threshold",
                )
        criteria.append(
            Criterion(
                id=cid,
                label=_text(doc, spec, "label", "criteria", cid, required=True),
                weight=weight,
                threshold=threshold,
                description=_text(doc, spec, "description", "criteria", cid),
            )
        )
    if sum(c.weight for c in criteria) <= 0:
        raise doc.error("criterion weights sum to zero", "criteria")

    options = []
    for oid, spec in _mapping(doc, data["options"], "options").items():
        spec = _mapping(doc, spec, "options", oid)
        options.append(
            Option(
                id=oid,
                label=_text(doc, spec, "label", "options", oid, required=True),
                description=_text(doc, spec, "description", "options", oid),
                source=_text(doc, spec, "source", "options", oid),
            )
        )

    option_ids = [o.id for o in options]
    criterion_ids = [c.id for c in criteria]
    scores = np.full((len(options), len(scenarios), len(criteria)), np.nan)
    rationale: dict[tuple[str, str, str], str] = {}
    raw_scores = _mapping(doc, data["scores"], "scores")
    for oid, by_scenario in raw_scores.items():
        if oid not in option_ids:
            raise doc.error(
                f"unknown option {oid!r} (declared: {', '.join(option_ids)})", "scores", oid
            )
        by_scenario = _mapping(doc, by_scenario, "scores", oid)
        for sid, by_criterion in by_scenario.items():
            if sid not in scenarios:
                raise doc.error(
                    f"unknown scenario {sid!r} (declared: {', '.join(scenarios)})",
                    "scores",
                    oid,
                    sid,
                )
            by_criterion = _mapping(doc, by_criterion, "scores", oid, sid)
            for cid, entry in by_criterion.items():
                path = ("scores", oid, sid, cid)
                if cid not in criterion_ids:
                    raise doc.error(
                        f"unknown criterion {cid!r} (declared: {', '.join(criterion_ids)})", *path
                    )
                entry = _mapping(doc, entry, *path)
                value = _number(doc, entry.get("score"), *path, "score")
                if not low <= value <= high:
                    raise doc.error(
                        f"score {value:g} is outside the scale {low:g}-{high:g}", *path, "score"
                    )
                why = entry.get("why")
                if not isinstance(why, str) or not why.strip():
                    raise doc.error("every score needs its rationale ('why')", *path)
                scores[option_ids.index(oid), scenarios.index(sid), criterion_ids.index(cid)] = (
                    value
                )
                rationale[(oid, sid, cid)] = " ".join(why.split())
    for i, oid in enumerate(option_ids):
        for j, sid in enumerate(scenarios):
            for k, cid in enumerate(criterion_ids):
                if np.isnan(scores[i, j, k]):
                    raise doc.error(
                        f"missing score for option {oid!r}, scenario {sid!r}, criterion {cid!r}",
                        "scores",
                        oid,
                        sid,
                        cid,
                    )
    return OptionsMatrix(
        source=doc.source,
        judgement=dict(judgement),
        scale=(low, high),
        scenarios=scenarios,
        scenario_weights=scenario_weights,
        criteria=criteria,
        options=options,
        scores=scores,
        rationale=rationale,
    )


def load_matrix(
    path: str | Path | None = None, *, known_scenarios: list[str] | None = None
) -> OptionsMatrix:
    """The shipped matrix, or an analyst's own file at ``path``."""
    doc = load_package_yaml("options", DEFAULT_FILE) if path is None else load_yaml(path)
    if doc.data is None:
        raise InputError(doc.source, "the file is empty")
    return parse_matrix(doc, known_scenarios)
