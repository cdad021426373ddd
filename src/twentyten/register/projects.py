"""Projects: one county's facility of one type in one cohort; finding or creating them."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from twentyten.register.audit import append_audit
from twentyten.register.precision import PartialDate
from twentyten.store.engine import utcnow
from twentyten.store.schema import projects

UNSPECIFIED_FACILITY = ("other", "unspecified")


def ensure_project(
    conn: Connection,
    unit_id: str,
    facility_type: str,
    cohort: int | None,
    *,
    facility_detail: str | None = None,
    actor: str,
    reason: str,
    review_state: str = "proposed",
    counted_in_cohort: bool | None = None,
) -> tuple[int, bool]:
    """The project with this identity, created if missing: (id, created)."""
    query = select(projects.c.id).where(
        projects.c.unit_id == unit_id, projects.c.facility_type == facility_type
    )
    query = query.where(
        projects.c.cohort.is_(None) if cohort is None else projects.c.cohort == cohort
    )
    found = conn.execute(query.order_by(projects.c.id).limit(1)).scalar()
    if found is not None:
        return found, False
    now = utcnow()
    project_id = conn.execute(
        insert(projects).values(
            unit_id=unit_id,
            facility_type=facility_type,
            facility_detail=facility_detail,
            cohort=cohort,
            status="selected",
            planned_start=str(cohort) if cohort else None,
            planned_end=str(cohort) if cohort else None,
            place_precision="county",
            review_state=review_state,
            counted_in_cohort=counted_in_cohort,
            overrides={},
            created_at=now,
            updated_at=now,
        )
    ).inserted_primary_key[0]
    append_audit(
        conn,
        actor=actor,
        action="create",
        table_name="projects",
        row_id=project_id,
        new_value={"unit_id": unit_id, "facility_type": facility_type, "cohort": cohort},
        reason=reason,
    )
    return project_id, True


def project_for_event(
    conn: Connection,
    unit_id: str,
    facility_type: str,
    event_type: str,
    date: PartialDate | None,
    *,
    facility_detail: str | None = None,
    actor: str,
) -> tuple[int, bool]:
    """Which project an event of a county's facility belongs to, by cohort.

    A groundbreaking opens the cohort of its year. Any later evidence belongs to the most
    recent cohort that had started by then (curated cohorts come first); with no cohort known
    the project is kept with cohort None until a groundbreaking or an analyst places it.
    """
    rows = conn.execute(
        select(projects.c.id, projects.c.cohort).where(
            projects.c.unit_id == unit_id,
            projects.c.facility_type == facility_type,
            projects.c.review_state != "rejected",
        )
    ).all()
    with_cohort = sorted((r for r in rows if r.cohort is not None), key=lambda r: r.cohort)
    undated = [r for r in rows if r.cohort is None]
    if event_type == "groundbreaking" and date is not None:
        for row in with_cohort:
            if row.cohort == date.year:
                return row.id, False
        if undated:
            _adopt_cohort(conn, undated[0].id, date.year, actor)
            return undated[0].id, False
        return ensure_project(
            conn,
            unit_id,
            facility_type,
            date.year,
            facility_detail=facility_detail,
            actor=actor,
            reason=f"groundbreaking reported for {date}",
        )
    if with_cohort:
        if date is None:
            return with_cohort[-1].id, False
        started = [r for r in with_cohort if r.cohort <= date.year]
        return (started[-1] if started else with_cohort[0]).id, False
    if undated:
        return undated[0].id, False
    return ensure_project(
        conn,
        unit_id,
        facility_type,
        None,
        facility_detail=facility_detail,
        actor=actor,
        reason=f"{event_type} reported with no known cohort",
    )


def _adopt_cohort(conn: Connection, project_id: int, cohort: int, actor: str) -> None:
    conn.execute(
        update(projects)
        .where(projects.c.id == project_id)
        .values(cohort=cohort, updated_at=utcnow())
    )
    append_audit(
        conn,
        actor=actor,
        action="derive",
        table_name="projects",
        row_id=project_id,
        field="cohort",
        old_value=None,
        new_value=cohort,
        reason="cohort taken from the year of its groundbreaking",
    )
