"""``twentyten places``: find, list, show, sync."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from typer.testing import CliRunner

from twentyten.cli import app

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_find_json_gives_spans_and_units():
    text = "Builders finished Songchon County and 김형직군에서 factories."
    result = invoke("places", "find", text, "--format", "json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert [(r["surface"], r["unit"]) for r in records] == [
        ("Songchon County", "south-phyongan/songchon"),
        ("김형직군", "ryanggang/kim-hyong-jik"),
    ]
    for record in records:
        assert text[record["start"] : record["end"]] == record["surface"]


def test_find_reads_a_korean_file(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes("평안남도 은산군에 제지공장".encode("cp949"))
    result = invoke("places", "find", "--file", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    assert [r["unit"] for r in json.loads(result.output) if r["kind"] == "unit"] == [
        "south-phyongan/unsan"
    ]


def test_find_table_lists_ambiguous_candidates():
    result = invoke("places", "find", "Unsan County")
    assert result.exit_code == 0
    assert "ambiguous" in result.output


def test_list_csv_filtered_by_province_spelling():
    result = invoke("places", "list", "--province", "Nampo", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 7
    assert {row["province"] for row in rows} == {"Nampho"}
    assert all(row["source"] for row in rows)


def test_list_json_has_every_unit():
    rows = json.loads(invoke("places", "list", "--format", "json").output)
    assert len(rows) == 206


def test_show_any_spelling():
    result = invoke("places", "show", "Sŏngch'ŏn", "--format", "json")
    record = json.loads(result.output)
    assert record["id"] == "south-phyongan/songchon"
    assert "Seongcheon" in record["variants"] and "성천군" in record["variants"]


def test_show_and_bad_input_fail_with_one_clean_line():
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        code = "from twentyten.cli import main; main()"
        return subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
        )

    ambiguous = run("places", "show", "Unsan")
    assert ambiguous.returncode == 1
    assert "ambiguous" in ambiguous.stderr and "Traceback" not in ambiguous.stderr
    missing = run("places", "find", "--file", "/nonexistent/report.txt")
    assert missing.returncode == 1 and "/nonexistent/report.txt" in missing.stderr
    unknown = run("places", "list", "--province", "Atlantis")
    assert unknown.returncode == 1 and "Atlantis" in unknown.stderr


def test_sync_writes_admin_units(store_url):
    first = invoke("places", "sync", "--db", store_url)
    assert first.exit_code == 0 and "219 row(s)" in first.output
    again = invoke("places", "sync", "--db", store_url)
    assert "0 row(s)" in again.output
