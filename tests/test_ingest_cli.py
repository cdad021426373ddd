"""``twentyten ingest`` and ``twentyten documents`` as a user runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from twentyten.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def make_archive(folder: Path) -> Path:
    folder.mkdir()
    for name in ("kcna_like.html", "yonhap_like.html", "no_article.html"):
        shutil.copy(FIXTURES / name, folder / name)
    (folder / "note.txt").write_text(
        "Kusong hospital note\n\nThe roof is finished in the newest image of the site.\n",
        encoding="utf-8",
    )
    return folder


def test_ingest_reports_failures_but_exits_zero(store_url: str, tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "archive")
    code, out = run(
        "ingest", str(archive), "--feed", str(FIXTURES / "analysis.atom"), "--db", store_url
    )
    assert code == 0, out
    assert "4 new, 0 new versions, 0 unchanged, 1 failed" in out
    assert f"failed {archive / 'no_article.html'}: no article text found" in out
    assert "1 input(s) could not be read" in out

    (archive / "note.txt").write_text("Kusong hospital note\n\nNow with equipment.\n", "utf-8")
    code, out = run("ingest", str(archive), "--db", store_url)
    assert code == 0
    assert "0 new, 1 new versions, 2 unchanged, 1 failed" in out
    assert "now at version 2" in out and "note.txt" in out

    code, out = run("documents", "list", "--changed", "--format", "json", "--db", store_url)
    (changed,) = json.loads(out)
    assert changed["locator"] == str(archive / "note.txt") and changed["latest_version"] == 2

    code, out = run(
        "documents", "show", str(changed["id"]), "--versions", "--format", "json", "--db", store_url
    )
    detail = json.loads(out)
    assert [v["version"] for v in detail["versions"]] == [1, 2]
    assert "Now with equipment." in detail["versions"][1]["text"]
    assert "roof is finished" in detail["versions"][0]["text"]

    code, out = run("documents", "list", "--outlet", "yonhap", "--format", "csv", "--db", store_url)
    lines = out.strip().splitlines()
    assert lines[0].startswith("id,locator,title") and len(lines) == 2

    code, out = run("documents", "batches", "--format", "json", "--db", store_url)
    batches = json.loads(out)
    assert [(b["status"], b["n_new"], b["n_versions"]) for b in batches] == [
        ("done", 0, 1),
        ("done", 4, 0),
    ]
    code, out = run("documents", "errors", "--db", store_url)
    assert out.strip() == f"{archive / 'no_article.html'}: no article text found in the page"


def test_unknown_document_and_missing_path_are_clean_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "t.sqlite")
    for args in (["documents", "show", "999"], ["ingest", str(tmp_path / "nope")]):
        completed = subprocess.run(
            [sys.executable, "-c", "from twentyten.cli import main; main()", *args, "--db", db],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert completed.returncode == 1
        # (Rich may wrap a long message at the terminal width; it is one message.)
        line = " ".join(completed.stderr.split())
        assert line.startswith("error:")
        assert "no document with id 999" in line or "no such file or folder" in line


def test_documents_table_keeps_its_short_columns_on_a_narrow_terminal(
    store_url: str, tmp_path: Path
) -> None:
    report = tmp_path / "long_title.txt"
    report.write_text(
        "A very long first line that serves as the title of this note about the hospital "
        "being built in Kusong City and its newly finished roof and walls\n\nBody text.\n",
        encoding="utf-8",
    )
    assert run("ingest", str(report), "--no-update", "--db", store_url)[0] == 0
    code, out = run("documents", "list", "--db", store_url)
    assert code == 0
    header = next(line for line in out.splitlines() if "title / locator" in line)
    # Before, the wide title squeezed these to zero width at 80 columns.
    for name in ("id", "published", "outlet", "kind", "lang"):
        assert f" {name} " in header, header
    assert max(len(line) for line in out.splitlines()) <= 80

    code, out = run("documents", "errors", "--db", store_url)
    assert code == 0 and out.strip() == "batch 1: every input was read"
