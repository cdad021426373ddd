"""Extract events from files and folders, with publication dates from metadata.

KCNA and Yonhap datelines carry no year, so a report needs its publication date. It comes,
most specific first, from a manifest line for the file, from a date given for the whole run,
or from the document's own metadata (front matter, export field, feed item).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from twentyten.extract.events import ExtractedEvent
from twentyten.extract.extractor import Extractor, default_extractor
from twentyten.sources.files import iter_candidate_files, read_file
from twentyten.sources.records import InputProblem


@dataclass(frozen=True)
class FileMetadata:
    published: str | None = None
    language: str | None = None


@dataclass
class Manifest:
    """Per-file metadata: one JSON object per line with `file`, `published`, `language`."""

    by_path: dict[str, FileMetadata] = field(default_factory=dict)
    by_name: dict[str, FileMetadata] = field(default_factory=dict)
    problems: list[InputProblem] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Manifest:
        manifest = cls()
        base = path.parent
        try:
            lines = path.read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            manifest.problems.append(InputProblem(str(path), f"cannot read manifest ({error})"))
            return manifest
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                name = str(record["file"])
                published = record.get("published")
                if published:
                    date.fromisoformat(str(published))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
                problem = f"bad manifest line ({type(error).__name__}: {error})"
                manifest.problems.append(InputProblem(str(path), problem, line=number))
                continue
            meta = FileMetadata(
                published=str(published) if published else None,
                language=record.get("language"),
            )
            manifest.by_path[str((base / name).resolve())] = meta
            manifest.by_name.setdefault(Path(name).name, meta)
        return manifest

    def lookup(self, path: Path) -> FileMetadata | None:
        return self.by_path.get(str(path.resolve())) or self.by_name.get(path.name)


def _full_date(value: str | None) -> str | None:
    """Only a full YYYY-MM-DD date can anchor a dateline; coarser metadata is ignored."""
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def extract_paths(
    paths: list[Path],
    *,
    published: str | None = None,
    manifest: Manifest | None = None,
    language: str | None = None,
    extractor: Extractor | None = None,
) -> Iterator[ExtractedEvent | InputProblem]:
    """Events from every report under `paths` (folders recurse); problems instead of raising."""
    extractor = extractor or default_extractor()
    if manifest is not None:
        yield from manifest.problems
    for item in iter_candidate_files(paths):
        if isinstance(item, InputProblem):
            yield item
            continue
        meta = manifest.lookup(item) if manifest is not None else None
        for doc in read_file(item):
            if isinstance(doc, InputProblem):
                yield doc
                continue
            when = (
                (meta.published if meta else None)
                or _full_date(published)
                or _full_date(doc.published)
            )
            lang = (meta.language if meta else None) or language
            if lang is None and doc.language in ("en", "ko"):
                lang = doc.language
            yield from extractor.extract(
                doc.text, document=doc.locator, published=when, language=lang
            )
