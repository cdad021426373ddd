"""Admiralty grades for claims and the count of independent sources behind an event.

The tables live in ``data/register/grading.yaml``; a user file (``--grading FILE`` or
``TWENTYTEN_GRADING``) is merged over them, so an analyst can regrade a source kind or an
outlet without touching code.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from twentyten.errors import InputError
from twentyten.store import Store

ENV_GRADING = "TWENTYTEN_GRADING"
RELIABILITIES = "ABCDEF"
CREDIBILITIES = range(1, 7)
_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")


@dataclass(frozen=True)
class Grade:
    reliability: str  # A–F
    credibility: int  # 1–6

    def __str__(self) -> str:
        return f"{self.reliability}{self.credibility}"


@dataclass(frozen=True)
class Outlet:
    """Who published a source, its kind, and the origin it counts as for triangulation."""

    name: str
    kind: str
    origin: str
    known: bool = True


@dataclass
class Grading:
    source_kinds: dict[str, Grade]
    event_type_credibility: dict[str, dict[str, int]]
    triangulation_excludes: frozenset[str]
    outlets: dict[str, dict[str, Any]]
    sources: list[str] = field(default_factory=list)  # files it was read from
    _by_host: dict[str, str] = field(default_factory=dict, repr=False)
    _by_alias: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for name, entry in self.outlets.items():
            for host in entry.get("hosts") or ():
                self._by_host[str(host).lower()] = name
            for alias in [name, *(entry.get("aliases") or ())]:
                self._by_alias[str(alias).casefold()] = name

    # --- identifying outlets -----------------------------------------------------------

    def outlet_for_url(self, url: str) -> Outlet:
        host = (urlsplit(url).hostname or "").lower()
        parts = host.split(".")
        for i in range(len(parts) - 1):
            name = self._by_host.get(".".join(parts[i:]))
            if name is not None:
                return self._outlet(name)
        bare = host
        for prefix in _HOST_PREFIXES:
            if bare.startswith(prefix):
                bare = bare[len(prefix) :]
        bare = bare or url
        return Outlet(name=bare, kind="other", origin=bare, known=False)

    def outlet_for_name(self, name: str | None, *, locator: str | None = None) -> Outlet | None:
        """A document's outlet by its name, else by its locator's host; None if neither."""
        if name:
            known = self._by_alias.get(name.strip().casefold())
            if known is not None:
                return self._outlet(known)
        if locator and "://" in locator:
            by_url = self.outlet_for_url(locator)
            if by_url.known or not name:
                return by_url
        if name:
            return Outlet(name=name.strip(), kind="other", origin=name.strip(), known=False)
        return None

    def _outlet(self, name: str) -> Outlet:
        entry = self.outlets[name]
        origin = entry.get("mirror_of") or name
        return Outlet(name=name, kind=str(entry.get("kind", "other")), origin=str(origin))

    # --- grading -----------------------------------------------------------------------

    def grade(
        self, kind: str, *, outlet: str | None = None, event_type: str | None = None
    ) -> Grade:
        base = self.source_kinds.get(kind) or self.source_kinds["other"]
        reliability, credibility = base.reliability, base.credibility
        entry = self.outlets.get(outlet or "") or {}
        reliability = str(entry.get("reliability", reliability))
        credibility = int(entry.get("credibility", credibility))
        if event_type is not None:
            credibility = self.event_type_credibility.get(kind, {}).get(event_type, credibility)
        return Grade(reliability, credibility)

    def counts_for_triangulation(self, kind: str) -> bool:
        return kind not in self.triangulation_excludes


def independent_sources(claims: Iterable[Mapping[str, Any]], grading: Grading | None = None) -> int:
    """How many independent sources stand behind these claims.

    Claims are rows (or dicts) with ``origin``, ``outlet``, ``document_id``, ``source_url``,
    ``source_kind`` and ``review_state``. Rejected claims and kinds that merely cite others
    (curated compilations) do not count; mirrors and reprints share their origin's key.
    """
    excludes = grading.triangulation_excludes if grading else frozenset({"curated"})
    keys = set()
    for claim in claims:
        if claim.get("review_state") == "rejected" or claim.get("source_kind") in excludes:
            continue
        keys.add(independence_key(claim))
    return len(keys)


def independence_key(claim: Mapping[str, Any]) -> str:
    for column in ("origin", "outlet"):
        if claim.get(column):
            return str(claim[column]).casefold()
    if claim.get("document_id") is not None:
        return f"document:{claim['document_id']}"
    return f"url:{claim.get('source_url')}"


# --- loading ---------------------------------------------------------------------------


def default_grading_path() -> Path:
    return Path(str(resources.files("twentyten.data").joinpath("register/grading.yaml")))


def load_grading(path: str | os.PathLike[str] | None = None) -> Grading:
    """The bundled tables, with ``path`` (or ``$TWENTYTEN_GRADING``) merged over them."""
    default = default_grading_path()
    merged = _read(default)
    sources = [str(default)]
    user = path if path is not None else os.environ.get(ENV_GRADING) or None
    if user is not None:
        for key, value in _read(Path(user)).items():
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = {**merged[key], **value}
            else:
                merged[key] = value
        sources.append(str(user))
    return _build(merged, sources[-1], sources)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as error:
        raise InputError(path, f"cannot read grading file: {error.strerror}") from error
    except yaml.YAMLError as error:
        raise InputError(path, f"not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise InputError(path, "a grading file must be a mapping")
    return data


def _build(data: dict[str, Any], where: str, sources: list[str]) -> Grading:
    kinds: dict[str, Grade] = {}
    for kind, entry in (data.get("source_kinds") or {}).items():
        kinds[kind] = _grade(entry, where, f"source_kinds.{kind}")
    if "other" not in kinds:
        raise InputError(where, "source_kinds must define 'other'", key="source_kinds.other")
    by_type: dict[str, dict[str, int]] = {}
    for kind, table in (data.get("event_type_credibility") or {}).items():
        by_type[kind] = {}
        for event_type, value in (table or {}).items():
            by_type[kind][event_type] = _credibility(
                value, where, f"event_type_credibility.{kind}.{event_type}"
            )
    outlets = data.get("outlets") or {}
    for name, entry in outlets.items():
        if not isinstance(entry, dict):
            raise InputError(where, "an outlet must be a mapping", key=f"outlets.{name}")
        if "reliability" in entry or "credibility" in entry:
            _grade({"reliability": "F", "credibility": 6, **entry}, where, f"outlets.{name}")
    return Grading(
        source_kinds=kinds,
        event_type_credibility=by_type,
        triangulation_excludes=frozenset(data.get("triangulation_excludes") or ()),
        outlets=dict(outlets),
        sources=sources,
    )


def _grade(entry: Any, where: str, key: str) -> Grade:
    if not isinstance(entry, dict):
        raise InputError(where, "want {reliability: A-F, credibility: 1-6}", key=key)
    reliability = str(entry.get("reliability", "")).upper()
    if len(reliability) != 1 or reliability not in RELIABILITIES:
        raise InputError(where, f"reliability must be one of A-F, not {reliability!r}", key=key)
    return Grade(reliability, _credibility(entry.get("credibility"), where, key))


def _credibility(value: Any, where: str, key: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if number not in CREDIBILITIES:
        raise InputError(where, f"credibility must be 1-6, not {value!r}", key=key)
    return number


# --- regrading the store ---------------------------------------------------------------


def regrade_claims(store: Store, grading: Grading | None = None, *, actor: str = "regrade") -> int:
    """Grade every claim again with ``grading`` (e.g. after changing the grading file).

    Claims whose grade an analyst set by hand (an ``edit`` of reliability or credibility in
    the audit log) keep it. Returns how many claims changed; each change is audited.
    """
    from sqlalchemy import select, update

    from twentyten.register.audit import append_audit
    from twentyten.store.schema import audit_log, claims, events

    grading = grading or load_grading()
    changed = 0
    with store.begin() as conn:
        hand_graded = {
            int(row_id)
            for row_id in conn.execute(
                select(audit_log.c.row_id).where(
                    audit_log.c.table_name == "claims",
                    audit_log.c.action == "edit",
                    audit_log.c.field.in_(("reliability", "credibility")),
                    audit_log.c.actor != actor,
                )
            ).scalars()
        }
        rows = conn.execute(
            select(claims, events.c.event_type).join(events, events.c.id == claims.c.event_id)
        ).mappings()
        for claim in rows:
            if claim["id"] in hand_graded:
                continue
            outlet = claim["outlet"] if claim["outlet"] in grading.outlets else None
            grade = grading.grade(
                claim["source_kind"], outlet=outlet, event_type=claim["event_type"]
            )
            old = Grade(claim["reliability"], claim["credibility"])
            if grade == old:
                continue
            conn.execute(
                update(claims)
                .where(claims.c.id == claim["id"])
                .values(reliability=grade.reliability, credibility=grade.credibility)
            )
            append_audit(
                conn,
                actor=actor,
                action="regrade",
                table_name="claims",
                row_id=claim["id"],
                field="grade",
                old_value=str(old),
                new_value=str(grade),
                reason=f"grading from {', '.join(grading.sources)}",
            )
            changed += 1
    return changed
