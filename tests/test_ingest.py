"""Ingesting into the store, on SQLite and PostgreSQL: idempotence, versions, faults, feeds."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from twentyten.sources import (
    IngestProgress,
    batch_versions,
    get_document,
    ingest,
    ingest_feed,
    ingest_paths,
    list_documents,
    new_versions_since,
)
from twentyten.store import Store
from twentyten.store.schema import document_versions, documents, ingest_batches, ingest_errors

FIXTURES = Path(__file__).parent / "fixtures" / "sources"

REPORT_A = (
    "Factories Completed in Kimhwa County\n\n"
    "Pyongyang, January 7 (KCNA) -- Regional industry factories were completed in Kimhwa "
    "County, Kangwon Province, and began making goods for the residents of the county.\n"
)
REPORT_B = (
    "평안북도 구성시 병원 준공\n\n"
    "【평양 12월 16일발 조선중앙통신】 평안북도 구성시에 현대적인 병원이 새로 일떠섰다. "
    "준공식에는 도와 시의 일군들이 참가하였다.\n"
)


def count(store: Store, table) -> int:  # type: ignore[no-untyped-def]
    with store.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def table_counts(store: Store) -> tuple[int, int, int]:
    return count(store, documents), count(store, document_versions), count(store, ingest_errors)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    (folder / "state").mkdir(parents=True)
    (folder / "state" / "kimhwa.txt").write_text(REPORT_A, encoding="utf-8")
    (folder / "state" / "kusong.txt").write_bytes(REPORT_B.encode("euc-kr"))
    for name in ("kcna_like.html", "rodong_like.html", "yonhap_like.html", "generic_blog.html"):
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def test_ingest_folder_stores_documents_with_metadata(store: Store, archive: Path) -> None:
    report = ingest_paths(store, [archive])
    assert (report.n_new, report.n_versions, report.n_unchanged, report.n_failed) == (6, 0, 0, 0)
    assert report.status == "done" and report.n_files == 6
    assert table_counts(store) == (6, 6, 0)
    docs = {Path(d.locator).name: d for d in list_documents(store, limit=None)}
    assert (docs["kusong.txt"].language, docs["kusong.txt"].outlet) == ("ko", "KCNA")
    assert docs["yonhap_like.html"].url == "https://en.yna.co.kr/view/AEN20250108000900315"
    assert docs["yonhap_like.html"].published == "2025-01-08"
    assert docs["rodong_like.html"].source_kind == "state_media"
    detail = get_document(store, docs["kusong.txt"].id)
    assert detail.versions[0].encoding == "euc-kr"
    assert detail.text == REPORT_B.strip()
    with store.connect() as conn:
        batch = conn.execute(select(ingest_batches)).one()
    assert (batch.status, batch.n_new, batch.n_failed) == ("done", 6, 0)
    assert batch.finished_at is not None


def test_reingesting_identical_content_changes_nothing(store: Store, archive: Path) -> None:
    ingest_paths(store, [archive])
    before = table_counts(store)
    again = ingest_paths(store, [archive])
    assert (again.n_new, again.n_versions, again.n_unchanged) == (0, 0, 6)
    assert table_counts(store) == before
    assert not any(d.changed for d in list_documents(store, limit=None))


def test_changed_file_becomes_a_new_flagged_version(store: Store, archive: Path) -> None:
    first = ingest_paths(store, [archive])
    target = archive / "state" / "kimhwa.txt"
    edited = REPORT_A.replace("began making goods", "started production")
    target.write_text(edited, encoding="utf-8")
    second = ingest_paths(store, [archive])
    assert (second.n_new, second.n_versions, second.n_unchanged) == (0, 1, 5)
    (changed,) = second.changed
    assert changed.locator == str(target) and changed.version == 2
    detail = get_document(store, changed.document_id, all_texts=True)
    assert detail.document.changed and detail.document.latest_version == 2
    assert [v.version for v in detail.versions] == [1, 2]
    assert detail.versions[0].text == REPORT_A.strip()
    assert detail.versions[1].text == edited.strip()
    assert detail.versions[0].batch_id == first.batch_id
    assert detail.versions[1].batch_id == second.batch_id
    assert [v.version_id for v in batch_versions(store, second.batch_id)] == [detail.versions[1].id]
    # Going back to a text the document already had stores nothing new.
    target.write_text(REPORT_A, encoding="utf-8")
    third = ingest_paths(store, [archive])
    assert (third.n_versions, third.n_unchanged) == (0, 6)
    assert count(store, document_versions) == 7


def test_bad_inputs_are_recorded_and_the_batch_goes_on(store: Store, archive: Path) -> None:
    (archive / "empty.txt").write_bytes(b"")
    (archive / "scan.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    (archive / "nul.md").write_bytes(b"text\x00with\x00nul bytes")
    (archive / "garbled.txt").write_bytes(bytes(range(0x80, 0x100)) * 30)
    with (archive / "huge.html").open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    shutil.copy(FIXTURES / "no_article.html", archive / "menu_only.html")
    (archive / "export.csv").write_text("title,date\nOne,2025-01-01\n", encoding="utf-8")
    (archive / "rows.csv").write_text(
        f'title,text\nGood,"{REPORT_A}"\nShort row\n', encoding="utf-8"
    )
    report = ingest_paths(store, [archive, archive / "missing.txt"])
    assert report.status == "done"
    assert report.n_new == 7  # the six good files and the good CSV row
    by_file = {Path(p.locator).name: p for p in report.errors}
    assert set(by_file) == {
        "empty.txt",
        "scan.txt",
        "nul.md",
        "garbled.txt",
        "huge.html",
        "menu_only.html",
        "export.csv",
        "rows.csv",
        "missing.txt",
    }
    assert "over the 50 MB limit" in by_file["huge.html"].message
    assert by_file["export.csv"].line == 1 and "no text column" in by_file["export.csv"].message
    assert by_file["rows.csv"].line is not None
    assert report.n_failed == len(report.errors) == count(store, ingest_errors)
    with store.connect() as conn:
        stored = {
            (Path(r.locator).name, r.line, r.message)
            for r in conn.execute(
                select(ingest_errors).where(ingest_errors.c.batch_id == report.batch_id)
            )
        }
    assert stored == {(Path(p.locator).name, p.line, p.message) for p in report.errors}
    # Every stored document has its version: nothing half-written.
    assert count(store, documents) == count(store, document_versions) == 7


def test_same_locator_twice_in_one_export_gives_two_versions(store: Store, tmp_path: Path) -> None:
    export = tmp_path / "dump.json"
    url = "https://kcna.kp/en/article/q/abc.kcmsf"
    export.write_text(
        json.dumps(
            [{"url": url, "text": REPORT_A}, {"url": url, "text": REPORT_A + "\nCorrected."}]
        ),
        encoding="utf-8",
    )
    report = ingest_paths(store, [export])
    assert (report.n_new, report.n_versions) == (1, 1)
    (doc,) = list_documents(store)
    assert (doc.locator, doc.latest_version, doc.changed, doc.outlet) == (url, 2, True, "KCNA")


def test_chunks_commit_independently_and_an_interrupted_batch_resumes(
    store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        (folder / f"r{n:03d}.txt").write_text(f"Report {n}\n\n{REPORT_A}", encoding="utf-8")
    (folder / "r999.txt").write_bytes(b"")

    def stop_midway(step: IngestProgress) -> None:
        if step.files_done == 35:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(store, [folder], progress=stop_midway, chunk_size=10)
    with store.connect() as conn:
        batch = conn.execute(select(ingest_batches)).one()
    assert batch.status == "interrupted"
    stored = count(store, documents)
    assert stored == batch.n_new == 30  # three whole chunks; the fourth was never committed
    assert count(store, document_versions) == stored

    report = ingest(store, [folder], chunk_size=10)
    assert report.resumed and report.batch_id == batch.id
    assert (report.n_new, report.n_already_done, report.n_unchanged) == (30, 30, 0)
    with store.connect() as conn:
        batch = conn.execute(select(ingest_batches)).one()
    assert (batch.status, batch.n_new, batch.n_unchanged, batch.n_failed) == ("done", 60, 0, 1)
    assert count(store, documents) == count(store, document_versions) == 60
    assert count(store, ingest_errors) == 1
    assert len(list(new_versions_since(store, batch.id))) == 60


def test_a_different_command_does_not_take_over_an_interrupted_batch(
    store: Store, archive: Path
) -> None:
    def stop(step: IngestProgress) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(store, [archive], progress=stop, chunk_size=1)
    other = ingest(store, [archive / "state"])
    assert not other.resumed
    assert count(store, ingest_batches) == 2


# --- feeds -------------------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def feed_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real HTTP server on 127.0.0.1 serving a folder the test writes feeds into."""
    root = tmp_path / "served"
    root.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()


