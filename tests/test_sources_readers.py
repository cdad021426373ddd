"""Reading reports without the store: HTML articles, encodings, languages, dates, exports."""

from __future__ import annotations

import codecs
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twentyten.sources.decoding import UndecodableInput, decode_bytes
from twentyten.sources.files import iter_candidate_files, read_file
from twentyten.sources.html_article import MalformedHtml, extract_article, html_fragment_to_text
from twentyten.sources.language import detect_language
from twentyten.sources.outlets import identify_outlet
from twentyten.sources.published import dateline_date, normalize_date
from twentyten.sources.records import InputProblem, SourceDocument

FIXTURES = Path(__file__).parent / "fixtures" / "sources"

KOREAN_REPORT = (
    "평안남도 성천군에서 지방공업공장들이 준공되였다.\n\n"
    "식료공장과 일용품공장, 옷공장에서는 군안의 원료로 여러가지 제품을 생산하게 된다.\n"
)
ENGLISH_REPORT = (
    "Factories Open in Songchon\n\n"
    "Pyongyang, December 21 (KCNA) -- A set of regional factories was opened in the county "
    "after a year of building work by the regional construction regiment.\n"
)


def only(items: list[SourceDocument | InputProblem]) -> SourceDocument:
    assert len(items) == 1 and isinstance(items[0], SourceDocument), items
    return items[0]


# --- HTML --------------------------------------------------------------------------------


def test_kcna_like_page_keeps_the_article_and_drops_menus_and_scripts() -> None:
    article = extract_article((FIXTURES / "kcna_like.html").read_text(encoding="utf-8"))
    assert article.title == "Regional Industry Factories Go into Operation in Songchon County"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == article.title
    assert paragraphs[1].startswith("Pyongyang, December 21 (KCNA) -- Newly built")
    assert len(paragraphs) == 4  # title + the three <br><br>-separated paragraphs
    for boilerplate in ("Top News", "Archive 1", "Facebook", "Copyright", "toggleMenu", "font"):
        assert boilerplate not in article.text
    assert article.published is None  # the dateline has no year


def test_rodong_like_page_in_korean() -> None:
    article = extract_article((FIXTURES / "rodong_like.html").read_text(encoding="utf-8"))
    assert article.title == "운산군에서 지방공업공장들 착공"
    assert "평안북도 운산군에서 지방공업공장건설 착공식이 진행되였다." in article.text
    for boilerplate in ("첫페지", "관련기사", "구성시에서 병원건설", "공유", "인쇄", "로동신문사"):
        assert boilerplate not in article.text
    assert article.published == "2025-03-02"  # from the Juche dateline above the headline
    assert article.language == "ko"


def test_yonhap_like_page_metadata() -> None:
    article = extract_article((FIXTURES / "yonhap_like.html").read_text(encoding="utf-8"))
    assert article.title == "N. Korea finishes regional factories in Kimhwa"
    assert article.published == "2025-01-08"
    assert article.url == "https://en.yna.co.kr/view/AEN20250108000900315"
    assert article.site_name == "Yonhap News Agency"
    assert article.text.count("\n\n") == 3
    for boilerplate in ("Most Read", "BTS", "Search", "Yulgok-ro", "(END)", "copy url"):
        assert boilerplate not in article.text


def test_generic_page_found_by_paragraph_density() -> None:
    article = extract_article((FIXTURES / "generic_blog.html").read_text(encoding="utf-8"))
    assert article.title == "Counting the county hospitals"
    assert "four-storey building with a red roof" in article.text
    assert "the shell appears finished" in article.text
    for boilerplate in ("Home", "Share on", "health", "No comments"):
        assert boilerplate not in article.text
    assert article.published == "2025-10-04"


def test_page_without_article_text_is_refused() -> None:
    with pytest.raises(MalformedHtml):
        extract_article((FIXTURES / "no_article.html").read_text(encoding="utf-8"))


