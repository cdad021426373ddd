"""Split report text into sentences and clauses, keeping character offsets."""

from __future__ import annotations

import re

# Abbreviations after which a full stop does not end a sentence (wire style dates, titles).
_MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
_ABBREVIATIONS = (
    _MONTH_ABBREVIATIONS
    | {"mr", "mrs", "ms", "dr", "st", "no", "vs", "u.s", "u.n", "n", "gen", "lt", "col"}
    | {"c", "ca"}  # (circa: "c. 25–26/02")
    # (a note's short forms: "CC sec. Pak Jong Chon", "CC dept director", "Kaephung Dist.")
    | {"sec", "dept", "prov", "dist", "govt", "approx"}
    | {"co", "cos"}  # (a county: "Songchon Co. (SPP) — first ground-breaking")
)
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
_SENTENCE_END = re.compile(
    r"[.!?。](?:\[[0-9]{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})?(?:[\"'”’)\]]*)(?=\s)|\n\s*\n|\n"
)
# The same ends, one kind at a time: a pattern that starts with one literal character is
# scanned several times faster than a character class. No match of one kind can contain the
# start of another (closing quotes and white space only), so merging the three lists in
# order gives exactly the matches of _SENTENCE_END.
# (a footnote's mark after the stop ends the sentence too: "... for ten years.[1] At a ...",
# "… 밝혔다.¹¹ 준공식 …")
_FULL_STOP_END = re.compile(r"\.(?:\[[0-9]{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})?(?:[\"'”’)\]]*)(?=\s)")
_LINE_END = re.compile(r"\n\s*\n|\n")
_NOTE_MARK_WITHIN = re.compile(r"(?<=\S)[ \t]+(?=※[ \t])")
_OTHER_END = re.compile(r"[!?。](?:[\"'”’)\]]*)(?=\s)")
_LOWER_CASE_NEXT = re.compile(r"[ \t]+[a-z]")
# A single line break inside a paragraph of hard-wrapped prose does not end a sentence.
_WRAPPED_LINE_MIN = 60
# ", following the start of work on the county hospital earlier this month": an earlier event.
_FOLLOWING_EVENT_EN = (
    r"following\s+the\s+(?:very\s+)?(?:first\s+)?(?:start|ground-?breaking|inauguration"
    r"|opening|completion|ceremon)\b"
)
FOLLOWING_EVENT_EN = re.compile(_FOLLOWING_EVENT_EN)
# Clause boundaries: coordination that usually starts a new predicate with its own date.
# ", nine months after ground was broken in B": an event at another, unstated time.
_CLAUSE_EN = re.compile(
    r";|,\s+(?:and|then|while|but|even though|although|though|whereas)\s+|\s+and\s+then\s+"
    r"|,\s+with\s+|\s+[—–]\s+(?:and|but)\s+"
    # (", after leader Kim broke ground in B on Feb. 28": another event, its own date)
    r"|,\s+(?=after\s+(?:leader\s+|the\s+leader\s+)?(?:Kim|he|she)\b)"
    r"|,\s+(?=(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?)\s+(?:after|before|since)\b)"
    # (", following the start of work on the county hospital earlier this month": the earlier
    # event, with its own date)
    r"|,\s+(?=" + _FOLLOWING_EVENT_EN + r")"
    # ("... had risen in 20 counties | within a year of the ground-breaking in B")
    r"|\s+(?=within\s+(?:a|an|one|two|three|four|five|six|[0-9]+)\s+(?:days?|weeks?|months?|years?)"
    r"\s+of\b)"
)
# The start of such a clause: its events take no date from the rest of the sentence.
INTERVAL_CLAUSE_EN = re.compile(
    r"(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?)\s+(?:after|before|since)\b"
    + r"|" + _FOLLOWING_EVENT_EN
    + r"|within\s+(?:a|an|one|two|three|four|five|six|[0-9]+)\s+(?:days?|weeks?|months?|years?)"
    r"\s+of\b"
)
# "The A ceremony came | a day after B was inaugurated": what follows is another event. Only
# tried in a sentence that has "came" or "followed" (a cheap test first).
_CLAUSE_EN_AFTER = re.compile(
    _CLAUSE_EN.pattern
    + r"|(?:(?<=\bcame)|(?<=\bfollowed))\s+(?=(?:a|an|one|two|three|[0-9]+)\s+days?\s+after\b)"
    # "The A ceremony follows | openings in B last month": B's events and B's date.
    + r"|(?:(?<=\bfollows)|(?<=\bcomes after)|(?<=\bcame after))\s+(?=(?:the\s+|similar\s+)?"
    r"(?:openings?|inaugurations?|ceremon|completions?|ground-?breakings?|those|ones?)\b)"
)
# A concessive clause ("Kim did not attend the A ceremony, even though he had toured the site
# on Dec. 3"): the clauses tell different events, each with its own date.
CONCESSIVE_EN = re.compile(r",\s+(?:even though|although|though|whereas)\s+")
# The end of a clause that such a comparison follows: its events are not the ones compared.
COMPARED_AFTER_EN = re.compile(r"(?:\bfollows|\bcomes after|\bcame after)$")
# Korean clauses end in a connective ending and a comma, or in a past-tense "-였으며".
_CLAUSE_KO = re.compile(
    r"(?:고|며|으며|했고|됐고|였고|으나|지만|는데|인데),\s|;\s|(?:였으며|었으며|시였으며)\s"
)


