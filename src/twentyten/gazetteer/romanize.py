"""Latin spellings of Korean place names: McCune-Reischauer to KCNA, and a matching key.

KCNA English follows the DPRK's own adaptation of McCune-Reischauer: breves dropped,
aspiration written with ``h`` (kh, th, ph) instead of an apostrophe, and plain ㅈ written
``j`` while aspirated ㅊ stays ``ch``. The rules below turn an MR spelling into the KCNA
one; established exceptions (Pyongyang, personal-name counties, unassimilated spellings
such as Songrim) come from the data file, not from here.

``normalize_place`` builds one lossy key under which KCNA, MR (with or without marks) and
RR spellings of the same name coincide, so a spelling the data does not list still finds
its unit.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from twentyten.gazetteer.hangul import hangul_key, has_hangul

APOSTROPHES = "'’‘ʼ`´"
_APOSTROPHE_TO_ASCII = str.maketrans({mark: "'" for mark in APOSTROPHES})


def unify_apostrophes(text: str) -> str:
    """Every apostrophe-like mark becomes ASCII ``'`` (same length, so spans survive)."""
    return text.translate(_APOSTROPHE_TO_ASCII)


def strip_diacritics(text: str) -> str:
    """Drop breves and other combining marks: ``Sŏngch'ŏn`` -> ``Songch'on``."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", kept)


def strip_apostrophes(text: str) -> str:
    """Drop aspiration marks and the n'g separator: ``Sŏngch'ŏn`` -> ``Sŏngchŏn``."""
    return unify_apostrophes(text).replace("'", "")


def _capitalize_parts(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def mr_to_kcna(mr: str) -> str:
    """McCune-Reischauer -> KCNA English by rule (ŏ->o, ch'->ch, ch->j, p'->ph, ...).

    >>> mr_to_kcna("Sŏngch'ŏn"), mr_to_kcna("Chŏngju"), mr_to_kcna("T'aech'ŏn")
    ('Songchon', 'Jongju', 'Thaechon')
    """
    words = []
    for word in mr.split():
        lowered = unify_apostrophes(strip_diacritics(word)).lower()
        # Aspirated ch' is KCNA "ch"; plain MR ch (ㅈ) is KCNA "j". Protect ch' first.
        lowered = lowered.replace("ch'", "\0").replace("ch", "j").replace("\0", "ch")
        lowered = lowered.replace("k'", "kh").replace("t'", "th").replace("p'", "ph")
        lowered = lowered.replace("'", "")  # the n'g separator has no KCNA counterpart
        lowered = lowered.replace("shi", "si")
        # MR voices ㄱㄷㅂ after a vowel or nasal inside a word (Kanggye, Ragwŏn), KCNA
        # mostly keeps the morpheme spelling; we leave that to the data's exceptions.
        words.append(_capitalize_parts(lowered))
    return " ".join(words)


def south_korean_initial(latin: str) -> str | None:
    """The spelling a South Korean writer uses when the name begins with ㄹ/ㄴ + i/y.

    South Korean orthography drops initial ㄹ and ㄴ before i/y and turns other initial ㄹ
    into ㄴ: Ryongchon -> Yongchon, Nyongbyon -> Yongbyon, Rakwon -> Nakwon. Returns None
    when the rule does not apply.
    """
    if not latin or latin[0] not in "RrNn":
        return None
    lower = latin.lower()
    if lower.startswith(("ry", "ri")) or lower.startswith(("ny", "ni")):
        rest = latin[1:]
    elif lower.startswith("r") and len(latin) > 1 and lower[1] in "aeou":
        rest = "n" + latin[1:]
    else:
        return None
    return rest[:1].upper() + rest[1:]


_VOICING = str.maketrans({"g": "k", "d": "t", "b": "p", "j": "c"})
_VOICING_KEEP_J = str.maketrans({"g": "k", "d": "t", "b": "p"})
_NOT_KEY = re.compile(r"[^a-z]")
_JAMO = re.compile(r"[ㄱ-ㆎ]")


@lru_cache(maxsize=65536)
def normalize_place(name: str) -> str:
    """One key for every spelling of a place name (KCNA, MR, RR, Hangul NK or SK).

    Latin: marks, apostrophes, spaces and hyphens go; eo->o, eu->u, kh/th/ph->k/t/p,
    voiced and voiceless stops collapse (g~k, d~t, b~p, j~ch), the assimilations that MR
    and RR spell but KCNA does not (ngr~ngn, nr~ll~nn, kr~ngn) collapse, initial r/n before
    i/y is dropped as in South Korean spelling, and doubled letters are merged.
    Hangul: the jamo of the South Korean spelling (see ``hangul_key``). Idempotent.
    """
    if has_hangul(name):
        return hangul_key(name)
    if _JAMO.search(name):  # already a Hangul key
        return "".join(_JAMO.findall(name))
    return _latin_key(name, _VOICING)


@lru_cache(maxsize=65536)
def affricate_key(name: str) -> str:
    """``normalize_place`` for Latin text, but ㅈ (KCNA/RR "j") stays apart from ㅊ ("ch").

    The matcher's fallback for unlisted spellings uses it: with j~ch collapsed, South
    Korea's Cheongju (청주) would land on North Phyongan's Jongju (정주).
    """
    return _latin_key(name, _VOICING_KEEP_J)


def _latin_key(name: str, voicing: dict[int, str]) -> str:
    key = _NOT_KEY.sub("", unify_apostrophes(strip_diacritics(name)).lower())
    # The rewrites feed each other (j->c makes a new "ch"), so run them to a fixed point:
    # that is what makes the key idempotent.
    for _ in range(8):
        rewritten = _rewrite_latin_key(key, voicing)
        if rewritten == key:
            break
        key = rewritten
    return key


def _rewrite_latin_key(key: str, voicing: dict[int, str]) -> str:
    key = key.replace("eo", "o").replace("eu", "u").replace("oi", "oe").replace("sh", "s")
    key = key.replace("ch", "c").replace("kh", "k").replace("th", "t").replace("ph", "p")
    key = key.translate(voicing)
    key = key.replace("ng", "nk")
    key = re.sub(r"(?<=[nkmptcl])r", "n", key)  # liquid after a consonant is nasalized
    key = key.replace("ln", "nn").replace("nl", "nn").replace("ll", "nn")
    key = re.sub(r"l(?=[aeiouwy])", "r", key)  # ㄹ between vowels: MR Ch'ŏrwŏn, KCNA Cholwon
    key = re.sub(r"(?<!n)k(?=[nm])", "nk", key)  # final ㄱ before a nasal (Rakrang)
    key = re.sub(r"p(?=[nm])", "m", key)
    key = re.sub(r"(.)\1+", r"\1", key)
    key = re.sub(r"^l", "r", key)
    key = re.sub(r"^r", "n", key)
    key = re.sub(r"^n(?=[iy])", "", key)
    return key
