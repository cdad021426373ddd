"""Hangul place names: jamo decomposition and North <-> South Korean spelling.

North Korean orthography keeps an initial ㄹ or ㄴ (룡강, 랑림, 녕변); South Korean
orthography applies the initial-sound rule (두음법칙): ㄹ and ㄴ before i/y become ㅇ, other
initial ㄹ becomes ㄴ (용강, 낭림, 영변). After a vowel or ㄴ, 률/렬 are written 율/열
(은률 -> 은율). The matching key is the jamo string of the South Korean spelling, so both
spellings of a name share it.
"""

from __future__ import annotations

import re

_SYLLABLE_FIRST = 0xAC00
_SYLLABLE_LAST = 0xD7A3
_VOWELS = 21
_FINALS = 28

# Indices in the Unicode syllable arithmetic (initial = choseong, medial = jungseong).
_INITIAL_N = 2  # ㄴ
_INITIAL_R = 5  # ㄹ
_INITIAL_ZERO = 11  # ㅇ
_FINAL_NONE = 0
_FINAL_N = 4  # ㄴ
# ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ and ㅒ: the i/y vowels before which initial ㄹ/ㄴ drop.
_IY_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})

_COMPAT_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_COMPAT_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_COMPAT_FINALS = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]

HANGUL_RUN = re.compile(r"[가-힣]+")


def is_syllable(char: str) -> bool:
    return _SYLLABLE_FIRST <= ord(char) <= _SYLLABLE_LAST


def has_hangul(text: str) -> bool:
    return any(is_syllable(char) for char in text)


def split_syllable(char: str) -> tuple[int, int, int]:
    """(initial, vowel, final) indices of a precomposed syllable."""
    offset = ord(char) - _SYLLABLE_FIRST
    return offset // (_VOWELS * _FINALS), (offset // _FINALS) % _VOWELS, offset % _FINALS


def join_syllable(initial: int, vowel: int, final: int) -> str:
    return chr(_SYLLABLE_FIRST + (initial * _VOWELS + vowel) * _FINALS + final)


def to_jamo(text: str) -> str:
    """Decompose syllables into compatibility jamo; other characters pass through."""
    out: list[str] = []
    for char in text:
        if is_syllable(char):
            initial, vowel, final = split_syllable(char)
            out.append(_COMPAT_INITIALS[initial] + _COMPAT_VOWELS[vowel] + _COMPAT_FINALS[final])
        else:
            out.append(char)
    return "".join(out)


def _south_initial(char: str) -> str:
    initial, vowel, final = split_syllable(char)
    if initial == _INITIAL_R:
        initial = _INITIAL_ZERO if vowel in _IY_VOWELS else _INITIAL_N
    elif initial == _INITIAL_N and vowel in _IY_VOWELS:
        initial = _INITIAL_ZERO
    return join_syllable(initial, vowel, final)


def north_to_south(word: str) -> str:
    """South Korean spelling of a North Korean name: 룡강 -> 용강, 녕변 -> 영변, 은률 -> 은율."""
    chars = list(word)
    for index, char in enumerate(chars):
        if not is_syllable(char):
            continue
        previous = chars[index - 1] if index else ""
        if not previous or not is_syllable(previous):
            chars[index] = _south_initial(char)
            continue
        initial, vowel, final = split_syllable(char)
        # 률/렬 after a vowel or ㄴ are written 율/열 in the South (은률 -> 은율).
        if initial == _INITIAL_R and vowel in (6, 17):  # ㅕ, ㅠ
            previous_final = split_syllable(previous)[2]
            if previous_final in (_FINAL_NONE, _FINAL_N):
                chars[index] = join_syllable(_INITIAL_ZERO, vowel, final)
    return "".join(chars)


def south_to_north_candidates(word: str) -> list[str]:
    """North Korean spellings a South Korean spelling may stand for (the reverse rule).

    용강 -> [용강, 룡강, 뇽강]: the reverse is ambiguous, so every candidate is returned
    (the word itself first); only candidates whose ``north_to_south`` is ``word`` are kept.
    """
    if not word or not is_syllable(word[0]):
        return [word]
    initial, vowel, final = split_syllable(word[0])
    firsts = [word[0]]
    if initial == _INITIAL_ZERO and vowel in _IY_VOWELS:
        firsts += [join_syllable(_INITIAL_R, vowel, final), join_syllable(_INITIAL_N, vowel, final)]
    elif initial == _INITIAL_N and vowel not in _IY_VOWELS:
        firsts.append(join_syllable(_INITIAL_R, vowel, final))
    candidates = [first + word[1:] for first in firsts]
    # 율/열 after a vowel or ㄴ may stand for 률/렬 (은율 -> 은률).
    for index in range(1, len(word)):
        char, previous = word[index], word[index - 1]
        if not (is_syllable(char) and is_syllable(previous)):
            continue
        initial, vowel, final = split_syllable(char)
        after_vowel_or_n = split_syllable(previous)[2] in (_FINAL_NONE, _FINAL_N)
        if initial == _INITIAL_ZERO and vowel in (6, 17) and after_vowel_or_n:
            liquid = join_syllable(_INITIAL_R, vowel, final)
            candidates += [c[:index] + liquid + c[index + 1 :] for c in candidates]
    target = north_to_south(word)
    return [c for c in dict.fromkeys(candidates) if north_to_south(c) == target]


def hangul_key(text: str) -> str:
    """Matching key for Hangul: jamo of the South Korean spelling, spaces dropped."""
    syllables = "".join(HANGUL_RUN.findall(text))
    return to_jamo(north_to_south(syllables))