def sentence_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in text[start:]."""
    spans: list[tuple[int, int]] = []
    append = spans.append
    begin = start
    # (Only a text with bars, semicolons, tabs or double spaces can hold a table row: one test.)
    tabular = (
        "|" in text
        or ";" in text
        or "\t" in text
        or "  " in text
        or _TIGHT_COMMA.search(text) is not None
    )
    leaders = _DOT_LEADER in text
    for stop, end in _sentence_ends(text, start):
        char = text[stop]
        if char == "\n":
            if end - stop == 1 and (
                _is_wrapped(text, begin, stop) or (tabular and _row_goes_on(text, stop))
            ):
                continue
        elif char == "." and (
            (text[stop - 1 : stop].isdigit() and _in_spaced_date(text, stop))
            # (a date that labels its line: "26 February. Hwangju-gun (...): factories", "09
            # Feb ... Ryonggang (Nampho): F + hospital ground-breaking")
            or (stop - begin <= _DATE_LABEL_MAX and _DATE_LABEL.fullmatch(text, begin, stop))
            or (
                text.startswith("..", stop - 2)
                and stop - begin <= _DATE_LABEL_MAX
                and _DATE_LABEL.fullmatch(text, begin, _before_dots(text, begin, stop)) is not None
            )
            or _is_abbreviation(text, begin, stop)
            # (a speaker trailing off goes on with the same sentence: "on the twenty-fifth...
            # no, sorry, the twenty-sixth")
            or (text.startswith("..", stop - 2) and _LOWER_CASE_NEXT.match(text, stop + 1))
            or (stop - begin <= 3 and _is_list_number(text, begin, stop))
            or (tabular and _in_table_row(text, stop))
            or (leaders and _in_dot_leader(text, stop))
        ):
            continue
        elif char in "!?" and (
            _in_brackets(text, begin, stop) or (tabular and _in_table_row(text, stop))
        ):
            # An aside's exclamation ("운산(평북! 은산 아님)") ends no sentence, nor a table
            # cell's "?" ("| 2025-02 | ? | 2025-12-13 |").
            continue
        # Strip white space by offsets (no copy of the sentence).
        while begin < end and text[begin].isspace():
            begin += 1
        stripped_end = end
        while stripped_end > begin and text[stripped_end - 1].isspace():
            stripped_end -= 1
        if begin < stripped_end:
            append((begin, stripped_end))
        begin = end
    _append(text, spans, begin, len(text))
    return spans


def _before_dots(text: str, begin: int, stop: int) -> int:
    """Where the text before the dots of an ellipsis ending at `stop` ends (its spaces off)."""
    end = stop + 1
    while end > begin and text[end - 1] in ". \t":
        end -= 1
    return end


def _sentence_ends(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of _SENTENCE_END's matches in text[start:], in order."""
    ends = [m.span() for m in _FULL_STOP_END.finditer(text, start)]
    ends += [m.span() for m in _LINE_END.finditer(text, start)]
    if "!" in text or "?" in text or "。" in text:
        ends += [m.span() for m in _OTHER_END.finditer(text, start)]
    if "※" in text:
        # A note mark within a line opens a note of its own ("- 강동군 공장 (김정은 참석) ※
        # 강동군병원은 11월에 따로 준공"): what it tells is not the line's.
        ends += [m.span() for m in _NOTE_MARK_WITHIN.finditer(text, start)]
    ends.sort()
    return ends