def test_feed_over_http_with_a_later_edit(store: Store, feed_server: tuple[str, Path]) -> None:
    base, root = feed_server
    original = (FIXTURES / "state_media.rss").read_text(encoding="utf-8")
    (root / "kcna.rss").write_text(original, encoding="utf-8")
    report = ingest_feed(store, f"{base}/kcna.rss")
    assert (report.n_new, report.n_failed) == (2, 1)
    assert "item 3 has no content" in report.errors[0].message
    assert report.errors[0].locator == f"{base}/kcna.rss"
    docs = {d.locator: d for d in list_documents(store)}
    first = docs["https://kcnawatch.org/newstream/1001/hospital-completed-kangdong/"]
    assert (first.outlet, first.source_kind, first.published) == (
        "KCNA",
        "state_media",
        "2025-12-15",
    )
    assert "Share" not in get_document(store, first.id).text
    assert docs["https://kcnawatch.org/newstream/1002/kusong-hospital/"].language == "ko"

    (root / "kcna.rss").write_text(
        original.replace("moved into the wards", "began treating patients"), encoding="utf-8"
    )
    again = ingest_feed(store, f"{base}/kcna.rss")
    assert (again.n_new, again.n_versions, again.n_unchanged) == (0, 1, 1)
    assert again.changed[0].locator == first.locator
    assert get_document(store, first.id).document.changed


