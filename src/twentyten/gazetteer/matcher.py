"""Find unit and province names in English and Korean text, with spans.

Speed matters (this runs on every report), so the text is scanned once by one compiled
regular expression that yields only capitalized Latin words and Hangul runs whose first
two syllables can begin a name; each candidate is then looked up in dictionaries keyed by
its first word (Latin) or by its prefixes (Hangul). No loop over the names touches the text.

Precision rules, in order:
- a bare name on the explicit-only list (Central, Hwasong, Kim Jong Suk, ...) counts only
  with a unit word or inside an enumeration that has one ("Kim Hyong Jik and Kim Jong Suk
  counties"); a person's name written as one word ("Kimhyŏngjik") is the county's spelling;
- a bare name followed by a feature word (River, Mountain, Times) or preceded by "Mt" is
  not the unit;
- Revised Romanization forms shared with South Korean units count only when the unit's
  province is named in the same paragraph;
- "Pyongyang" in a dateline is not a place mention;
- a name that is both a province and a unit (Kaesong, "Nampho City") is the province;
- a name that fits several units is resolved by the nearest province named in the same
  sentence, else by the unit the text has already named unambiguously, else by the nearest
  province in the paragraph, else in the whole text; a current name beats a former one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from twentyten.gazetteer.model import AdminUnit, PlaceMatch, Province
from twentyten.gazetteer.romanize import affricate_key, normalize_place, unify_apostrophes
from twentyten.gazetteer.rules import MatchingRules
from twentyten.gazetteer.variants import province_variants, unit_variants

_LATIN_WORD_REST = r"[^\W\d_]*(?:['’ʼ][^\W\d_]+)*"
_MARKED = re.compile(r"[ŏŭŎŬ'’ʼ]|eo|eu")
_JOINERS = frozenset({" ", "-"})
_FIRST_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# How many words `_is_plain` remembers before it starts afresh (bounded memory).
_PLAIN_WORDS_KEPT = 50_000
# The unit word "county" after a name ("Gangdong county", "Icheon-gun").
_COUNTY_WORD = re.compile(r"[ \t-]*(?i:count(?:y|ies)|gun|kun)\b")
_SENTENCE_END = re.compile(r"[.!?。](?=\s)|다\.|\n")
# Korean place stems joined by "·" that share the last one's unit word ("신양·낭림·부령군").
_SHARED_SUFFIX = re.compile(
    r"(?<![가-힣])(?P<stems>(?:[가-힣]{1,5}·)+)[가-힣]{1,5}?(?P<suffix>군|시|구역)"
)

# A Korean place stem right after its province's name, without its unit word ("평남 북창",
# "자강 장강 세 곳은", "평양 강동(공장+종합봉사소)"): a particle may follow it, no more Hangul.
_STEM_AFTER_PROVINCE = re.compile(
    r"[ \t]?(?P<stem>[가-힣]{2,4}?)(?=(?:은|는|이|가|을|를|에서|에는|에|의|과|와)?(?![가-힣]))"
)

# Words right after a name that take it back ("North Pyongan Province -- I beg your pardon,
# in South Pyongan"): the speaker's slip, no place of the text's.
_TAKEN_BACK = re.compile(
    r"(?:[ \t]+(?:Province|province|County|county))?[ \t]*(?:--|—|–|,)[ \t]*"
    r"(?:I beg your pardon|sorry|pardon me|I mean|correction)\b"
)

# The unit words a bare Korean stem may stand for ("북창" for 북창군).
_UNIT_SUFFIXES = ("군", "시", "구역")
# A particle on the last stem of such a run ("…·철원·길주에서").
_LAST_ITEM_PARTICLE = re.compile(r"(?:에서는|에서도|에서|에는|에도|에|은|는|이|가|과|와|의|을|를)$")
# Korean place stems joined by "·" with no unit word at all, each with an optional aside.
_BARE_RUN = re.compile(
    r"(?<![가-힣·])[가-힣]{2,4}(?:\([^()\n]{0,30}\))?(?:·[가-힣]{2,4}(?:\([^()\n]{0,30}\))?){2,}"
    r"(?![가-힣·])"
    # (or two, taken together as a subject or a place: "북창·신양은 12/3에 …")
    r"|(?<![가-힣·])[가-힣]{2,4}·[가-힣]{2,4}(?=(?:은|는|이|가|에서|에는|에)(?![가-힣]))"
)


@dataclass(slots=True)
class _Entry:
    """Everything one surface form can stand for."""

    surface: str  # lower-cased (Latin) or as written (Hangul)
    kind: str  # unit | province
    units: list[AdminUnit] = field(default_factory=list)
    current: list[bool] = field(default_factory=list)  # per unit: named by a current name
    province: str | None = None
    inherent_explicit: bool = False  # the surface carries its unit word (성천군, -namdo)
    explicit_only: bool = False
    needs_context: bool = False


@dataclass(slots=True)
class _Hit:
    start: int
    name_end: int
    end: int
    entry: _Entry
    explicit: bool
    plural: bool = False
    prefix_plural: bool = False


class PlaceMatcher:
    """The compiled matcher for one gazetteer (build once, reuse: see ``Gazetteer.find``)."""

    def __init__(
        self, units: Iterable[AdminUnit], provinces: Iterable[Province], rules: MatchingRules
    ) -> None:
        self.rules = rules
        self._latin: dict[str, _Entry] = {}
        self._hangul: dict[str, _Entry] = {}
        self._key_single: dict[str, _Entry] = {}
        for province in provinces:
            for variant in province_variants(province):
                first_word = variant.text.lower().replace("-", " ").split()[0]
                if first_word in rules.context_required:
                    continue  # "Gangwon" in English text is South Korea's province
                table = self._hangul if variant.script == "hangul" else self._latin
                surface = variant.text if variant.script == "hangul" else variant.text.lower()
                surface = unify_apostrophes(surface)
                entry = table.setdefault(surface, _Entry(surface, "province"))
                entry.province = province.name_en
                entry.inherent_explicit = (
                    variant.script == "latin"
                    and bool(re.search(r"-(?:namdo|bukto|do)$|(?:nam|buk)-do$", surface))
                    or (variant.script == "hangul" and surface.endswith(("도", "시")))
                )
        province_surfaces = set(self._latin) | set(self._hangul)
        self._province_entries = {
            entry.province: entry
            for surface, entry in self._latin.items()
            if entry.province is not None and surface == entry.province.lower()
        }
        for unit in units:
            self._add_unit(unit, province_surfaces)
        self._latin_first: dict[str, list[tuple[str, _Entry]]] = {}
        self._plain_words: dict[str, bool] = {}
        for surface, entry in self._latin.items():
            first_word_match = _FIRST_WORD.match(surface)
            first = first_word_match.group() if first_word_match else surface
            self._latin_first.setdefault(first, []).append((surface, entry))
        for options in self._latin_first.values():
            options.sort(key=lambda item: len(item[0]), reverse=True)
        self._hangul_lengths = sorted({len(s) for s in self._hangul}, reverse=True)
        # The lengths of the spellings that start with each two syllables, longest first:
        # a run is looked up only at the lengths that can match it.
        by_pair: dict[str, set[int]] = {}
        for surface in self._hangul:
            by_pair.setdefault(surface[:2], set()).add(len(surface))
        self._hangul_by_pair = {
            pair: tuple(sorted(lengths, reverse=True)) for pair, lengths in by_pair.items()
        }
        firsts = "".join(sorted({s[0] for s in self._hangul}))
        seconds = "".join(sorted({s[1] for s in self._hangul if len(s) > 1}))
        # The look-behinds come after the first character so that the regex engine can
        # skip ahead by the first character's class (several times faster than a leading
        # look-behind on ~2 KB reports).
        self._scan_latin = re.compile(rf"[A-ZŎŬ](?<![^\W\d_].){_LATIN_WORD_REST}")
        self._scan_hangul = re.compile(rf"[{firsts}](?<![가-힣].)[{seconds}][가-힣]*")

    # --- building -----------------------------------------------------------------------

    def _add_unit(self, unit: AdminUnit, province_surfaces: set[str]) -> None:
        # Hangul variants carry the unit's own suffix (or their alternative name's), never
        # another one: 강동군 is Kangdong County, Seoul's 강동구 is not a variant of it.
        for variant in unit_variants(unit):
            if variant.script == "hangul":
                surface = variant.text
                table = self._hangul
            else:
                surface = unify_apostrophes(variant.text.lower())
                table = self._latin
            if surface in province_surfaces:
                continue  # "Kaesong", "Nampho City": the province wins in running text
            entry = table.get(surface)
            if entry is None:
                entry = _Entry(surface, "unit", inherent_explicit=variant.script == "hangul")
                if variant.script == "latin":
                    key = normalize_place(surface)
                    joined = not any(mark in surface for mark in " -'")
                    entry.explicit_only = key in self.rules.explicit_only_keys and not (
                        joined and key in self.rules.person_name_keys
                    )
                entry.needs_context = surface in self.rules.context_required
                table[surface] = entry
            if unit in entry.units:
                index = entry.units.index(unit)
                entry.current[index] = entry.current[index] or not variant.former
            else:
                entry.units.append(unit)
                entry.current.append(not variant.former)
            # MR writes ㅈ as "ch", which the fallback key keeps apart from "j": index only
            # the spellings that write ㅈ as "j" (KCNA, RR and forms made from them).
            single_word = " " not in surface and "-" not in surface
            if variant.script == "latin" and single_word and variant.origin != "mr":
                key_entry = self._key_single.setdefault(
                    affricate_key(surface), _Entry(surface, "unit")
                )
                if unit not in key_entry.units:
                    key_entry.units.append(unit)
                    key_entry.current.append(not variant.former)
                key_entry.explicit_only = key_entry.explicit_only or entry.explicit_only

    @property
    def surface_count(self) -> int:
        return len(self._latin) + len(self._hangul)

    def latin_surfaces(self) -> list[str]:
        return list(self._latin)

    def hangul_surfaces(self) -> list[str]:
        return list(self._hangul)

    # --- matching -----------------------------------------------------------------------

    def find(self, text: str) -> list[PlaceMatch]:
        lowered = self._lowered(text)
        hits = self._scan_hits(text, lowered)
        if not hits:
            return []
        self._propagate_enumerations(hits, lowered)
        if "\n" in text and any(
            len(hit.entry.units) > 1 or hit.entry.explicit_only for hit in hits
        ):
            coded = self._province_code_hits(text, hits)
            if coded:
                hits = sorted(hits + coded, key=lambda hit: hit.start)
        return self._resolve(hits, text)

    def _province_code_hits(self, text: str, hits: list[_Hit]) -> list[_Hit]:
        """A table's province column written in codes ("N.Phy", "SPA", "Jag"): the codes
        are learnt from the table itself, from the rows whose place has one province, so
        that a shared or short name's row ("| 09 | Unsan | N.Phy |", "Usi  JG") is placed.
        A column counts where three rows or more vouch for it and no code in it stands for
        two provinces, nor two codes for one (a facility column's "F" stands for many)."""
        rows: dict[int, list[_Cell]] = {}  # line start -> its cells
        evidence: dict[tuple[str, int], dict[str, set[str]]] = {}
        vouching: dict[tuple[str, int], int] = {}
        for hit in hits:
            if hit.entry.kind != "unit":
                continue
            line_start = text.rfind("\n", 0, hit.start) + 1
            cells = rows.get(line_start)
            if cells is None:
                cells = rows[line_start] = _row_cells(text, line_start)
            if len(hit.entry.units) != 1 or hit.entry.explicit_only or hit.entry.needs_context:
                continue
            province = hit.entry.units[0].province
            for cell in _code_cells(cells, after=hit.end):
                evidence.setdefault(cell.column, {}).setdefault(cell.value, set()).add(province)
                vouching[cell.column] = vouching.get(cell.column, 0) + 1
        columns: dict[tuple[str, int], dict[str, str]] = {}
        for column, codes in evidence.items():
            if vouching[column] < _CODE_ROWS_MIN or any(len(named) > 1 for named in codes.values()):
                continue
            mapping = {code: next(iter(named)) for code, named in codes.items()}
            if len(set(mapping.values())) == len(mapping):
                columns[column] = mapping
        if not columns:
            return []
        coded: list[_Hit] = []
        for cells in rows.values():
            for cell in _code_cells(cells, after=-1):
                province = columns.get(cell.column, {}).get(cell.value)
                entry = self._province_entries.get(province) if province else None
                if entry is not None:
                    coded.append(_Hit(cell.start, cell.end, cell.end, entry, explicit=False))
        return coded

    def names_unit(self, text: str) -> bool:
        """Could `find` report a unit in this text, or in any part of it cut at a sentence end?

        A lexical test, cheaper than `find`: a spelling of a unit is written there. The rules
        that `find` applies afterwards (unit words, feature words, datelines, provinces in
        context, the longest spelling winning) only ever drop a unit, so they are left out:
        False proves that `find` names no unit, True only that it might.
        """
        # Korean copy names its counties in Hangul: look there first.
        if not text.isascii() and (
            self._hangul_names_unit(text)
            or ("·" in text and self._bare_run_hits(text, set()))
            or self._stem_after_province_hits(text)
        ):
            return True
        lowered = self._lowered(text)
        first_words = self._latin_first
        key_single = self._key_single
        plain_words = self._plain_words
        unit_suffix = self.rules.unit_suffix
        for token in self._scan_latin.finditer(text):
            start, token_end = token.span()
            word = lowered[start:token_end]
            bare = word[:-2] if word.endswith("'s") else word
            if word in first_words or bare in first_words:
                for first in {word, bare}:
                    for surface, entry in first_words.get(first, ()):
                        if (
                            entry.kind == "unit"
                            and lowered.startswith(surface, start)
                            and _word_ends(lowered, start + len(surface))
                        ):
                            return True
            if (
                len(bare) >= 4
                and (
                    not (plain_words.get(bare) or self._is_plain(bare))
                    or unit_suffix.match(lowered, start + len(bare))
                )
                and affricate_key(bare) in key_single
            ):
                return True
        return False

    def _hangul_names_unit(self, text: str) -> bool:
        """`names_unit` for the Hangul spellings."""
        for token in self._scan_hangul.finditer(text):
            run = token.group()
            offset = 0
            while offset < len(run):
                found = self._hangul_prefix(run, offset)
                if found is None:
                    break
                if found.kind == "unit":
                    return True
                offset += len(found.surface)
        return False

    def _hangul_prefix(self, run: str, offset: int) -> _Entry | None:
        """The longest Hangul spelling that starts `run[offset:]`."""
        lengths = self._hangul_by_pair.get(run[offset : offset + 2], ())
        size = len(run) - offset
        hangul = self._hangul
        for length in lengths:
            if length <= size and (found := hangul.get(run[offset : offset + length])):
                return found
        return None

    @staticmethod
    def _lowered(text: str) -> str:
        """Lower-cased text with the same offsets, apostrophes unified."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters lower-case to two; keep offsets
            lowered = "".join(ch.lower()[0] for ch in text)
        if "’" in lowered or "ʼ" in lowered or "‘" in lowered or "`" in lowered:
            lowered = unify_apostrophes(lowered)
        return lowered

    def _scan_hits(self, text: str, lowered: str) -> list[_Hit]:
        hits: list[_Hit] = []
        free_from = 0
        first_words = self._latin_first
        plain_words = self._plain_words
        unit_suffix = self.rules.unit_suffix
        for token in self._scan_latin.finditer(text):
            start, token_end = token.span()
            if start < free_from:
                continue
            # Fast path: most capitalized words (Kim, Party, Korea) are not names and do
            # not look romanized; skip them without a function call.
            word = lowered[start:token_end]
            if word not in first_words and (plain_words.get(word) or self._is_plain(word)):
                if token_end - start < 4 or lowered[token_end : token_end + 1] not in _JOINERS:
                    continue
                if word[-2:] != "'s" and not unit_suffix.match(lowered, token_end):
                    continue
            hit = self._latin_hit(text, lowered, start, token_end)
            if hit is not None:
                hits.append(hit)
                free_from = hit.end
        hangul_hits: list[_Hit] = []
        # An ASCII text (str.isascii is a flag test) holds no Hangul: no scan.
        hangul_tokens = () if text.isascii() else self._scan_hangul.finditer(text)
        for token in hangul_tokens:
            hangul_hits += self._hangul_hits(text, token.group(), token.start())
        if "·" in text and not text.isascii():
            known = {hit.start for hit in hangul_hits}
            if hangul_hits:
                hangul_hits += self._shared_suffix_hits(text, known)
            hangul_hits += self._bare_run_hits(text, {hit.start for hit in hangul_hits})
        if hangul_hits and any(hit.entry.kind == "province" for hit in hangul_hits):
            known = {hit.start for hit in hangul_hits}
            # (a province name that is a word of its own: "평남 북창", not "평남도당")
            ends = [
                (hit.end, hit.entry)
                for hit in hangul_hits
                if hit.entry.kind == "province"
                and (hit.start == 0 or not "가" <= text[hit.start - 1] <= "힣")
                and (hit.end == len(text) or not "가" <= text[hit.end] <= "힣")
            ]
            hangul_hits += [
                hit
                for hit in self._stem_after_province_hits(text, ends)
                if hit.start not in known
            ]
        facility_word = self.rules.hangul_facility_word
        if facility_word is not None and not text.isascii():
            covered = [(hit.start, hit.end) for hit in hangul_hits]
            hangul_hits += self._stem_before_facility_hits(text, facility_word, covered)
        if hangul_hits:
            hits = sorted(hits + hangul_hits, key=lambda hit: hit.start)
        return hits

    def _stem_before_facility_hits(
        self, text: str, pattern: re.Pattern[str], covered: list[tuple[int, int]]
    ) -> list[_Hit]:
        """Korean stems written without their unit word before a site's facility word
        ("신의주온실종합농장", "신의주 온실농장"): the unit, when exactly one unit has that
        stem. With a space between, only a whole word of three syllables or more (two are
        too often a common word: "구성 공장")."""
        hits: list[_Hit] = []
        # The facility word first (rare), then the run of Hangul right before it.
        for found in pattern.finditer(text):
            end = found.start()
            spaced = end > 0 and text[end - 1] == " "
            if spaced:
                end -= 1
            start = end
            while start > 0 and end - start <= 5 and "가" <= text[start - 1] <= "힣":
                start -= 1
            if not 2 <= end - start <= 5 or any(a <= start < b for a, b in covered):
                continue
            if spaced and (end - start < 3 or (start > 0 and "가" <= text[start - 1] <= "힣")):
                continue
            stem = text[start:end]
            units = {
                unit.id: entry
                for suffix in _UNIT_SUFFIXES
                if (entry := self._hangul.get(stem + suffix)) is not None and entry.kind == "unit"
                for unit in entry.units
            }
            if len(units) == 1:
                (entry,) = units.values()
                if spaced and any(
                    normalize_place(unit.name_en) in self.rules.explicit_only_keys
                    for unit in entry.units
                ):
                    continue  # "김정숙 병원": a person's name, as in English
                hits.append(_Hit(start, end, end, entry, True))
        return hits

    def _stem_after_province_hits(
        self, text: str, provinces: list[tuple[int, _Entry]] | None = None
    ) -> list[_Hit]:
        """Korean stems written without their unit word right after their own province's
        name ("평남 북창·강원 철원·자강 장강"): the unit of that province with that stem.
        `provinces`: where the province names found end, if they are known already."""
        hits: list[_Hit] = []
        hangul = self._hangul
        if provinces is None:
            provinces = [
                (token.end(), entry)
                for token in self._scan_hangul.finditer(text)
                if (entry := hangul.get(token.group())) is not None and entry.kind == "province"
            ]
        for end, province in provinces:
            found = _STEM_AFTER_PROVINCE.match(text, end)
            if found is None:
                continue
            stem = found["stem"]
            entries = {
                id(entry): entry
                for suffix in _UNIT_SUFFIXES
                if (entry := hangul.get(stem + suffix)) is not None
                and entry.kind == "unit"
                and any(unit.province == province.province for unit in entry.units)
            }
            if len(entries) == 1:
                (entry,) = entries.values()
                at = found.start("stem")
                hits.append(_Hit(at, at + len(stem), at + len(stem), entry, True))
        return hits

    def _shared_suffix_hits(self, text: str, known: set[int]) -> list[_Hit]:
        """Korean stems that share the unit word of the last one ("신양·낭림·대관·부령군에서"):
        each stem with that word is the unit, when the gazetteer has it."""
        hits: list[_Hit] = []
        for enumeration in _SHARED_SUFFIX.finditer(text):
            suffix = enumeration["suffix"]
            at = enumeration.start()
            for stem in enumeration["stems"].split("·")[:-1]:
                entry = self._hangul.get(stem + suffix)
                if entry is not None and entry.kind == "unit" and at not in known:
                    hits.append(_Hit(at, at + len(stem), at + len(stem), entry, True))
                at += len(stem) + 1
        return hits

    def _bare_run_hits(self, text: str, known: set[int]) -> list[_Hit]:
        """Korean stems run together by "·" without any unit word ("은파·구장·운산(평북)·연탄
        ·은천"): each stem is its unit when every item of a run of three or more names one (a
        run of other words, "식료·일용품·피복", names none), or of two made a subject or a place
        ("북창·신양은")."""
        hits: list[_Hit] = []
        for run in _BARE_RUN.finditer(text):
            items: list[_Hit] = []
            at = run.start()
            items_text = run.group().split("·")
            for number, item in enumerate(items_text):
                stem = item.split("(", 1)[0]
                if (
                    number == len(items_text) - 1
                    and number >= 2
                    and not any(self._hangul.get(stem + suffix) for suffix in _UNIT_SUFFIXES)
                    and (particle := _LAST_ITEM_PARTICLE.search(stem)) is not None
                ):
                    # (the last of a run may carry the particle of the whole: "북창·염주·
                    # 배천·장강·철원·길주에서")
                    stem = stem[: particle.start()]
                entries = {
                    id(entry): entry
                    for suffix in _UNIT_SUFFIXES
                    if (entry := self._hangul.get(stem + suffix)) is not None
                    and entry.kind == "unit"
                }
                if at in known or len(entries) != 1:
                    if at not in known and not entries:
                        items = []
                        break
                else:
                    (entry,) = entries.values()
                    items.append(_Hit(at, at + len(stem), at + len(stem), entry, True))
                at += len(item) + 1
            hits += items
        return hits

    def _is_plain(self, word: str) -> bool:
        """Does a word (not a first word of a name) look unromanized? Remembered per word:
        the same capitalized words (Party, Committee, Korea) come back in every report."""
        plain = self._plain_words.get(word)
        if plain is None:
            if len(self._plain_words) >= _PLAIN_WORDS_KEPT:
                self._plain_words.clear()
            plain = self._plain_words[word] = _MARKED.search(word) is None
        return plain

    def _latin_hit(self, text: str, lowered: str, start: int, token_end: int) -> _Hit | None:
        word = lowered[start:token_end]
        options = self._latin_first.get(word)
        if options is None and word.endswith("'s"):
            options = self._latin_first.get(word[:-2])
        name_end = -1
        entry: _Entry | None = None
        if options:
            for surface, candidate in options:
                end = start + len(surface)
                if lowered.startswith(surface, start) and _word_ends(lowered, end):
                    name_end, entry = end, candidate
                    break
        if entry is None:
            # A spelling no rule produced ("Sŏngchon", "Gusong City", "Ryongang County"):
            # try the normalized key, but only for words that look romanized or that a unit
            # word follows, so that ordinary English words are never keyed.
            bare = word[:-2] if word.endswith("'s") else word
            if len(bare) < 4:
                return None
            if not _MARKED.search(bare) and not self.rules.unit_suffix.match(
                lowered, start + len(bare)
            ):
                return None
            name_end = start + len(bare)
            # (not a word run on into digits: the user name "Sŏnbong88")
            if not _word_ends(lowered, name_end):
                return None
            entry = self._key_single.get(affricate_key(bare))
            if entry is None:
                return None
        rules = self.rules
        suffix_re = rules.unit_suffix if entry.kind == "unit" else rules.province_suffix
        suffix = suffix_re.match(lowered, name_end)
        end = suffix.end() if suffix else name_end
        explicit = entry.inherent_explicit or suffix is not None
        plural = bool(suffix and (suffix.group(1) or "") in rules.plural_suffixes)
        prefix_plural = False
        if entry.kind == "unit" and not explicit:
            prefix = rules.unit_prefix.search(lowered, max(0, start - 40), start)
            if prefix:
                explicit = True
                prefix_plural = prefix.group(1).split()[0] in rules.plural_suffixes
        if not explicit:
            if rules.suppress_after.match(lowered, name_end):
                return None
            if rules.suppress_before.search(lowered, max(0, start - 8), start):
                return None
        if entry.kind == "province":
            if self._is_dateline(text, start, name_end):
                return None
            if (
                not explicit
                and entry.province in rules.government_provinces
                and rules.government_verb.match(lowered, name_end)
            ):
                return None  # "Pyongyang has not disclosed ...": the government
        return _Hit(start, name_end, end, entry, explicit, plural, prefix_plural)

    def _hangul_hits(self, text: str, run: str, start: int) -> list[_Hit]:
        hits: list[_Hit] = []
        offset = 0
        while offset < len(run):
            found = self._hangul_prefix(run, offset)
            if found is None:
                break
            begin, end = start + offset, start + offset + len(found.surface)
            if found.kind == "province" and self._is_dateline(text, begin, end):
                break
            hits.append(_Hit(begin, end, end, found, found.inherent_explicit))
            if found.kind != "province":
                break  # what follows a unit name is a particle or a compound, not a name
            offset += len(found.surface)
        return hits

    def _is_dateline(self, text: str, start: int, end: int) -> bool:
        after = text[end : end + 40]
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        # The short `after` test first: it fails for nearly every mention.
        return any(a.match(after) and b.search(before) for b, a in self.rules.datelines)

    def _propagate_enumerations(self, hits: list[_Hit], lowered: str) -> None:
        """ "Kyongsong and Orang counties", "the counties of Sinyang and Maengsan"."""
        connector = self.rules.connector
        units = [hit for hit in hits if hit.entry.kind == "unit"]
        linked = [
            connector.match(lowered, a.end, b.start) is not None
            for a, b in zip(units, units[1:], strict=False)
        ]
        for index in range(len(units) - 2, -1, -1):  # backwards from a plural unit word
            if linked[index] and units[index + 1].plural and not units[index].explicit:
                units[index].explicit = units[index].plural = True
        for index in range(len(units) - 1):  # forwards from "counties of"
            if units[index].prefix_plural and linked[index] and not units[index + 1].explicit:
                units[index + 1].explicit = units[index + 1].prefix_plural = True
        # A short name in a run of other places, each perhaps with a bracketed aside or its
        # day ("Kujang (24th), Usi (25th), Kosan (29th)", "Kujang on January 24 and Usi on
        # January 25", "the factories at Usi and Unpha"): it is a place of the run, at its
        # start, in its middle or at its end.
        for index, hit in enumerate(units):
            if not hit.entry.explicit_only or hit.explicit:
                continue
            after = units[index + 1] if index + 1 < len(units) else None
            if after is not None and not self._linked_past_aside(lowered, hit.end, after.start):
                after = None
            before = units[index - 1] if index else None
            if before is None or not self._linked_past_aside(lowered, before.end, hit.start):
                hit.explicit = after is not None and not after.entry.explicit_only
            elif (
                not before.entry.explicit_only
                and (after is None or not after.entry.explicit_only)
                and (after is not None or index >= 2 or _ASIDE.match(lowered, hit.end))
            ):
                hit.explicit = True

    def _linked_past_aside(self, lowered: str, end: int, start: int) -> bool:
        """Are two names joined by a connector, after a bracketed aside to the first?"""
        aside = _ASIDE.match(lowered, end, start)
        at = aside.end() if aside is not None else end
        return self.rules.connector.match(lowered, at, start) is not None

    # --- resolution ---------------------------------------------------------------------

    def _resolve(self, hits: list[_Hit], text: str) -> list[PlaceMatch]:
        # (not a province the speaker takes back at once: "in North Pyongan Province -- I beg
        # your pardon, in South Pyongan Province")
        provinces = [
            hit
            for hit in hits
            if hit.entry.kind == "province"
            and _TAKEN_BACK.match(text, hit.end) is None
        ]
        breaks: list[int] | None = None
        matches: list[PlaceMatch] = []
        confirmed: set[str] = set()  # units of shared names the text has placed
        for hit in hits:
            entry = hit.entry
            surface = text[hit.start : hit.end]
            if entry.kind == "province":
                matches.append(
                    PlaceMatch(
                        hit.start,
                        hit.end,
                        surface,
                        "province",
                        None,
                        (),
                        entry.province,
                        hit.explicit,
                    )
                )
                continue
            if (
                entry.explicit_only
                and not hit.explicit
                and not _own_province_follows(hit, provinces, text)
                and not _spelled_again_beside(hit, hits, text)
            ):
                continue
            candidates = tuple(entry.units)
            chosen: AdminUnit | None = candidates[0] if len(candidates) == 1 else None
            if entry.needs_context or len(candidates) > 1:
                if breaks is None:
                    breaks = [m.end() for m in _SENTENCE_END.finditer(text)]
                wanted = {unit.province for unit in candidates}
                scopes = _scopes(hit, breaks, text)
                # A South Korean homonym counts only with its province in the paragraph.
                if (
                    entry.needs_context
                    and not _nearest_province(hit, provinces, scopes[:2], wanted)
                    and not _listed_with_the_norths(hit, provinces, scopes[0], text)
                    and not _in_a_table_of_the_norths(hit, provinces, scopes[1], text)
                    # ("KJU at Gangdong county yesterday": Seoul's Gangdong is a district)
                    and not (
                        entry.surface in self.rules.county_only_northern
                        and _COUNTY_WORD.match(text, hit.name_end, hit.end) is not None
                    )
                    # (Once the text has placed it, "Gangdong county, on the edge of
                    # Pyongyang", its later bare mentions are that county too.)
                    and not (
                        confirmed.intersection(unit.id for unit in candidates)
                        and _SOUTHERN_CONTEXT.search(text, *scopes[0]) is None
                    )
                ):
                    continue
                if entry.needs_context:
                    confirmed.update(unit.id for unit in candidates)
                if len(candidates) > 1:
                    named = _nearest_province(hit, provinces, scopes[:1], wanted)
                    # Without a province in its sentence, a homonym is the one the text has
                    # already named unambiguously ("Eunsan County, South Pyongan ... the
                    # Unsan Paper Mill"); else the province nearest in paragraph or text.
                    # ... or the one another spelling on its line names ("18  Unsan (paper
                    # mill)   Eunsan   SPA": a table's KCNA and Revised Romanization columns)
                    if named is None:
                        named = _spelled_out_on_its_line(hit, hits, candidates, text)
                    earlier = [
                        m.unit for m in matches if m.unit is not None and m.unit in candidates
                    ]
                    if named is None and earlier:
                        named = earlier[-1].province
                    if named is None:
                        named = _nearest_province(hit, provinces, scopes[1:], wanted)
                    in_named = [unit for unit in candidates if unit.province == named]
                    current = [
                        unit
                        for unit, is_current in zip(candidates, entry.current, strict=True)
                        if is_current
                    ]
                    if len(in_named) == 1:
                        chosen = in_named[0]
                    elif named is None and len(current) == 1:
                        chosen = current[0]
            matches.append(
                PlaceMatch(
                    hit.start,
                    hit.end,
                    surface,
                    "unit",
                    chosen,
                    candidates,
                    chosen.province if chosen else None,
                    hit.explicit,
                )
            )
        return matches


# What may stand between a name and its other spelling: a bracket, a slash, a bar or a
# fixed-width table's gap, and at most one aside in brackets ("(paper mill)").
_SPELLING_BESIDE = re.compile(
    r"[ \t]*(?:\([^()\n]{1,30}\))?(?:[ \t]*[(/|][ \t]*|[ \t]{2,}|\t)"
)


# A province's code in a table's cell: "NPA", "N.Phy", "Jag", "S.Hwh".
_PROVINCE_CODE = re.compile(r"[A-Z](?:[A-Za-z]{0,3}|\.[A-Z][a-z]{1,3}|[A-Z]?\.[A-Z][a-z]?)")
_CELL_SEPARATORS = (("|", re.compile(r"\|")), ("\t", re.compile(r"\t")))
_COMMA = re.compile(",")
# How many rows whose place has one province must vouch for a column of codes.
_CODE_ROWS_MIN = 3
_FIXED_WIDTH_GAP = re.compile(r"[ \t]{2,}")


@dataclass(slots=True)
class _Cell:
    column: tuple[str, int]  # ("cell", its number) or ("at", where it starts on its line)
    start: int
    end: int
    value: str


def _row_cells(text: str, line_start: int) -> list[_Cell]:
    """The cells of a table's row (between bars, tabs or commas, numbered from the first; or
    two spaces or more in a fixed-width table, by where they start); [] for a line that is
    no table's row."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    separator = next((pattern for mark, pattern in _CELL_SEPARATORS if mark in line), None)
    if separator is None and line.count(",") >= 3:
        separator = _COMMA
    fixed = separator is None
    cells: list[_Cell] = []
    at = 0
    for cut in [*(separator or _FIXED_WIDTH_GAP).finditer(line), None]:
        cell_end = cut.start() if cut is not None else len(line)
        raw = line[at:cell_end]
        value = raw.strip()
        start = at + (len(raw) - len(raw.lstrip()))
        if value or not fixed:
            column = ("at", start) if fixed else ("cell", len(cells))
            cells.append(_Cell(column, line_start + start, line_start + start + len(value), value))
        at = cut.end() if cut is not None else len(line)
    return cells if sum(1 for cell in cells if cell.value) >= 3 else []