def test_whole_page_form_wrapper_is_not_dropped() -> None:
    page = (
        "<html><body><form id='aspnetForm'><div class='menu'><a href='/'>Home</a></div>"
        "<div id='content'><p>Workers finished the roof of the county hospital in Kusong."
        "</p><p>Equipment is to be installed over the winter months, officials said.</p>"
        "</div></form></body></html>"
    )
    article = extract_article(page)
    assert "county hospital in Kusong" in article.text
    assert "Home" not in article.text


def test_fragment_to_text_keeps_paragraphs() -> None:
    text = html_fragment_to_text(
        "<p>One <b>bold</b> line.</p><p>Two<br>lines</p><script>x</script>"
    )
    assert text == "One bold line.\n\nTwo\nlines"


# --- decoding ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encode", "expected"),
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8"),
        (lambda t: t.encode("euc-kr"), "euc-kr"),
        (lambda t: t.encode("utf-16"), "utf-16"),
        (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    ],
)
def test_korean_text_in_each_encoding(encode, expected: str) -> None:  # type: ignore[no-untyped-def]
    decoded = decode_bytes(encode(KOREAN_REPORT))
    assert decoded.encoding == expected
    assert decoded.text.lstrip("\ufeff") == KOREAN_REPORT


def test_cp949_only_syllables_are_read_as_cp949() -> None:
    text = "똠방각하 햏 " + KOREAN_REPORT  # 똠, 햏 are outside EUC-KR's 2,350 syllables
    decoded = decode_bytes(text.encode("cp949"))
    assert decoded.encoding == "cp949"
    assert decoded.text == text


@pytest.mark.parametrize(
    "text",
    [
        "Café owners in Sinŭiju? No: a résumé of the naïve plan for Songchon County. " * 2,
        "The \u201cnew\u201d factories \u2013 food and shoes \u2013 opened in Kusong\u2026",
    ],
)
def test_western_legacy_text_is_read_as_cp1252(text: str) -> None:
    text = text.replace("ŭ", "u")  # not in CP1252
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.text == text  # the detector had read "Café" as Baltic "Cafķ"
    # Korean legacy text is still Korean, not Western mojibake.
    assert decode_bytes(KOREAN_REPORT.encode("cp949")).text == KOREAN_REPORT


def test_declared_charset_wins_over_guessing() -> None:
    decoded = decode_bytes(KOREAN_REPORT.encode("euc-kr"), declared="EUC-KR")
    assert decoded.text == KOREAN_REPORT


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, "PDF"),
        (b"plain start\x00\x01\x02 then binary", "NUL"),
        (bytes(range(1, 32)) * 40, "garbled"),
    ],
)
def test_binary_and_garbled_bytes_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(UndecodableInput, match=reason):
        decode_bytes(data)


# --- language, dates, outlets ------------------------------------------------------------


def test_language_detection() -> None:
    assert detect_language(KOREAN_REPORT) == "ko"
    assert detect_language(ENGLISH_REPORT) == "en"
    assert (
        detect_language("(서울=연합뉴스) 북한이 KCNA 보도를 통해 DPRK 20x10 정책을 밝혔다.") == "ko"
    )
    assert detect_language("12345 --- !!!") == "und"


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_date_formats_round_trip(day) -> None:  # type: ignore[no-untyped-def]
    iso = day.isoformat()
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    written = [
        iso,
        f"{iso}T23:30:00+09:00",
        day.strftime("%a, %d %b %Y 10:00:00 +0900"),
        f"{months[day.month - 1]} {day.day}, {day.year}",
        f"{day.day} {months[day.month - 1]} {day.year}",
        f"{day.year}년 {day.month}월 {day.day}일",
        f"{day.year}. {day.month}. {day.day}.",
        day.strftime("%Y%m%d"),
    ]
    for text in written:
        assert normalize_date(text) == iso, text


def test_partial_and_invalid_dates() -> None:
    assert normalize_date("2025-02") == "2025-02"
    assert normalize_date("2025") == "2025"
    assert normalize_date("2025-02-30") is None
    assert normalize_date("yesterday") is None
    assert normalize_date(1736300000) is None


