"""Reading report files: walking folders lazily and turning each file into documents.

A file gives one document (txt, md, html) or many (json and csv exports, feed files). A file
that cannot be read gives an :class:`InputProblem` instead; nothing here raises for bad input.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from twentyten.sources.decoding import UndecodableInput, decode_bytes
from twentyten.sources.html_article import MalformedHtml, extract_article
from twentyten.sources.records import InputProblem, SourceDocument, build_document, sha256_hex

MAX_FILE_BYTES = 50 * 1024 * 1024  # bigger files are refused before they are read

FORMAT_BY_SUFFIX = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def file_format(path: Path) -> str | None:
    return FORMAT_BY_SUFFIX.get(path.suffix.lower())


def iter_candidate_files(paths: list[Path]) -> Iterator[Path | InputProblem]:
    """Files to ingest under ``paths``, found lazily (folders recursively, in name order).

    Hidden files and folders, and files of formats we do not read, are passed over in
    folders; a file named explicitly is always tried. Missing paths are problems.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        else:
            yield InputProblem(str(path), "no such file or folder")


def _walk(folder: Path) -> Iterator[Path | InputProblem]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield InputProblem(str(folder), f"cannot list folder ({error.strerror or error})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path))
            elif entry.is_file() and FORMAT_BY_SUFFIX.get(os.path.splitext(entry.name)[1].lower()):
                yield Path(entry.path)
        except OSError as error:
            yield InputProblem(entry.path, f"cannot read ({error.strerror or error})")


def count_candidate_files(paths: list[Path]) -> int:
    """How many files :func:`iter_candidate_files` will give (for a progress bar's total)."""
    return sum(1 for item in iter_candidate_files(paths) if isinstance(item, Path))


def read_file(path: Path) -> Iterator[SourceDocument | InputProblem]:
    """The documents in one file, or the problems that kept them from being read."""
    locator = str(path)
    kind = file_format(path) or "txt"
    data = read_bytes_checked(path)
    if isinstance(data, InputProblem):
        yield data
        return
    if kind in ("json", "jsonl", "csv"):
        from twentyten.sources.exports import read_export

        yield from read_export(locator, data, kind)
        return
    if kind == "feed":
        from twentyten.sources.feeds import read_feed_bytes

        yield from read_feed_bytes(locator, data)
        return
    yield read_single(locator, data, kind)


def read_bytes_checked(path: Path) -> bytes | InputProblem:
    """The file's bytes, unless it is missing, empty or over the size limit (checked first)."""
    locator = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return InputProblem(
                locator,
                f"file is {size / 1024 / 1024:.1f} MB, over the "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB limit; not read",
            )
        if size == 0:
            return InputProblem(locator, "empty file")
        return path.read_bytes()
    except OSError as error:
        return InputProblem(locator, f"cannot read ({error.strerror or error})")


def read_single(locator: str, data: bytes, kind: str) -> SourceDocument | InputProblem:
    """One txt, md or html file as a document."""
    declared = None
    if kind == "html":
        match = _META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii") if match else None
    try:
        decoded = decode_bytes(data, declared)
    except UndecodableInput as error:
        return InputProblem(locator, str(error))
    raw_hash = sha256_hex(data)
    if kind == "html":
        try:
            article = extract_article(decoded.text)
        except MalformedHtml as error:
            return InputProblem(locator, str(error))
        return build_document(
            locator=locator,
            text=article.text,
            raw_format="html",
            title=article.title,
            url=article.url,
            published=article.published,
            outlet_names=(article.site_name,),
            outlet_hints=article.page_titles,
            language_hint=article.language,
            encoding=decoded.encoding,
            byte_size=len(data),
            raw_hash=raw_hash,
        )
    text = decoded.text
    meta: dict[str, object] = {}
    if kind == "md":
        text, meta = _split_front_matter(text)
    if not text.strip():
        return InputProblem(locator, "no text (the file holds only whitespace)")
    title = _first_line(text, markdown=kind == "md")
    url = meta.get("url") or meta.get("link") or meta.get("source_url")
    source = meta.get("source") or meta.get("outlet")
    return build_document(
        locator=locator,
        text=text,
        raw_format=kind,
        title=str(meta.get("title") or title or "") or None,
        url=str(url) if url else None,
        published=meta.get("published") or meta.get("date"),
        outlet_names=(str(source),) if source else (),
        language_hint=str(meta["language"]) if meta.get("language") else None,
        encoding=decoded.encoding,
        byte_size=len(data),
        raw_hash=raw_hash,
    )


def _first_line(text: str, *, markdown: bool) -> str | None:
    for line in text.lstrip("\ufeff").splitlines():
        line = line.strip()
        if line:
            return _MARKDOWN_HEADING.sub("", line) if markdown else line
    return None


def _split_front_matter(text: str) -> tuple[str, dict[str, object]]:
    # Analysts' notes in Markdown often start with a YAML block (title, date, url, source).
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not match:
        return text, {}
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return text, {}
    if not isinstance(meta, dict):
        return text, {}
    return text.lstrip("\ufeff")[match.end() :], {str(k).lower(): v for k, v in meta.items()}