def _code_cells(cells: list[_Cell], after: int) -> list[_Cell]:
    """The row's cells after `after` that hold nothing but a province code."""
    return [
        cell
        for cell in cells
        if cell.start > after and _PROVINCE_CODE.fullmatch(cell.value) is not None
    ]


def _spelled_out_on_its_line(
    hit: _Hit, hits: list[_Hit], candidates: tuple[AdminUnit, ...], text: str
) -> str | None:
    """The province of the one candidate that the next cell or a bracket beside the hit
    spells unambiguously ("Unsan (Ŭnsan)", a table's "Unsan (paper mill)   Eunsan"), if
    just one is; not one set against it ("Unsan, not Ŭnsan")."""
    named = {
        other.entry.units[0].province
        for other in hits
        if other.entry.kind == "unit"
        and len(other.entry.units) == 1
        and other.entry.units[0] in candidates
        and (
            _SPELLING_BESIDE.fullmatch(text, hit.end, other.start) is not None
            or _SPELLING_BESIDE.fullmatch(text, other.end, hit.start) is not None
        )
    }
    return named.pop() if len(named) == 1 else None


def _own_province_follows(hit: _Hit, provinces: list[_Hit], text: str) -> bool:
    """Is a bare short name followed straight away by its own province ("Usi (Jagang)",
    "Usi, Jagang Province", "Usi in Jagang", a table's "| Usi | Jagang |")? That says it is
    the unit, as a unit word would."""
    wanted = {unit.province for unit in hit.entry.units}
    for province in provinces:
        if province.start < hit.end:
            continue
        gap = text[hit.end : province.start]
        right_after = _PROVINCE_RIGHT_AFTER.fullmatch(gap) is not None
        return right_after and province.entry.province in wanted
    return False