def test_dateline_needs_a_year() -> None:
    assert dateline_date("Pyongyang, January 8 (KCNA) -- text") is None
    assert dateline_date("로동신문 주체114(2025)년 2월 10일\n본문") == "2025-02-10"
    assert dateline_date("Voice of Korea, Pyongyang, January 16, Juche 114 (2025)") == "2025-01-16"
    assert dateline_date("(서울=뉴스1) 2025년 12월 27일 -- 북한이") == "2025-12-27"
    far_down = "Headline\n\n" + "x " * 400 + "On March 3, 2024 something happened."
    assert dateline_date(far_down) is None


@pytest.mark.parametrize(
    ("text", "urls", "names", "expected"),
    [
        ("Pyongyang, May 2 (KCNA) -- ...", (), (), ("KCNA", "state_media")),
        ("...", ("https://rodong.rep.kp/ko/index.php?x=1",), (), ("Rodong Sinmun", "state_media")),
        ("...", ("http://www.vok.rep.kp/x",), (), ("Voice of Korea", "state_media")),
        ("...", ("https://www.nknews.org/2025/01/x/",), (), ("NK News", "news")),
        ("...", ("https://www.dailynk.com/english/x/",), (), ("Daily NK", "insider")),
        ("...", ("https://www.38north.org/2025/01/x/",), (), ("38 North", "analysis")),
        ("(서울=뉴스1) 2025년 ...", (), (), ("News1", "news")),
        ("(평양 2월 28일발 조선중앙통신) ...", (), (), ("KCNA", "state_media")),
        (
            "Pyongyang, May 2 (KCNA) -- ...",
            ("https://kcnawatch.org/newstream/1",),
            (),
            ("KCNA", "state_media"),
        ),
        ("no credit", ("https://kcnawatch.org/newstream/1",), (), ("KCNA Watch", "state_media")),
        ("no credit", (), ("Yonhap News Agency",), ("Yonhap", "news")),
        ("no credit", (), ("My Notebook",), ("My Notebook", "other")),
        ("no credit", (), (), (None, "other")),
    ],
)
def test_outlet_identification(text, urls, names, expected) -> None:  # type: ignore[no-untyped-def]
    assert identify_outlet(text, urls=urls, names=names) == expected


# --- files -------------------------------------------------------------------------------


def test_text_and_markdown_files(tmp_path: Path) -> None:
    txt = tmp_path / "note.txt"
    txt.write_text("\ufeff" + ENGLISH_REPORT.replace("\n", "\r\n"), encoding="utf-8")
    doc = only(list(read_file(txt)))
    assert doc.title == "Factories Open in Songchon"
    assert "\r" not in doc.text and not doc.text.startswith("\ufeff")
    assert (doc.outlet, doc.source_kind, doc.language) == ("KCNA", "state_media", "en")
    md = tmp_path / "note.md"
    md.write_text(
        "---\ntitle: Imagery note on Kusong\ndate: 2025-10-04\nsource: 38 North\n---\n"
        "# Kusong hospital\n\nThe roof of the new hospital is finished in the latest image.\n",
        encoding="utf-8",
    )
    doc = only(list(read_file(md)))
    assert doc.title == "Imagery note on Kusong"
    assert doc.published == "2025-10-04"
    assert (doc.outlet, doc.source_kind) == ("38 North", "analysis")
    assert doc.text.startswith("# Kusong hospital")


def test_euc_kr_html_page_with_declared_charset(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
        "<title>성천군 공장 준공</title></head><body><div class='article-content'>"
        + "".join(f"<p>{line}</p>" for line in KOREAN_REPORT.split("\n") if line)
        + "</div></body></html>"
    )
    page.write_bytes(markup.encode("euc-kr"))
    doc = only(list(read_file(page)))
    assert doc.encoding == "euc-kr"
    assert doc.language == "ko"
    assert "성천군에서 지방공업공장들이 준공되였다" in doc.text


