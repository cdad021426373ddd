"""What a reader hands to the ingest: one source document, or one problem with the input."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from twentyten.sources.language import detect_language
from twentyten.sources.outlets import identify_outlet
from twentyten.sources.published import dateline_date, normalize_date

MAX_TITLE_CHARS = 500


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """One report as read from a file, an export row or a feed item, ready to be stored."""

    locator: str  # file path, URL, feed item link/guid, or file path#n for an export record
    text: str  # the extracted article text
    content_hash: str  # sha256 of ``text`` as UTF-8
    title: str | None
    url: str | None
    outlet: str | None
    source_kind: str
    language: str  # en | ko | und
    published: str | None  # YYYY-MM-DD, YYYY-MM or YYYY, as precise as the source says
    raw_format: str  # txt | md | html | json | csv | feed
    encoding: str | None
    byte_size: int | None
    raw_hash: str | None  # sha256 of the bytes the text came from


@dataclass(frozen=True, slots=True)
class InputProblem:
    """Input that could not be read as a document: kept in ingest_errors, the batch goes on."""

    locator: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.locator if self.line is None else f"{self.locator}:{self.line}"
        return f"{where}: {self.message}"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def clean_text(text: str) -> str:
    """NFC, Unix newlines, no BOM, trailing spaces and surrounding blank lines removed."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\ufeff")
    if "\x00" in text:  # PostgreSQL text cannot hold NUL; an export may smuggle one in
        text = text.replace("\x00", "")
    if " \n" in text or "\t\n" in text:
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text.strip()


def build_document(
    *,
    locator: str,
    text: str,
    raw_format: str,
    title: str | None = None,
    url: str | None = None,
    published: object = None,
    outlet_names: tuple[str | None, ...] = (),
    extra_urls: tuple[str | None, ...] = (),
    outlet_hints: tuple[str | None, ...] = (),
    language_hint: str | None = None,
    encoding: str | None = None,
    byte_size: int | None = None,
    raw_hash: str | None = None,
) -> SourceDocument:
    """A document with its language, outlet, kind and date worked out from text and metadata."""
    text = clean_text(text)
    if title is not None:
        title = " ".join(title.replace("\x00", "").split())[:MAX_TITLE_CHARS] or None
    language = detect_language(text)
    if language == "und" and language_hint:
        hint = language_hint.strip().lower()[:2]
        if hint in ("en", "ko"):
            language = hint
    outlet, kind = identify_outlet(
        text, urls=(url, locator, *extra_urls), names=outlet_names, hints=outlet_hints
    )
    date = normalize_date(published) or dateline_date(text)
    return SourceDocument(
        locator=locator,
        text=text,
        content_hash=sha256_hex(text.encode("utf-8")),
        title=title,
        url=url,
        outlet=outlet,
        source_kind=kind,
        language=language,
        published=date,
        raw_format=raw_format,
        encoding=encoding[:20] if encoding else None,
        byte_size=byte_size,
        raw_hash=raw_hash,
    )
