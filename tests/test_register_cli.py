from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from twentyten.cli import app

runner = CliRunner()


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_init_list_show_and_review(store_url: str) -> None:
    code, out = _run("init", "--db", store_url)
    assert code == 0, out
    code, out = _run("projects", "list", "--db", store_url, "--cohort", "2024", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 20
    assert {r["status"] for r in rows} == {"completed"}
    songchon = next(r for r in rows if r["county"] == "Songchon")
    code, out = _run("projects", "show", str(songchon["id"]), "--db", store_url, "-f", "json")
    shown = json.loads(out)
    assert shown["actual_end"] == "2024-12-20"
    assert {e["event_type"] for e in shown["events"]} == {"groundbreaking", "completion"}

    code, out = _run(
        "review",
        "edit",
        f"project:{songchon['id']}",
        "status",
        "operating",
        "--reason",
        "imagery shows trucks loading",
        "--db",
        store_url,
    )
    assert code == 0, out
    code, out = _run(
        "projects", "list", "--db", store_url, "--status", "operating", "--format", "csv"
    )
    assert code == 0 and out.count("\n") == 2 and "Songchon" in out
    code, out = _run(
        "review", "log", f"project:{songchon['id']}", "--db", store_url, "--format", "json"
    )
    assert json.loads(out)[-1]["reason"] == "imagery shows trucks loading"

    # Bracketed text an analyst types is shown as typed, not taken for Rich markup.
    code, out = _run(
        "review",
        "accept",
        f"project:{songchon['id']}",
        "--reason",
        "[b]x",
        "--db",
        store_url,
    )
    assert code == 0, out
    code, out = _run("review", "log", f"project:{songchon['id']}", "--db", store_url)
    assert "[b]x" in out


def test_review_needs_a_reason(tmp_path: Path) -> None:
    db = str(tmp_path / "r.sqlite")
    code, _ = _run("review", "accept", "project:1", "--db", db)
    assert code != 0


def test_import_facts_reports_bad_lines(tmp_path: Path) -> None:
    db = str(tmp_path / "r.sqlite")
    assert _run("init", "--db", db)[0] == 0
    path = tmp_path / "mine.csv"
    path.write_text(
        "year_cohort,county_en,county_ko,province_en,facility_types,groundbreaking_date,"
        "completion_date,leader_attended,notes,source_urls\n"
        "2026,Nowhere,,Jagang,hospital,2026-02,,none,,\n",
        encoding="utf-8",
    )
    code, out = _run("import-facts", str(path), "--db", db)
    assert code == 1 and "mine.csv:2" in out and "unknown county" in out
    # The column is named too: "[county_en]" must not be eaten as Rich markup.
    assert "mine.csv:2 [county_en]: unknown county" in " ".join(out.split())
