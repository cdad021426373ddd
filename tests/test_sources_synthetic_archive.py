"""The synthetic archive the speed benchmarks ingest and scan."""

from __future__ import annotations

import sys
import types
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import synthetic_archive  # noqa: E402
from synthetic_archive import iter_reports, south_korean_spelling, write_archive  # noqa: E402


def test_reports_are_streamed_deterministic_and_mixed() -> None:
    reports = iter_reports(400, seed=3)
    assert isinstance(reports, types.GeneratorType)
    first = list(reports)
    again = list(iter_reports(400, seed=3))
    assert [r.text for r in first] == [r.text for r in again]
    assert [r.text for r in first] != [r.text for r in iter_reports(400, seed=4)]
    languages = Counter(r.language for r in first)
    assert languages["en"] > 100 and languages["ko"] > 100
    assert len({r.name for r in first}) == 400
    for report in first:
        size = len(report.text.encode("utf-8"))
        assert 1000 <= size <= 4200, (report.name, size)
        hangul = sum("\uac00" <= ch <= "\ud7a3" for ch in report.text)
        assert (hangul > 100) == (report.language == "ko"), report.name


def test_reports_name_real_units() -> None:
    units = synthetic_archive.load_units()
    names = {u.name_en for u in units}
    named = sum(any(f"{n} " in r.text for n in names) for r in iter_reports(50, seed=1))
    assert named >= 25


def test_south_korean_initial_sound_rule() -> None:
    assert south_korean_spelling("룡강군") == "용강군"
    assert south_korean_spelling("락원군") == "낙원군"
    assert south_korean_spelling("녕변군") == "영변군"
    assert south_korean_spelling("성천군") == "성천군"


def test_write_archive_writes_one_file_per_report(tmp_path: Path) -> None:
    written = write_archive(tmp_path, 30, seed=5)
    files = sorted(tmp_path.rglob("*.txt"))
    assert len(files) == 30
    assert sum(f.stat().st_size for f in files) == written