def _spelled_again_beside(hit: _Hit, hits: list[_Hit], text: str) -> bool:
    """Is a bare short name followed by another spelling of the same unit in brackets
    ("Usi (Usi)", "Usi (우시)", "Kim Jong Suk (Kim Chŏngsuk)")? Only a place's name is
    glossed that way."""
    bracket = _BRACKET_AFTER.match(text, hit.end)
    if bracket is None:
        return False
    inside = bracket.group(1).strip()
    units = hit.entry.units
    if any(
        other.start >= bracket.start(1) and other.end <= bracket.end(1)
        and any(unit in units for unit in other.entry.units)
        for other in hits
    ):
        return True
    # (a Korean stem without its unit word is no hit of its own: "우시" for 우시군)
    return any(inside in (unit.name_ko, unit.name_ko[:-1], unit.name_ko_south[:-1])
               for unit in units if unit.name_ko)


_BRACKET_AFTER = re.compile(r"[ \t]*[(\[]([^()\[\]\n]{1,25})[)\]]")


# A bracketed aside right after a name: " (25th)", " (Jagang)".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ASIDE = re.compile(
    r"[ \t]*(?:\([^()\n]{0,30}\)"
    # ... or its day: "Kujang on January 24 and Usi on January 25"
    rf"|on (?:{_MONTH} [0-9]{{1,2}}(?:st|nd|rd|th)?|[0-9]{{1,2}} {_MONTH}"
    r"|the [0-9]{1,2}(?:st|nd|rd|th)))"
)
# Between a name and its province: "Usi (Jagang)", "Usi, Jagang Province", "11;Usi;Chagang",
# "Usi in Jagang", a fixed-width table's "Usi      Chagang-do".
# "Usi (우시) | Jagang", "Usi, up in Jagang".
_PROVINCE_RIGHT_AFTER = re.compile(
    r"(?:[ \t]*\([^()\n]{1,25}\))?"
    r"(?:\s*[,(|;\t]\s*(?:(?:up|over|out|down)\s+in\s+(?:the\s+)?)?|\s+in\s+(?:the\s+)?|[ ]{2,})"
)