def _in_brackets(text: str, begin: int, stop: int) -> bool:
    """Is the mark at `stop` inside a short bracketed aside on its line?"""
    opening = text.rfind("(", max(begin, stop - _ASIDE_MAX), stop)
    # ("(?)" alone is a mark of doubt that can end a row's sentence: "착공 2024.3 (?) / ...".)
    if opening < 0 or opening + 1 == stop or text.find(")", opening, stop) >= 0:
        return False
    closing = text.find(")", stop, stop + _ASIDE_MAX)
    return closing >= 0 and text.find("\n", stop, closing) < 0 and text.find("(", stop, closing) < 0


_ASIDE_MAX = 40


def _is_abbreviation(text: str, begin: int, period: int) -> bool:
    """A full stop after "Jan", "Dec", "U.S" or an initial ("N. Korea") ends no sentence."""
    # Fast answers for the common sentence ends: a Hangul syllable ("했다.") is never part
    # of an abbreviation, nor is a word of six letters or more.
    last = text[period - 1] if period > begin else ""
    if "\uac00" <= last <= "\ud7a3":
        return False
    if period - 6 >= begin and text[period - 6 : period].isalpha():
        return False
    word_start = period
    while word_start > begin and period - word_start < 5:
        char = text[word_start - 1]
        if not (char.isalpha() or char == "."):
            break
        word_start -= 1
    word = text[word_start:period]
    longer = period - word_start == 5 and word_start > begin and text[word_start - 1].isalpha()
    if not word or longer:
        return False
    if len(word) == 1 and word.isupper():
        return True
    short = word.lower().rstrip(".")
    if (
        short in _MONTH_ABBREVIATIONS
        and text[word_start - 2 : word_start - 1].isdigit()
        and text[word_start - 1 : word_start] in " \t"
        and _CAPITAL_NEXT.match(text, period + 1) is not None
    ):
        return False  # (a day and month closing the sentence: "… on Sat 13 Dec. Still …")
    return short in _ABBREVIATIONS


def _is_list_number(text: str, begin: int, period: int) -> bool:
    """The full stop of a numbered list item ("1. Sakju County") ends no sentence."""
    marker = text[begin:period].strip()
    # (or a Korean outline's lettered one: "가. 3월 7일 보도(6곳): …")
    return (
        0 < len(marker) <= 2
        and (marker.isdigit() or marker in _KOREAN_ITEM_LETTERS)
        and text.rfind("\n", 0, period) < begin
    )


# The letters of a Korean outline's items, in their order ("가.", "나.", "다.").
_KOREAN_ITEM_LETTERS = frozenset("가나다라마바사아자차카타파하")


def _in_table_row(text: str, stop: int) -> bool:
    """Is the full stop inside a table row ("Hamju | inauguration | 07.01. | Y"): a cell's
    dot, with a column bar after it on its line?"""
    line_end = text.find("\n", stop)
    line_end = len(text) if line_end < 0 else line_end
    line_start = text.rfind("\n", 0, stop) + 1
    bar = text.find("|", stop, line_end)
    if bar >= 0 and (
        text.rfind("|", line_start, stop) >= 0
        # (A row that opens with its date cell: "2. 27. | 평남 북창군 | ...".)
        or _DATE_CELL_START.fullmatch(text, line_start, stop) is not None
    ):
        return True
    # (Or in a line of a semicolon-separated export: "3;Sukch'ŏn;...;N;prov. party secretary".)
    if export_separator(text, line_start, line_end) is not None:
        return True
    # (Or in a row of columns set out with spaces, with a gap after the dot:
    # "Unsan (S. Ph.)    S. Phyongan    paper mill".)
    return (
        text.find("  ", stop, line_end) >= 0
        and _COLUMNED.search(text, line_start, line_end) is not None
    )


def _in_dot_leader(text: str, stop: int) -> bool:
    """Is the full stop one of a run of dots on a line set out with dot leaders ("Tue  7 Jan
    ....... Jaeryong (S. Hwanghae) ....... KJU")? (An ellipsis of three is no leader.)"""
    if text[stop - 1 : stop] != "." and text[stop + 1 : stop + 2] != ".":
        return False
    line_start = text.rfind("\n", 0, stop) + 1
    line_end = text.find("\n", stop)
    return text.find(_DOT_LEADER, line_start, len(text) if line_end < 0 else line_end) >= 0


