"""Sentence and clause boundaries the extractor reads text by."""

from __future__ import annotations

from twentyten.extract.segments import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_a_long_line_before_a_bulleted_line_ends_there() -> None:
    first = ("○ 2.27(목) 평남 북창군, 평북 염주군, 황남 배천군, 자강 장강군: 지방공업공장 착공식 – "
             "지휘관들 연설, 김정은 불참")
    second = "○ 2.28(금) 평양 강동군, 황남 장연군: 지방공업공장 착공식 – 참석자 미상"
    assert _sentences(f"{first}\n{second}\n※ 참고: 2.6(목) 강동군\n") == [
        first, second, "※ 참고: 2.6(목) 강동군",
    ]


def test_hard_wrapped_prose_is_one_sentence() -> None:
    text = ("The inauguration ceremony of the regional industry factories in the county was held\n"
            "on Saturday in the presence of officials and working people.")
    assert _sentences(text) == [text]


def test_a_semicolon_separated_export_line_is_one_sentence() -> None:
    line = "3;Sukch'ŏn;S.P'yŏngan;08.01.2031;N;prov. party chief secretary; food products"
    assert _sentences(f"{line}\n4;Hamju;S.Hamgyŏng;18.01.2031;?;\n") == [
        line, "4;Hamju;S.Hamgyŏng;18.01.2031;?;",
    ]


def test_a_comma_separated_export_line_is_one_sentence_and_prose_is_not_one() -> None:
    line = 'Gaepung,Gaeseong,factories,12/26/2031,no,"Premier cut the tape. KCNA reported it."'
    assert _sentences(f"{line}\nSinpo,Hamgyeongnam-do,factories,12/19/2031,yes,\n") == [
        line, "Sinpo,Hamgyeongnam-do,factories,12/19/2031,yes,",
    ]
    prose = "Kim opened factories in Hamju, Kumya, Anju and Kusong. He left."
    assert _sentences(prose) == [
        "Kim opened factories in Hamju, Kumya, Anju and Kusong.", "He left.",
    ]


def test_seoul_style_dates_with_dots_and_spaces_end_no_sentence() -> None:
    text = ("김 총비서는 2031. 2. 6. 함주군병원 착공식에 참석했다. 병원 2곳은 2031. 11. 19. "
            "함주군병원, 12. 13. 금야군병원 순으로 준공됐다.\n2031. 12. 9.~11. 열린 회의는 "
            "결정했다. He came in 2030. 20 counties followed.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "김 총비서는 2031. 2. 6. 함주군병원 착공식에 참석했다.",
        "병원 2곳은 2031. 11. 19. 함주군병원, 12. 13. 금야군병원 순으로 준공됐다.",
        "2031. 12. 9.~11. 열린 회의는 결정했다.",
        "He came in 2030.",
        "20 counties followed.",
    ]


def test_the_next_item_of_a_numbered_list_starts_a_new_sentence() -> None:
    text = ("1. 2031.12.20 — Hamju-gun [Hamju], Hamgyeongnam-do — Kim\n"
            "2. 2032.1.7 — Geumya-gun [Kumya], Hamgyeongnam-do — no\n")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "1. 2031.12.20 — Hamju-gun [Hamju], Hamgyeongnam-do — Kim",
        "2. 2032.1.7 — Geumya-gun [Kumya], Hamgyeongnam-do — no",
    ]


def test_a_date_that_labels_its_line_ends_no_sentence() -> None:
    text = ("We list them.\n\n6 February. Hamju-gun: a hospital. Kim broke ground.\n"
            "He came on 5 March. Fine.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "We list them.",
        "6 February. Hamju-gun: a hospital.",
        "Kim broke ground.",
        "He came on 5 March.",
        "Fine.",
    ]


def test_a_line_under_a_line_dated_like_it_starts_a_new_sentence() -> None:
    first = "1/7(화) 재령군(황남) — 김정은 참석. 원료와 기능공을 꼭 보장하라고 지시"
    second = "1/8(수) 숙천군(평남) — 도당 책임비서가 준공사"
    assert _sentences(f"{first}\n{second}\n") == [
        "1/7(화) 재령군(황남) — 김정은 참석.",
        "원료와 기능공을 꼭 보장하라고 지시",
        second,
    ]
    # Hard-wrapped prose that breaks before a figure stays one sentence.
    prose = ("The plant was said to have raised its output of soy sauce and bean paste by\n"
             "3.5 times in the first half of the year, the report claimed without figures.")
    assert _sentences(prose) == [prose]


