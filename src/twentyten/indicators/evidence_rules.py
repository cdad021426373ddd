"""Which claims count as North Korean state media, read from ``data/indicators/evidence.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from twentyten.errors import InputError


@dataclass(frozen=True, slots=True)
class EvidenceRules:
    state_media_kinds: frozenset[str]
    state_media_hosts: frozenset[str]
    triangulation_excludes: frozenset[str] = frozenset()

    def is_independent(self, source_kind: str | None) -> bool:
        """Whether a claim of this kind adds an independent source (curated ones do not)."""
        return (source_kind or "").lower() not in self.triangulation_excludes

    def is_state_media(self, source_kind: str | None, host: str) -> bool:
        if source_kind and source_kind.lower() in self.state_media_kinds:
            return True
        host = host.lower().removeprefix("www.")
        return any(host == h or host.endswith("." + h) for h in self.state_media_hosts)

    @classmethod
    def load(cls, path: str | Path) -> EvidenceRules:
        source = Path(path)
        try:
            raw = yaml.safe_load(source.read_text(encoding="utf-8"))
            return cls(
                state_media_kinds=frozenset(str(k).lower() for k in raw["state_media_kinds"]),
                state_media_hosts=frozenset(str(h).lower() for h in raw["state_media_hosts"]),
                triangulation_excludes=frozenset(
                    str(k).lower() for k in raw.get("triangulation_excludes") or ()
                ),
            )
        except KeyError as error:
            raise InputError(source, "missing key", key=str(error.args[0])) from error
        except (OSError, yaml.YAMLError, TypeError, AttributeError) as error:
            raise InputError(source, f"cannot read evidence rules: {error}") from error

    @classmethod
    def bundled(cls) -> EvidenceRules:
        return cls.load(str(resources.files("twentyten") / "data" / "indicators" / "evidence.yaml"))
