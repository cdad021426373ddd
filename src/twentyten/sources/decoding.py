"""From bytes to text: which encoding, and whether the bytes are text at all.

UTF-8 is by far the most common case and is tried first (strictly), so that the slow
statistical detector only runs on the rest. Korean pages saved from older sites are often
EUC-KR / CP949; UTF-16 is recognised by its byte-order mark.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

# Magic numbers of formats people drop into an archive folder by mistake.
_BINARY_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "a SQLite database"),
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Accented Latin letters and the typographic marks of Western text (quotes, dashes, …).
_WESTERN = re.compile(r"[\u00a0\u00b0\u00c0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026]")
# Share of control or replacement characters above which decoded text is garbage.
MAX_CONTROL_SHARE = 0.01


class UndecodableInput(ValueError):
    """The bytes are not text in any encoding we can recognise."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str


def decode_bytes(data: bytes, declared: str | None = None) -> DecodedText:
    """Decode ``data`` or raise :class:`UndecodableInput` with a reason a user understands.

    ``declared`` is the charset a page or a server names; it is trusted when the bytes
    decode with it, after a byte-order mark and before any guessing.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), name)
            except UnicodeDecodeError as error:
                raise UndecodableInput(f"not valid {name} despite its byte-order mark") from error
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise UndecodableInput(f"binary file ({what}), not text")
    if b"\x00" in data:
        raise UndecodableInput("binary file (contains NUL bytes), not text")
    if declared:
        declared_text = _decode_declared(data, declared)
        if declared_text is not None:
            return _checked(*declared_text)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    korean = _as_korean_legacy(data)
    if korean is not None:
        return _checked(*korean)
    western = _as_western_legacy(data)
    if western is not None:
        return _checked(western, "cp1252")
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UndecodableInput("cannot decode: not UTF-8, EUC-KR/CP949 or another known encoding")
    return _checked(str(best), best.encoding)


def _decode_declared(data: bytes, declared: str) -> tuple[str, str] | None:
    try:
        name = codecs.lookup(declared.strip().lower()).name
    except LookupError:
        return None
    # Pages labelled EUC-KR are routinely CP949 (its superset), as browsers assume too.
    codec = "cp949" if name in ("euc_kr", "cp949", "ks_c_5601_1987") else name
    try:
        return data.decode(codec), declared.strip().lower()
    except UnicodeDecodeError:
        return None


def _as_korean_legacy(data: bytes) -> tuple[str, str] | None:
    # The detector guesses poorly on short Korean texts (Big5, Johab …), so a strict CP949
    # decode whose non-ASCII characters are mostly Hangul is taken first.
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    non_ascii = len(_NON_ASCII.findall(text))
    if non_ascii == 0 or len(_HANGUL.findall(text)) < 0.6 * non_ascii:
        return None
    try:
        data.decode("euc-kr")
    except UnicodeDecodeError:
        return text, "cp949"
    return text, "euc-kr"


def _as_western_legacy(data: bytes) -> str | None:
    # English notes saved by Windows tools are CP1252 (a superset of Latin-1). The detector
    # takes short ones for Baltic or Cyrillic code pages ("Café" became "Cafķ"), so a strict
    # CP1252 decode whose non-ASCII characters are accented Latin letters or typographic
    # punctuation is taken first.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = _NON_ASCII.findall(text)
    if not non_ascii:
        return None
    western = sum(1 for char in non_ascii if _WESTERN.match(char))
    return text if western >= 0.9 * len(non_ascii) else None


def _checked(text: str, encoding: str) -> DecodedText:
    if text:
        sample = text[:20000]
        bad = len(_CONTROL.findall(sample))
        if bad > MAX_CONTROL_SHARE * len(sample):
            raise UndecodableInput(
                f"garbled text: {bad} control or replacement characters "
                f"in the first {len(sample)} (decoded as {encoding})"
            )
    return DecodedText(text, encoding)
