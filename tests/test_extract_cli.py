"""`twentyten extract`: JSONL on stdout, metadata from --published and --manifest, bad files."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from twentyten.cli import app
from twentyten.errors import InputError

REPORT_EN = """Factories Inaugurated in Sakju County

Pyongyang, January 9 (KCNA) -- Regional-industry factories were inaugurated in Sakju County,
North Phyongan Province on Wednesday.

Officials of the provincial party committee and soldier-builders attended the ceremony.
"""

REPORT_KO = """회령시 지방공업공장 준공식 진행
【평양 12월 20일발 조선중앙통신】

함경북도 회령시 지방공업공장 준공식이 19일에 진행되였다.
"""


def _write(folder: Path) -> None:
    (folder / "nested").mkdir()
    (folder / "sakju.txt").write_text(REPORT_EN, encoding="utf-8")
    (folder / "nested" / "hoeryong.txt").write_text(REPORT_KO, encoding="utf-8")


def _events(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_jsonl_with_published_for_all_files(tmp_path: Path) -> None:
    _write(tmp_path)
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path), "--format", "jsonl", "--published", "2030-01-09"]
    )
    assert result.exit_code == 0, result.output
    events = _events(result.stdout)
    sakju = [e for e in events if e["county"] == "Sakju"]
    assert len(sakju) == 1
    assert sakju[0]["event_type"] == "completion"
    assert sakju[0]["date"] == "2030-01-02"
    assert sakju[0]["document"].endswith("sakju.txt")
    assert sakju[0]["leader_attended"] is False
    # The Korean report filed on 20 December takes the year before the given date.
    hoeryong = [e for e in events if e["county"] == "Hoeryong"]
    assert [e["date"] for e in hoeryong] == ["2029-12-19"]


def test_manifest_gives_each_file_its_date(tmp_path: Path) -> None:
    _write(tmp_path)
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(
        json.dumps({"file": "sakju.txt", "published": "2031-01-09", "language": "en"})
        + "\n"
        + json.dumps({"file": "nested/hoeryong.txt", "published": "2026-12-20"})
        + "\nnot json\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path / "sakju.txt"), str(tmp_path / "nested"),
              "--manifest", str(manifest)]
    )
    events = _events(result.stdout)
    assert {(e["county"], e["date"]) for e in events} == {
        ("Sakju", "2031-01-08"),
        ("Hoeryong", "2026-12-19"),
    }
    # The malformed manifest line is reported with its line number; the run goes on.
    assert "manifest.jsonl:3" in result.stderr
    assert result.exit_code == 1


def test_unreadable_file_is_named_and_the_rest_go_on(tmp_path: Path) -> None:
    _write(tmp_path)
    (tmp_path / "broken.txt").write_bytes(b"")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--published", "2030-01-09"])
    assert result.exit_code == 1
    assert "broken.txt" in result.stderr
    assert any(e["county"] == "Sakju" for e in _events(result.stdout))


def test_without_a_year_the_kcna_date_stays_unknown(tmp_path: Path) -> None:
    (tmp_path / "sakju.txt").write_text(REPORT_EN, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "sakju.txt")])
    assert result.exit_code == 0
    events = _events(result.stdout)
    # The events are reported, their date unknown rather than guessed.
    assert any(e["county"] == "Sakju" for e in events)
    assert all(e["date"] is None for e in events)


def test_bad_published_value_is_a_clean_error(tmp_path: Path) -> None:
    (tmp_path / "sakju.txt").write_text(REPORT_EN, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path / "sakju.txt"), "--published", "9 Jan"]
    )
    # The CLI entry point prints InputError as one clean line; here we see the error itself.
    assert isinstance(result.exception, InputError)
    assert "--published" in str(result.exception)