def _scopes(hit: _Hit, breaks: list[int], text: str) -> list[tuple[int, int]]:
    """Sentence, paragraph and whole text around a hit, as (start, end) offsets."""
    index = bisect_right(breaks, hit.start)
    sentence = (
        breaks[index - 1] if index else 0,
        breaks[index] if index < len(breaks) else len(text),
    )
    paragraph_start = text.rfind("\n", 0, hit.start) + 1
    paragraph_end = text.find("\n", hit.end)
    paragraph = (paragraph_start, len(text) if paragraph_end < 0 else paragraph_end)
    return [sentence, paragraph, (0, len(text))]


# Words that put a sentence in the South ("the Seoul district").
_SOUTHERN_CONTEXT = re.compile(r"\b(?:Seoul|South Korea|Gyeonggi|Incheon|Busan)\b|서울|남한")
# The province name both Koreas use, in the South's romanisation ("Cheorwon in Gangwon
# Province"): it tells the North's county from the South's only by the company it keeps.
_SHARED_PROVINCE_AFTER = re.compile(r",?[ \t]+(?:in[ \t]+)?Gangwon\b")


def _listed_with_the_norths(
    hit: _Hit, provinces: list[_Hit], sentence: tuple[int, int], text: str
) -> bool:
    """Is a name shared with the South given "in Gangwon Province" in a sentence that names
    the North's provinces for its other places ("Pukchang in South Pyongan Province and
    Cheorwon in Gangwon Province")?"""
    low, high = sentence
    return _SHARED_PROVINCE_AFTER.match(text, hit.end) is not None and any(
        low <= p.start < high for p in provinces
    )