_DOT_LEADER = "...."
_DATE_CELL_START = re.compile(r"[ \t]*[0-9][0-9. ]*")
# (after a list's letter or number, if any: "(a) 6 February. Kangdong-gun ..."; about a
# range of days, with an aside: "(d) Around 25-26 February (KCNA gave no exact day).")
# (or a list line's day and month with dots: "- 07.01.  Jaeryong (S. Hwanghae) — K")
_DATE_LABEL = re.compile(
    r"\s*(?:[-•*▪][ \t]*)?(?:\(?[a-z0-9][.)][ \t]+)?(?:(?:Around|About|Circa|c\.)[ \t])?"
    r"(?:[0-9]{1,2}(?:[-–][0-9]{1,2})?[ \t][A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?[ \t][0-9]{1,2}"
    r"|[0-9]{1,2}\.[0-9]{1,2})"
    r"(?:[ \t]\([^()\n]{1,48}\))?"
)
_DATE_LABEL_MAX = 80
# A date written with dots and spaces, Seoul style ("2025. 2. 6.", "12. 13.", "12. 9.~11."):
# a dot with more of the date after it, or its last dot with Korean after it.
_SPACED_DATE_NEXT = re.compile(r"[ \t]?~?[0-9]{1,2}\.")
_SPACED_DATE_BEFORE = re.compile(r"[0-9]{1,4}\.[ \t]?(?:[0-9]{1,2}\.[ \t]?)?~?[0-9]{1,2}$")
_KOREAN_NEXT = re.compile(r"[ \t]?[가-힣]")


def _in_spaced_date(text: str, stop: int) -> bool:
    """Is the full stop after a digit one of a date's dots ("2025. 2. 6. 강동군병원")?"""
    if _SPACED_DATE_NEXT.match(text, stop + 1) is not None:
        return True
    return (
        _KOREAN_NEXT.match(text, stop + 1) is not None
        and _SPACED_DATE_BEFORE.search(text, max(0, stop - 14), stop) is not None
    )


_SHORT_YEAR_LINE = re.compile(r"[ \t]*['‘’][0-9]{2}\.[ \t]?[0-9]{1,2}")


# How far a row's next line is indented to go on in one of its columns (or to hold its
# wrapped cells).
ROW_INDENT_MIN = 6
_ISO_DATED_ROW = re.compile(r"(?:19|20)[0-9]{2}[-./][0-9]{1,2}\b")


def _row_goes_on(text: str, newline: int) -> bool:
    """Does the row of a table set out in columns of spaces, ending at `newline`, go on in
    the next line, indented to one of its columns ("2026-02-03  Groundbreakings (…):   no"
    over "            Kangnam County (Pyongyang), Maengsan County (South Phyongan);")?"""
    line_start = text.rfind("\n", 0, newline) + 1
    if _ISO_DATED_ROW.match(text, line_start) is None:
        return False  # (a row that opens with its date)
    indent = 0
    while text[newline + 1 + indent : newline + 2 + indent] == " ":
        indent += 1
    following = text[newline + 1 + indent : newline + 2 + indent]
    if indent < ROW_INDENT_MIN or not following or following.isdigit() or following == "-":
        return False
    column = line_start + indent
    return (
        column < newline
        and text.startswith("  ", column - 2)
        and not text[column].isspace()
        and _COLUMNED.search(text, line_start, newline) is not None
    )


