"""``twentyten ingest`` and ``twentyten documents``: reading reports in and looking at them."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError

from twentyten.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    console,
    console_err,
    print_csv,
    print_json,
    store_from,
)
from twentyten.errors import InputError, TwentytenError
from twentyten.register import process_new_documents
from twentyten.sources import IngestProgress, get_document, ingest, list_batches, list_documents
from twentyten.sources.catalog import batch_errors
from twentyten.sources.files import count_candidate_files

MAX_LISTED = 30


def ingest_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files and folders (read recursively) of reports.", show_default=False),
    ] = None,
    feed: Annotated[
        list[str] | None,
        typer.Option("--feed", help="RSS/Atom feed: URL or file (repeatable).", show_default=False),
    ] = None,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", help="Documents per transaction.", min=1)
    ] = 500,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    update_register: Annotated[
        bool,
        typer.Option(
            "--update/--no-update",
            help="Extract events from the new versions and reconcile them into the register.",
        ),
    ] = True,
    db: DbOption = None,
) -> None:
    """Read reports (txt, md, html, json, csv, rss/atom) into the store.

    Identical content is stored once; a changed text under the same file path or URL is kept
    as a new version and flagged. Files that cannot be read are listed and the rest goes on:
    the exit code is 0 when the batch finished, even if some files failed.
    """
    paths = paths or []
    feeds = feed or []
    if not paths and not feeds:
        raise typer.BadParameter("give at least one PATH or --feed")
    for path in paths:
        # A mistyped argument is the user's error, not a file the batch could not read.
        if not path.exists():
            raise InputError(path, "no such file or folder")
    with store_from(db) as store:
        show_bar = not quiet and sys.stderr.isatty()
        with Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.fields[current]}", style="dim"),
            console=console_err,
            disable=not show_bar,
            transient=True,
        ) as bar:
            total = count_candidate_files(paths) + len(feeds) if show_bar else None
            task = bar.add_task("ingest", total=total, current="")

            def advance(step: IngestProgress) -> None:
                bar.update(task, completed=step.files_done, current=Path(step.current).name[:40])

            try:
                report = ingest(store, paths, feeds, progress=advance, chunk_size=chunk_size)
            except SQLAlchemyError as error:
                reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
                raise TwentytenError(
                    f"database error, ingest stopped (run it again to resume): {reason}"
                ) from error
        reconciled = process_new_documents(store) if update_register else None

    for problem in report.errors[:MAX_LISTED]:
        console.print(f"[red]failed[/] {escape(str(problem))}", highlight=False, soft_wrap=True)
    if len(report.errors) > MAX_LISTED:
        console.print(
            f"… and {len(report.errors) - MAX_LISTED} more "
            f"(twentyten documents errors {report.batch_id})",
            highlight=False,
        )
    for changed in report.changed[:MAX_LISTED]:
        console.print(
            f"[yellow]changed[/] document {changed.document_id} now at version "
            f"{changed.version}: {escape(changed.locator)}",
            highlight=False,
            soft_wrap=True,
        )
    if len(report.changed) > MAX_LISTED:
        console.print(f"… and {len(report.changed) - MAX_LISTED} more changed documents")
    console.print(escape(report.summary()), highlight=False)
    if report.n_failed:
        console.print(
            f"batch finished; {report.n_failed} input(s) could not be read (listed above)",
            highlight=False,
        )
    if reconciled is not None:
        console.print(
            f"register: {reconciled.documents_extracted} versions read, "
            f"{reconciled.mentions_recorded} events extracted, "
            f"{reconciled.events_created} new events, {reconciled.claims_created} new claims, "
            f"{reconciled.projects_created} new projects",
            highlight=False,
        )


documents_app = typer.Typer(help="Look at stored documents, their versions and ingest batches.")


@documents_app.command("list")
def documents_list(
    outlet: Annotated[str | None, typer.Option(help="Only this outlet (e.g. KCNA).")] = None,
    kind: Annotated[str | None, typer.Option(help="Only this source kind.")] = None,
    language: Annotated[str | None, typer.Option(help="en, ko or und.")] = None,
    changed: Annotated[
        bool, typer.Option("--changed", help="Only documents with more than one version.")
    ] = False,
    search: Annotated[str | None, typer.Option(help="Text in the title or locator.")] = None,
    limit: Annotated[int, typer.Option(help="How many (newest first).", min=1)] = 50,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Stored documents, newest first."""
    with store_from(db) as store:
        rows = list_documents(
            store,
            outlet=outlet,
            source_kind=kind,
            language=language,
            changed=True if changed else None,
            search=search,
            limit=limit,
        )
    records = [asdict(row) for row in rows]
    if fmt is OutputFormat.json:
        print_json(records)
    elif fmt is OutputFormat.csv:
        _write_csv(records)
    else:
        cells = [
            (
                str(row.id),
                row.published or "",
                row.outlet or "",
                row.source_kind,
                row.language or "",
                f"{row.latest_version}{'*' if row.changed else ''}",
            )
            for row in rows
        ]
        table = Table()
        # The short columns keep their full width; only the title gives way on a narrow
        # terminal (left to itself Rich squeezed them to nothing to fit the unwrapped title).
        used = 1
        for index, header in enumerate(("id", "published", "outlet", "kind", "lang", "v")):
            width = max([len(header), *(len(cell[index]) for cell in cells)])
            table.add_column(header, no_wrap=True, min_width=width)
            used += width + 3
        title_width = max(console.width - used - 3, 10)
        table.add_column(
            "title / locator", no_wrap=True, overflow="ellipsis", max_width=title_width
        )
        for row, short in zip(rows, cells, strict=True):
            table.add_row(*short, escape(row.title or row.locator))
        console.print(table)