def test_an_exclamation_in_a_bracketed_aside_ends_no_sentence() -> None:
    text = "나머지 13곳도 착공. 은파·구장·운산(평북! 은산 아님)·연탄. 날짜 없음 (?) 끝."
    assert _sentences(text) == [
        "나머지 13곳도 착공.", "은파·구장·운산(평북! 은산 아님)·연탄.", "날짜 없음 (?)", "끝.",
    ]


def test_a_lettered_date_label_with_an_aside_ends_no_sentence() -> None:
    text = ("(d) Around 25-26 February (KCNA gave no exact day). Sinyang-gun: factories.\n"
            "(e) 27 February. Factories in Pukch'ang-gun.\n")
    assert _sentences(text) == [
        "(d) Around 25-26 February (KCNA gave no exact day). Sinyang-gun: factories.",
        "(e) 27 February. Factories in Pukch'ang-gun.",
    ]


def test_a_footnote_mark_after_a_full_stop_ends_the_sentence() -> None:
    text = "Kim announced the policy on January 15.[1] At a meeting on August 31 he widened it.[2]"
    assert _sentences(text) == [
        "Kim announced the policy on January 15.[1]",
        "At a meeting on August 31 he widened it.[2]",
    ]
    # (and a superscript mark: "… 밝혔다.¹¹ 준공식 …")
    text = "위성사진으로 확인할 수 없었다고 밝혔다.¹¹ 준공식 보도만으로는 알 수 없다.¹²"
    assert _sentences(text) == [
        "위성사진으로 확인할 수 없었다고 밝혔다.¹¹",
        "준공식 보도만으로는 알 수 없다.¹²",
    ]


def test_a_table_cell_s_question_mark_ends_no_sentence() -> None:
    text = "| Hwangju | N. Hwanghae | 2031-02-26 | ? | 2031-12-16 | N |\nNext line?\nLast."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "| Hwangju | N. Hwanghae | 2031-02-26 | ? | 2031-12-16 | N |",
        "Next line?",
        "Last.",
    ]


def test_a_comment_line_over_an_export_header_is_not_wrapped_into_it() -> None:
    text = ("# one row per project; a county with two projects has two rows and more words\n"
            "unit,province,project,ground_broken,kim_gb,opened,kim_open,notes\n")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "# one row per project; a county with two projects has two rows and more words",
        "unit,province,project,ground_broken,kim_gb,opened,kim_open,notes",
    ]


def test_a_line_labelled_by_its_date_in_words_is_not_wrapped_into_the_one_before() -> None:
    text = ("Fri 20 Dec 2030 -- Songchon, S. Phyongan -- [K] -- first of the cohort; food, daily "
            "necessities\nWed 08 Jan -- Sukchon, S. Phyongan -- [x] provincial party secretary\n")
    assert len(sentence_spans(text)) == 2


def test_a_long_line_before_a_middle_dot_or_jamo_bulleted_line_ends_there() -> None:
    first = "· 12.15 강동(공장 + 종합봉사소, 김) / 신양 / 낭림(북 표기 랑림) / 대관 / 부령"
    second = "· 12.16 황주(공장 + 양곡관리시설)"
    assert _sentences(f"{first}\n{second}\n") == [first, second]
    first = "ㅇ 1.29.(목) 김정은, 황남 은률군 지방공업공장·병원·종합봉사소 건설 착공식 참석, 첫 삽"
    second = "ㅇ 2.1.(일) 평북 신의주 온실종합농장 준공"
    assert _sentences(f"{first}\n{second}\n") == [first, second]


def test_a_countys_short_form_ends_no_sentence() -> None:
    line = "2031-02-28  [C]  Onsong Co. (NH) — first ground-breaking; speech + first spade."
    assert _sentences(line + "\n") == [line]


def test_a_day_and_month_abbreviation_can_close_a_sentence() -> None:
    text = "The hospital opened on Sat 13 Dec. Still outstanding: Hwangju and Kilju."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The hospital opened on Sat 13 Dec.",
        "Still outstanding: Hwangju and Kilju.",
    ]
    # (but not before the day that follows the month, nor its year)
    for text in ("It opened on Dec. 13 in Kusong.", "It opened on 13 Dec. 2025 in Kusong."):
        assert len(sentence_spans(text)) == 1