def _is_wrapped(text: str, begin: int, newline: int) -> bool:
    """Does the line ending at `newline` continue on the next line (hard-wrapped prose)?"""
    line_start = text.rfind("\n", 0, newline) + 1
    length = newline - line_start
    if length * 2 < _WRAPPED_LINE_MIN:
        return False
    if length < _WRAPPED_LINE_MIN:
        # Hangul syllables are about twice as wide as Latin letters.
        hangul = len(_HANGUL.findall(text, line_start, newline))
        if length + hangul < _WRAPPED_LINE_MIN:
            return False
    last = text[max(begin, line_start) : newline].rstrip()
    # A table row ("| Kusong | 2025-12-13 | yes |", "27 Feb | Pukchang County | no") or rule
    # ("---+---") ends at its line, like a sentence.
    if (
        not last
        or last[-1] in ".!?:。】\"”)|"
        or text.count("|", line_start, newline) >= 2
        or export_separator(text, line_start, newline) is not None
        or not last.strip("-+=|: \t")
        # (columns set out with spaces: "Hwangju      N. Hwanghae     26 Feb     no")
        or _COLUMNED.search(text, line_start, newline) is not None
    ):
        return False
    following = text[newline + 1 : newline + 2]
    # (A pasted export's line starts anew: "# one row per project" over
    # "unit,province,project,ground_broken,...".)
    next_end = text.find("\n", newline + 1)
    if export_separator(text, newline + 1, len(text) if next_end < 0 else next_end) is not None:
        return False
    # (Nor does a line labelled by its date in words: "Wed 08 Jan -- Sukch'ŏn ...", "09 Feb ...
    # Ryonggang (Nampho): …".)
    if _WORDED_DATE_LINE.match(text, newline + 1) is not None:
        return False
    # (Nor do the fields of a record, one a line: "opened: 12 Jan 2025 (Sun) -- spk: …" over
    # "note: Asia Press (Feb 2024): …".)
    if _FIELD_LINE.match(text, newline + 1) is not None and _FIELD_LINE.match(text, line_start):
        return False
    # (A line that opens with a bullet or a mark starts anew: "○ 2.28(금) ...", "※ 참고",
    # "· 12.16 황주", "ㅇ 평남 성천군"; so does the next item of a numbered list: "2. 2025.1.7
    # — ...".)
    if NUMBERED_ITEM.match(text, newline + 1) is not None or (
        text[newline + 1 : newline + 2] in _KOREAN_ITEM_LETTERS
        and text.startswith(". ", newline + 2)
    ):
        return False
    # (Nor does a line dated like the one before it, or by a date with its weekday: "1/7(화)
    # 재령군 — 김정은 참석. 원료를 보장하라고 지시" over "1/8(수) 숙천군 — ...".)
    dated = _DATED_LINE_START.match(text, newline + 1) if following.isdigit() else None
    if dated is not None and (
        dated.group(1) or _DATED_LINE_START.match(text, line_start) is not None
    ):
        return False
    # (nor a chat export's next message: "07/02/2025, 08:14 - Priya R: …")
    if following.isdigit() and _CHAT_STAMP_LINE.match(text, newline + 1) is not None:
        return False
    # (a list of days under a caption: "12월 15일 강동군 …" over "12월 16일 황주군 …")
    if (
        following.isdigit()
        and _KO_MONTH_DAY_LINE.match(text, newline + 1) is not None
        and _KO_MONTH_DAY_LINE.match(text, line_start) is not None
    ):
        return False
    # (or by a short year after an apostrophe like the one before: "'25.6.9  평북 구성시병원
    # 건설장 방문" over "'25.9.12  남포 용강군병원 …")
    if _SHORT_YEAR_LINE.match(text, newline + 1) and _SHORT_YEAR_LINE.match(text, line_start):
        return False
    # (and so does a circled or bracketed number: "① 강동군(평양): ...", "⑴ ...")
    return (
        bool(following)
        and following not in "-•*·\u3147【[(|○●◦▪■□▶▷◆◇※▲△#☑✓✔✅❌└↳"
        and not following.isspace()
        and not "\u2460" <= following <= "\u24ff"
        # (a chat post's line that opens with a pictograph: "👉 전부 공장.", "🔹 26일(수)")
        and not following >= "\U0001f300"
    )


_HANGUL = re.compile("[\uac00-\ud7a3]")
# A line that opens with a numeric date ("1/8(수) ", "2025.1.7 ", "12.3 ", "2025. 2. 9. "),
# the weekday kept.
_DATED_LINE_START = re.compile(
    r"(?:[0-9]{1,4}[/.] ?[0-9]{1,2}(?:[/.] ?[0-9]{1,2})?\.?"
    # (or a span of days: "2025.01.08~02.09  숙천·은파·… 순차 준공")
    r"(?:[~∼][0-9]{1,2}(?:[/.][0-9]{1,2})?\.?)?|[0-9]{1,2}일)(\([^()\n]{1,4}\))?[ \t]"
)
# A chat export's message stamp opening its line ("07/02/2025, 08:14 - Priya R: …").
_CHAT_STAMP_LINE = re.compile(
    r"[0-3]?[0-9]/[0-3]?[0-9]/(?:20)?[0-9]{2},[ \t]+[0-2]?[0-9]:[0-5][0-9]"
)
# A line that opens with a month and day in Korean and has no cell bars ("12월 15일 강동군 …").
_KO_MONTH_DAY_LINE = re.compile(r"[0-9]{1,2}월[ \t]?[0-9]{1,2}일[ \t][^|\n]*(?:\n|$)")
# A line that opens with the label of a record's field ("opened: ", "note: ", "spk: ").
_FIELD_LINE = re.compile(r"[A-Za-z][A-Za-z_-]{0,14}(?: [A-Za-z][A-Za-z_-]{0,14})?:[ \t]")
# The number that opens an item of a numbered list or paragraph ("2. ", "4) ").
NUMBERED_ITEM = re.compile(r"[0-9]{1,2}[.)][ \t]")
_WORDED_DATE_LINE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?[0-9]{1,2}[ \t]+[A-Z][a-z]{2,8}\.?"
    r"(?:[ \t]+(?:19|20)[0-9]{2})?(?:[ \t]+(?:--|[—–:]|\.{3}|…)|:[ \t])"
)
# A line of a pasted export has this many separators at least: semicolons, or commas with no
# space after them ("Gangdong,Pyongyang,factories,12/15/2025,yes" — prose puts a space after
# its commas; thousands, "1,118", are no separators).
_EXPORT_SEMICOLONS_MIN = 3
_TIGHT_COMMA = re.compile(r",(?=\S)")
_THOUSANDS = re.compile(r"[0-9],[0-9]{3}\b")