# The next cell of a table row gives the province both Koreas call 강원도, in the South's
# romanisation ("| Cheorwon-gun | Gangwon-do |", "| Cheorwon (factories) | Gangwon-do |").
_SHARED_PROVINCE_NEXT_CELL = re.compile(r"[^|\n]{0,24}\|[ \t]*Gangwon\b")
_TABLE_OF_THE_NORTHS_MIN = 3  # rows naming the North's provinces


def _in_a_table_of_the_norths(
    hit: _Hit, provinces: list[_Hit], row: tuple[int, int], text: str
) -> bool:
    """Is a name shared with the South given "| Gangwon-do |" in a table whose other rows
    name the North's provinces (a table of the North's sites written in Revised
    Romanization)?"""
    low, high = row
    if text.count("|", low, high) < 2 or _SHARED_PROVINCE_NEXT_CELL.match(text, hit.end) is None:
        return False
    if _SOUTHERN_CONTEXT.search(text, low, high) is not None:
        return False
    rows = {text.rfind("\n", 0, p.start) for p in provinces if not low <= p.start < high}
    return len(rows) >= _TABLE_OF_THE_NORTHS_MIN


def _nearest_province(
    hit: _Hit, provinces: list[_Hit], scopes: list[tuple[int, int]], wanted: set[str]
) -> str | None:
    """The province nearest to a hit among those in ``wanted``, searching scope by scope."""
    for low, high in scopes:
        near = [p for p in provinces if low <= p.start < high and p.entry.province in wanted]
        if near:
            best = min(near, key=lambda p: min(abs(p.start - hit.end), abs(hit.start - p.end)))
            return best.entry.province
    return None


def _word_ends(lowered: str, end: int) -> bool:
    """The name ends at a word boundary (a possessive 's is fine)."""
    if end >= len(lowered):
        return True
    char = lowered[end]
    if char.isalnum() or char == "_":
        return False
    if char == "'" and end + 1 < len(lowered) and lowered[end + 1].isalpha():
        return lowered[end + 1] == "s" and not lowered[end + 2 : end + 3].isalpha()
    return True