def test_json_export_records(tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export.write_text(
        json.dumps(
            {
                "articles": [
                    {
                        "Title": "One",
                        "URL": "https://en.yna.co.kr/view/1",
                        "published_at": "2025-01-08T09:00:00+09:00",
                        "body": ENGLISH_REPORT,
                    },
                    {
                        "headline": "Two",
                        "content": "<p>평안북도 구성시에서 병원이 준공되였다.</p>",
                        "source": "조선중앙통신",
                    },
                    {"title": "Three, no text"},
                    "not an object",
                ]
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    items = list(read_file(export))
    first, second, third, fourth = items
    assert isinstance(first, SourceDocument) and first.locator == "https://en.yna.co.kr/view/1"
    assert (first.outlet, first.published, first.title) == ("Yonhap", "2025-01-08", "One")
    assert isinstance(second, SourceDocument)
    assert (
        second.locator == f"{export}#2" and second.text == "평안북도 구성시에서 병원이 준공되였다."
    )
    assert (second.outlet, second.language) == ("KCNA", "ko")
    assert isinstance(third, InputProblem) and "record 3 has no text" in third.message
    assert isinstance(fourth, InputProblem) and "record 4" in fourth.message


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    export = tmp_path / "broken.json"
    export.write_text('[\n {"text": "fine"},\n {"text": oops}\n]', encoding="utf-8")
    (problem,) = read_file(export)
    assert isinstance(problem, InputProblem)
    assert problem.line == 3 and "invalid JSON" in problem.message


def test_json_lines_bad_line_does_not_stop_the_rest(tmp_path: Path) -> None:
    export = tmp_path / "items.jsonl"
    export.write_text(
        json.dumps({"text": ENGLISH_REPORT}) + "\n{broken\n" + json.dumps({"body": KOREAN_REPORT}),
        encoding="utf-8",
    )
    items = list(read_file(export))
    assert [type(i).__name__ for i in items] == ["SourceDocument", "InputProblem", "SourceDocument"]
    assert items[1].line == 2  # type: ignore[union-attr]


def test_csv_export_with_header(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "date,title,link,text\n"
        f'2025-01-08,One,https://www.nknews.org/a,"{ENGLISH_REPORT}"\n'
        "2025-02-28,Two,,short text in a row\n"
        "2025-03-01,Three,,\n"
        "2025-03-02,Four\n",
        encoding="utf-8",
    )
    items = list(read_file(export))
    assert isinstance(items[0], SourceDocument) and items[0].outlet == "NK News"
    assert isinstance(items[1], SourceDocument) and items[1].locator == f"{export}#2"
    assert isinstance(items[2], InputProblem) and items[2].line == 7
    assert "empty text" in items[2].message
    assert isinstance(items[3], InputProblem) and items[3].line == 8
    assert "2 fields" in items[3].message


def test_csv_without_text_column_names_file_and_header(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text("date;title;link\n2025-01-08;One;https://x.example/a\n", encoding="utf-8")
    (problem,) = read_file(export)
    assert isinstance(problem, InputProblem)
    assert problem.locator == str(export) and problem.line == 1
    assert "no text column" in problem.message and "date, title, link" in problem.message


def test_empty_binary_and_oversized_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n  ", encoding="utf-8")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:  # sparse: 51 MB without writing them
        handle.truncate(51 * 1024 * 1024)
    messages = {}
    for name in ("empty.txt", "blank.md", "image.html", "huge.txt"):
        (problem,) = read_file(tmp_path / name)
        assert isinstance(problem, InputProblem)
        messages[name] = problem.message
    assert messages["empty.txt"] == "empty file"
    assert "only whitespace" in messages["blank.md"]
    assert "PNG" in messages["image.html"]
    assert "over the 50 MB limit" in messages["huge.txt"]


def test_folder_walk_is_lazy_sorted_and_skips_hidden_and_foreign_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b" / "c.html").write_text("x", encoding="utf-8")
    (tmp_path / "b" / "d.png").write_bytes(b"x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "e.txt").write_text("x", encoding="utf-8")
    walk = iter_candidate_files([tmp_path, tmp_path / "missing.txt"])
    assert next(walk) == tmp_path / "a.txt"
    rest = list(walk)
    assert rest[0] == tmp_path / "b" / "c.html"
    assert isinstance(rest[1], InputProblem) and "no such file" in rest[1].message
    assert len(rest) == 2