@documents_app.command("show")
def documents_show(
    document_id: Annotated[int, typer.Argument(help="Document id (see documents list).")],
    versions: Annotated[
        bool, typer.Option("--versions", help="List every version, with each text.")
    ] = False,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """One document: its metadata and latest text (every version with --versions)."""
    with store_from(db) as store:
        detail = get_document(store, document_id, all_texts=versions)
    if fmt is not OutputFormat.table:
        print_json(asdict(detail))
        return
    doc = detail.document
    console.print(f"[bold]{escape(doc.title or '(no title)')}[/]", highlight=False)
    for label, value in (
        ("id", doc.id),
        ("locator", doc.locator),
        ("url", doc.url),
        ("outlet", f"{doc.outlet or '?'} ({doc.source_kind})"),
        ("language", doc.language),
        ("published", doc.published),
        ("versions", f"{doc.latest_version}{' (changed)' if doc.changed else ''}"),
    ):
        console.print(f"[dim]{label:>10}[/] {escape(str(value or ''))}", highlight=False)
    shown = detail.versions if versions else detail.versions[-1:]
    for version in shown:
        console.rule(
            f"version {version.version} · {version.ingested_at:%Y-%m-%d %H:%M} · batch "
            f"{version.batch_id} · {version.raw_format} · {version.encoding} · "
            f"sha256 {version.content_hash[:12]}"
        )
        console.print(escape(version.text or ""), highlight=False)


@documents_app.command("batches")
def documents_batches(
    limit: Annotated[int, typer.Option(help="How many (newest first).", min=1)] = 20,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Ingest batches with their counts."""
    with store_from(db) as store:
        batches = list_batches(store, limit=limit)
    records = [asdict(b) for b in batches]
    if fmt is OutputFormat.json:
        print_json(records)
    elif fmt is OutputFormat.csv:
        _write_csv(records)
    else:
        table = Table("id", "started", "status", "new", "versions", "unchanged", "failed")
        for b in batches:
            table.add_row(
                str(b.id),
                f"{b.started_at:%Y-%m-%d %H:%M}",
                b.status,
                str(b.n_new),
                str(b.n_versions),
                str(b.n_unchanged),
                str(b.n_failed),
            )
        console.print(table)


@documents_app.command("errors")
def documents_errors(
    batch_id: Annotated[int | None, typer.Argument(help="Batch id (default: the latest).")] = None,
    db: DbOption = None,
) -> None:
    """The inputs a batch could not read, one line each."""
    with store_from(db) as store:
        if batch_id is None:
            latest = list_batches(store, limit=1)
            if not latest:
                console.print("no batches yet")
                return
            batch_id = latest[0].id
        problems = batch_errors(store, batch_id)
    if not problems:
        console.print(f"batch {batch_id}: every input was read")
    for locator, line, message in problems:
        where = locator if line is None else f"{locator}:{line}"
        console.print(f"{escape(where)}: {escape(message)}", highlight=False, soft_wrap=True)


def _write_csv(records: list[dict]) -> None:  # type: ignore[type-arg]
    if not records:
        return
    print_csv(records, list(records[0]))


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.add_typer(documents_app, name="documents")
