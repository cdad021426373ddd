"""RSS and Atom feeds: each item is a document, its locator the item's link (or guid).

A feed is read from a local file, a ``file://`` URL or an ``http(s)://`` URL. Fetching is
plain ``urllib`` with a timeout and the same 50 MB cap as files; parsing is feedparser's.
"""

from __future__ import annotations

import urllib.error
import urllib.request
import xml.sax
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import feedparser

from twentyten import __version__
from twentyten.sources.files import MAX_FILE_BYTES, read_bytes_checked
from twentyten.sources.html_article import html_fragment_to_text, looks_like_html
from twentyten.sources.records import InputProblem, SourceDocument, build_document, sha256_hex

FETCH_TIMEOUT_S = 30


def feed_locator(url_or_file: str) -> str:
    """The feed's own name in messages and batch arguments: the URL, or the absolute path."""
    if "://" in url_or_file and not url_or_file.startswith("file://"):
        return url_or_file
    return str(_local_path(url_or_file))


def _local_path(url_or_file: str) -> Path:
    if url_or_file.startswith("file://"):
        return Path(unquote(urlsplit(url_or_file).path))
    return Path(url_or_file).expanduser().absolute()


def read_feed(url_or_file: str) -> Iterator[SourceDocument | InputProblem]:
    """The items of a feed as documents (or the problem that kept it from being read)."""
    locator = feed_locator(url_or_file)
    if url_or_file.startswith(("http://", "https://")):
        try:
            data = fetch(url_or_file)
        except FeedFetchError as error:
            yield InputProblem(locator, str(error))
            return
    else:
        path = _local_path(url_or_file)
        if not path.is_file():
            yield InputProblem(locator, "no such feed file")
            return
        read = read_bytes_checked(path)
        if isinstance(read, InputProblem):
            yield read
            return
        data = read
    yield from read_feed_bytes(locator, data)


class FeedFetchError(Exception):
    pass


def fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": f"twentyten/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
            data = response.read(MAX_FILE_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise FeedFetchError(f"cannot fetch feed: HTTP {error.code} {error.reason}") from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise FeedFetchError(f"cannot fetch feed: {reason}") from error
    if len(data) > MAX_FILE_BYTES:
        raise FeedFetchError(f"feed is over the {MAX_FILE_BYTES // 1024 // 1024} MB limit")
    if not data:
        raise FeedFetchError("the server sent an empty feed")
    return data


def read_feed_bytes(locator: str, data: bytes) -> Iterator[SourceDocument | InputProblem]:
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    error = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if error is not None and (not entries or isinstance(error, xml.sax.SAXException)):
        # Broken XML: say so (with the line); the items feedparser's lenient parser still
        # recovered are kept, each judged on its own.
        yield InputProblem(locator, *_bozo_message(error))
        if not entries:
            return
    if not parsed.get("version") and not entries:
        yield InputProblem(locator, "not an RSS or Atom feed")
        return
    feed = parsed.get("feed") or {}
    feed_link = feed.get("link")
    feed_title = feed.get("title")
    encoding = parsed.get("encoding")
    for number, entry in enumerate(entries, start=1):
        yield _entry_document(locator, number, entry, feed_link, feed_title, encoding)


def _bozo_message(error: object) -> tuple[str, int | None]:
    line = None
    get_line = getattr(error, "getLineNumber", None)
    if callable(get_line):
        try:
            line = int(get_line())
        except (TypeError, ValueError):
            line = None
    reason = getattr(error, "getMessage", None)
    text = reason() if callable(reason) else str(error)
    return f"malformed feed: {text}", line


def _entry_document(
    locator: str,
    number: int,
    entry: dict,  # type: ignore[type-arg]
    feed_link: str | None,
    feed_title: str | None,
    encoding: str | None,
) -> SourceDocument | InputProblem:
    link = entry.get("link")
    guid = entry.get("id")
    contents = entry.get("content") or []
    body = next((c.get("value") for c in contents if c.get("value")), None)
    body = body or entry.get("summary") or entry.get("description") or ""
    text = html_fragment_to_text(body) if looks_like_html(body) else body
    title = entry.get("title")
    if title and looks_like_html(title):
        title = html_fragment_to_text(title)
    if title and text and not text.startswith(title):
        text = f"{title}\n\n{text}"
    if not (text or "").strip():
        return InputProblem(locator, f"item {number} has no content or summary")
    item_locator = link or guid or f"{locator}#{number}"
    raw = (str(title or "") + "\n" + body).encode("utf-8")
    source = entry.get("source") or {}
    return build_document(
        locator=item_locator,
        text=text,
        raw_format="feed",
        title=title,
        url=link if link and "://" in link else None,
        published=entry.get("published") or entry.get("updated") or entry.get("dc_date"),
        outlet_names=(source.get("title"), feed_title),
        extra_urls=(feed_link,),
        language_hint=entry.get("language"),
        encoding=encoding,
        byte_size=len(raw),
        raw_hash=sha256_hex(raw),
    )