def export_separator(text: str, start: int, end: int) -> str | None:
    """The separator of a pasted export line in text[start:end] (a tab, ";" or ","), if it is
    one."""
    if text.count("\t", start, end) >= _EXPORT_SEMICOLONS_MIN:
        return "\t"  # (a tab-separated export: "Hwangju\tN Hwanghae\t2025-02-26\t…")
    if text.count(";", start, end) >= _EXPORT_SEMICOLONS_MIN:
        return ";"
    if text.count(",", start, end) >= _EXPORT_SEMICOLONS_MIN:
        tight = len(_TIGHT_COMMA.findall(text, start, end))
        if tight >= _EXPORT_SEMICOLONS_MIN and tight - len(
            _THOUSANDS.findall(text, start, end)
        ) >= _EXPORT_SEMICOLONS_MIN:
            return ","
    return None
_COLUMNED = re.compile(r"\S(?<!\.) {2,}\S[^\n]*?\S(?<!\.) {2,}\S")


def _append(text: str, spans: list[tuple[int, int]], begin: int, end: int) -> None:
    segment = text[begin:end]
    stripped = segment.strip()
    if stripped:
        lead = len(segment) - len(segment.lstrip())
        spans.append((begin + lead, begin + lead + len(stripped)))


def clause_spans(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Split one sentence into clauses at coordinating boundaries."""
    if language == "ko":
        pattern = _CLAUSE_KO
    elif any(text.find(word, start, end) >= 0 for word in ("came", "followed", "follows", "comes")):
        pattern = _CLAUSE_EN_AFTER
    else:
        pattern = _CLAUSE_EN
    # (a row of a semicolon-separated export is one clause up to its last cell, the note,
    # which may tell other events, set apart by a spaced semicolon of prose:
    # "r14;Pukchang;S Phyongan;F;OP;2025-12-18;N;done;…", "10;Kujang;N.P'yŏngan;24.01.2025;?;
    # KJU visited the construction site 10.2024")
    last_cell = -1
    if text.find(";", start, end) >= 0 and export_separator(text, start, end) == ";":
        tight = [m.start() for m in _TIGHT_SEMICOLON.finditer(text, start, end)]
        if (
            text.find("\n", start, end) < 0
            and len(tight) >= 3
            and len(tight) > 2 * text.count("; ", start, end)
        ):
            last_cell = tight[-1]
    spans: list[tuple[int, int]] = []
    begin = start
    for m in pattern.finditer(text, start, end):
        if (
            last_cell >= 0
            and m.group().strip() == ";"
            and m.start() < last_cell
            and text[m.end() : m.end() + 1] != " "
        ):
            continue
        cut = m.start() if language == "en" else m.end()
        if cut > begin:
            spans.append((begin, cut))
        begin = m.end() if language == "en" else cut
    if end > begin:
        spans.append((begin, end))
    return spans


def detect_language(text: str) -> str:
    """'ko' when Hangul outweighs Latin letters, else 'en'."""
    sample = text[:1500]
    # Counting with compiled character classes keeps this off the extractor's hot path.
    hangul = len(_HANGUL_SYLLABLES.findall(sample))
    latin = len(_LATIN_LETTERS.findall(sample))
    return "ko" if hangul * 2 >= latin else "en"


_HANGUL_SYLLABLES = re.compile("[\uac00-\ud7a3]")
_TIGHT_SEMICOLON = re.compile(r";(?! )")
_LATIN_LETTERS = re.compile("[A-Za-z]")