def test_feed_http_errors_are_recorded(store: Store, feed_server: tuple[str, Path]) -> None:
    base, _ = feed_server
    report = ingest_feed(store, f"{base}/nothing-here.rss")
    assert report.status == "done" and report.n_new == 0
    (problem,) = report.errors
    assert "HTTP 404" in problem.message and problem.locator == f"{base}/nothing-here.rss"


def test_feed_files_atom_and_malformed(store: Store, tmp_path: Path) -> None:
    atom = tmp_path / "analysis.atom"
    shutil.copy(FIXTURES / "analysis.atom", atom)
    report = ingest(
        store, feeds=[atom.as_uri(), str(FIXTURES / "malformed.rss"), str(tmp_path / "no.rss")]
    )
    assert report.n_new == 1
    (doc,) = list_documents(store)
    assert (doc.outlet, doc.source_kind, doc.published) == ("38 North", "analysis", "2025-10-04")
    messages = [str(p) for p in report.errors]
    assert any("malformed.rss:6: malformed feed" in m for m in messages)
    assert any("no.rss: no such feed file" in m for m in messages)


def test_feed_files_found_in_a_folder(store: Store, tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "state_media.rss", tmp_path / "saved.rss")
    report = ingest_paths(store, [tmp_path])
    assert report.n_new == 2 and report.n_failed == 1


def test_resaving_with_other_line_ends_bom_or_normal_form_is_not_a_change(
    store: Store, tmp_path: Path
) -> None:
    import unicodedata

    note = tmp_path / "note.txt"
    note.write_text(REPORT_B, encoding="utf-8")
    ingest_paths(store, [note])
    decomposed = unicodedata.normalize("NFD", REPORT_B)
    assert decomposed != REPORT_B
    for variant in (
        b"\xef\xbb\xbf" + REPORT_B.replace("\n", "\r\n").encode("utf-8"),
        decomposed.encode("utf-8"),
        REPORT_B.encode("euc-kr"),
        (REPORT_B + "\n\n\n").encode("utf-16"),
    ):
        note.write_bytes(variant)
        report = ingest_paths(store, [note])
        assert (report.n_unchanged, report.n_versions) == (1, 0)
    assert count(store, document_versions) == 1


def test_values_a_database_refuses_do_not_break_the_chunk(store: Store, tmp_path: Path) -> None:
    export = tmp_path / "odd.json"
    export.write_text(
        json.dumps(
            [
                {"title": "with\u0000nul", "text": "A report\u0000 with a NUL character in it."},
                {"text": REPORT_A, "source": "A very long outlet name " * 20},
                {"text": REPORT_B, "url": "https://www.dailynk.com/english/x/"},
            ]
        ),
        encoding="utf-8",
    )
    report = ingest_paths(store, [export])
    assert (report.n_new, report.n_failed) == (3, 0)
    texts = {v.text for v in new_versions_since(store)}
    assert "A report with a NUL character in it." in texts
    outlets = {d.outlet for d in list_documents(store)}
    assert "Daily NK" in outlets
    assert max(len(o or "") for o in outlets) <= 120
