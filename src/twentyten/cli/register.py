"""Register commands: ``init``, ``import-facts``, ``reconcile``, ``review …``, ``projects …``."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

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
from twentyten.errors import InputError
from twentyten.register import (
    ImportReport,
    accept,
    audit_entries,
    edit,
    get_project,
    import_facts,
    list_projects,
    load_bundled,
    load_grading,
    process_new_documents,
    regrade_claims,
    reject,
    review_queue,
)

GradingOption = Annotated[
    str | None,
    typer.Option(
        "--grading",
        help="YAML file merged over the bundled Admiralty grading (default: $TWENTYTEN_GRADING).",
        show_default=False,
    ),
]
ReasonOption = Annotated[str, typer.Option("--reason", help="Why (required; kept in the log).")]
ActorOption = Annotated[str, typer.Option("--actor", help="Who decides.")]
ItemArgument = Annotated[str, typer.Argument(help="project:ID, event:ID or claim:ID")]

review_app = typer.Typer(
    help="Review low-confidence and conflicting register items.", no_args_is_help=True
)
projects_app = typer.Typer(help="County projects in the register.", no_args_is_help=True)


def _print_import(report: ImportReport) -> None:
    console.print(
        f"{report.path}: {report.rows_read} rows, {report.rows_changed} changed, "
        f"{report.projects_created} projects, {report.events_created} events, "
        f"{report.claims_created} claims added",
        highlight=False,
    )
    for error in report.errors:
        console_err.print(f"[bold red]error:[/] {escape(str(error))}", highlight=False)


def init(db: DbOption = None, grading: GradingOption = None) -> None:
    """Create or upgrade the store and load the bundled 2024-2026 register."""
    store = store_from(db)
    report = load_bundled(store, grading=load_grading(grading))
    console.print(f"store: {store.url}", highlight=False)
    console.print(f"admin units added or updated: {report.admin_units}")
    _print_import(report.cohorts)
    _print_import(report.programme)
    if report.cohorts.errors or report.programme.errors:
        raise typer.Exit(1)


def import_facts_command(
    csv_path: Annotated[str, typer.Argument(metavar="CSV", help="Curated cohort CSV.")],
    db: DbOption = None,
    grading: GradingOption = None,
) -> None:
    """Import curated facts (one row per county and cohort) as graded evidence."""
    report = import_facts(store_from(db), csv_path, grading=load_grading(grading))
    _print_import(report)
    if report.errors:
        raise typer.Exit(1)


def reconcile_command(db: DbOption = None, grading: GradingOption = None) -> None:
    """Extract events from documents not read yet and reconcile them into the register."""
    from rich.progress import Progress

    store = store_from(db)
    with Progress(console=console_err, transient=True) as progress:
        task = progress.add_task("extracting", total=None)
        report = process_new_documents(
            store,
            grading=load_grading(grading),
            on_progress=lambda n: progress.advance(task, n),
        )
    console.print(
        f"{report.documents_extracted} document versions read, "
        f"{report.mentions_recorded} mentions; {report.events_created} events, "
        f"{report.claims_created} claims, {report.projects_created} projects created; "
        f"{report.unresolved} mentions without a county",
        highlight=False,
    )


def regrade_command(db: DbOption = None, grading: GradingOption = None) -> None:
    """Grade every claim again with the current grading (hand-set grades are kept)."""
    changed = regrade_claims(store_from(db), load_grading(grading))
    console.print(f"{changed} claims regraded")


# --- review ----------------------------------------------------------------------------


@review_app.command("list")
def review_list(db: DbOption = None, output: FormatOption = OutputFormat.table) -> None:
    """Items that need a look, with the reasons."""
    items = review_queue(store_from(db))
    if output is OutputFormat.json:
        print_json([item.as_dict() for item in items])
        return
    if output is OutputFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(["item", "summary", "sources", "confidence", "reasons"])
        for item in items:
            writer.writerow(
                [item.item, item.summary, item.sources, item.confidence, "; ".join(item.reasons)]
            )
        return
    table = Table(title=f"Review queue ({len(items)})", title_justify="left")
    for header in ("Item", "What", "Sources", "Why"):
        table.add_column(header, overflow="fold")
    for item in items:
        sources = "" if item.sources is None else str(item.sources)
        table.add_row(item.item, item.summary, sources, "\n".join(item.reasons))
    console.print(table)


def _decision_command(
    decide: Callable[..., None], outcome: str, summary: str
) -> Callable[..., None]:
    """A ``review accept``/``review reject`` command: same arguments, different decision."""

    def command(
        item: ItemArgument,
        reason: ReasonOption,
        actor: ActorOption = "analyst",
        db: DbOption = None,
    ) -> None:
        decide(store_from(db), item, reason=reason, actor=actor)
        console.print(f"{item}: {outcome}", highlight=False)

    command.__doc__ = summary
    return command


review_app.command("accept")(_decision_command(accept, "accepted", "Accept an item."))
review_app.command("reject")(
    _decision_command(
        reject, "rejected", "Reject an item (kept, but left out of lifecycles and indicators)."
    )
)


@review_app.command("edit")
def review_edit(
    item: ItemArgument,
    field: Annotated[str, typer.Argument(help="Field to set, e.g. status, date, reliability.")],
    value: Annotated[str, typer.Argument(help="New value ('derived' hands it back).")],
    reason: ReasonOption,
    actor: ActorOption = "analyst",
    db: DbOption = None,
) -> None:
    """Set one field of an item; derived fields become overrides that win."""
    edit(store_from(db), item, field, value, reason=reason, actor=actor)
    console.print(escape(f"{item}: {field} = {value}"), highlight=False)


@review_app.command("log")
def review_log(
    item: Annotated[str | None, typer.Argument(help="Only this item's history.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Last N entries.")] = None,
    db: DbOption = None,
    output: FormatOption = OutputFormat.table,
) -> None:
    """The audit log, oldest first."""
    entries = audit_entries(store_from(db), item=item, limit=limit)
    rows = [
        {
            "at": e.at.isoformat() if e.at else None,
            "actor": e.actor,
            "action": e.action,
            "item": e.item,
            "field": e.field,
            "old": e.old_value,
            "new": e.new_value,
            "reason": e.reason,
        }
        for e in entries
    ]
    if output is OutputFormat.json:
        print_json(rows)
        return
    if output is OutputFormat.csv:
        print_csv(rows, list(rows[0]) if rows else ["at"])
        return
    table = Table(title="Audit log", title_justify="left")
    for header in ("At (UTC)", "Actor", "Action", "Item", "Field", "Old → new", "Reason"):
        table.add_column(header, overflow="fold")
    for row in rows:
        change = "" if row["field"] is None else f"{row['old']} → {row['new']}"
        table.add_row(
            (row["at"] or "")[:16].replace("T", " "),
            escape(row["actor"] or ""),
            row["action"],
            row["item"],
            row["field"] or "",
            escape(change),
            escape(row["reason"] or ""),
        )
    console.print(table)


# --- projects --------------------------------------------------------------------------

_PROJECT_COLUMNS = (
    "id",
    "county",
    "province",
    "facility_type",
    "facility_detail",
    "cohort",
    "status",
    "planned_start",
    "planned_end",
    "actual_start",
    "actual_start_precision",
    "actual_end",
    "actual_end_precision",
    "place_precision",
    "review_state",
    "counted_in_cohort",
    "sources",
    "state_media_only",
    "unit_id",
)


@projects_app.command("list")
def projects_list(
    cohort: Annotated[int | None, typer.Option("--cohort", help="Only this cohort.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="Only this status.")] = None,
    db: DbOption = None,
    output: FormatOption = OutputFormat.table,
) -> None:
    """Projects with their status, dates and number of independent sources."""
    from twentyten.register import STATUSES

    if status is not None and status not in STATUSES:
        raise InputError("--status", f"want one of {', '.join(STATUSES)}, not {status!r}")
    views = list_projects(store_from(db), cohort=cohort, status=status)
    rows = [{k: v.as_dict()[k] for k in _PROJECT_COLUMNS} for v in views]
    if output is OutputFormat.json:
        print_json(rows)
        return
    if output is OutputFormat.csv:
        print_csv(rows, _PROJECT_COLUMNS)
        return
    table = Table(title=f"Projects ({len(rows)})", title_justify="left")
    for header in (
        "ID",
        "County",
        "Province",
        "Facility",
        "Cohort",
        "Status",
        "Start",
        "End",
        "Sources",
    ):
        table.add_column(header, overflow="fold")
    for row in rows:
        facility = row["facility_type"] + (
            f" ({row['facility_detail']})" if row["facility_detail"] else ""
        )
        sources = f"{row['sources']}{' SM' if row['state_media_only'] else ''}"
        table.add_row(
            str(row["id"]),
            row["county"],
            row["province"],
            facility,
            str(row["cohort"] or "?"),
            row["status"],
            row["actual_start"] or "–",
            row["actual_end"] or "–",
            sources,
        )
    console.print(table)
    console.print("Sources: independent origins (mirrors count once); SM = state media only.")


@projects_app.command("show")
def projects_show(
    project_id: Annotated[int, typer.Argument(metavar="ID")],
    db: DbOption = None,
    output: Annotated[OutputFormat, typer.Option("--format", "-f", help="table or json.")] = (
        OutputFormat.table
    ),
) -> None:
    """One project: status, dates, events and every claim with its grade."""
    view = get_project(store_from(db), project_id)
    if output is not OutputFormat.table:
        print_json(view.as_dict(with_events=True))
        return
    facility = view.facility_type + (f" ({view.facility_detail})" if view.facility_detail else "")
    console.print(
        f"[bold]project:{view.id}[/] {view.county}, {view.province} · {facility} · "
        f"cohort {view.cohort or '?'}",
        highlight=False,
    )
    console.print(
        f"status {view.status} (review: {view.review_state}); "
        f"start {view.actual_start or '–'} ({view.actual_start_precision or '–'}), "
        f"end {view.actual_end or '–'} ({view.actual_end_precision or '–'}); "
        f"planned {view.planned_start or '–'}–{view.planned_end or '–'}; "
        f"{view.sources} independent source(s)",
        highlight=False,
    )
    if view.overrides:
        console.print(escape(f"analyst overrides: {view.overrides}"), highlight=False)
    if view.notes:
        console.print(escape(f"notes: {view.notes}"), highlight=False)
    for event in view.events:
        leader = {True: "leader present", False: "leader absent", None: "leader ?"}
        console.print(
            f"\n[bold]event:{event.id}[/] {event.event_type} {event.date or 'date unknown'} "
            f"({event.date_precision or '–'}), {leader[event.leader_attended]}, "
            f"{event.sources} source(s), review {event.review_state}",
            highlight=False,
        )
        for conflict in event.date_conflicts:
            console.print(f"  also reported: {conflict['date']}", highlight=False)
        for claim in event.claims:
            console.print(
                f"  claim:{claim.id} {claim.grade} {claim.source_kind:<11} "
                f"{claim.outlet or '?'} {claim.source_url or ''}"
                + (" [rejected]" if claim.review_state == "rejected" else ""),
                highlight=False,
            )


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("import-facts")(import_facts_command)
    app.command("reconcile")(reconcile_command)
    app.command("regrade")(regrade_command)
    app.add_typer(review_app, name="review")
    app.add_typer(projects_app, name="projects")
