"""What the library's parts share: the transaction they run in, finding live rows (a row
of a soft-deleted workshop or phase is out of reach), and turning rows into records."""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.core.records import Phase, PhaseRun, Workshop, WorkshopStatus
from werkstatt.methods.model import PhaseKind
from werkstatt.store import validation
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.models import PhaseRow, WorkshopRow


class Transactions(Protocol):
    """The library's transaction helper: one short transaction, committed when the block
    ends, rolled back if it raises, database errors mapped to the store's typed errors."""

    def __call__(self, *, write: bool) -> AbstractContextManager[Session]: ...


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def moment(field: str, value: object) -> dt.datetime:
    """A caller's point in time ('at'), or now; it must know its time zone."""
    if value is None:
        return now()
    if not isinstance(value, dt.datetime) or value.utcoffset() is None:
        raise InvalidValueError(field, value, "timezone-aware datetime")
    return value.astimezone(dt.UTC)


# live rows ---------------------------------------------------------------------
def live_workshop(session: Session, workshop_id: int) -> WorkshopRow:
    row = session.get(WorkshopRow, workshop_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("workshop", workshop_id)
    return row


def live_phases(session: Session, workshop_id: int) -> list[PhaseRow]:
    return list(
        session.scalars(
            select(PhaseRow)
            .where(PhaseRow.workshop_id == workshop_id, PhaseRow.deleted_at.is_(None))
            .order_by(PhaseRow.position, PhaseRow.id)
        )
    )


def phase_and_workshop(session: Session, phase_id: int) -> tuple[PhaseRow, WorkshopRow]:
    """The phase (live or removed) and its live workshop."""
    row = session.get(PhaseRow, phase_id)
    if row is None:
        raise NotFoundError("phase", phase_id)
    workshop = session.get(WorkshopRow, row.workshop_id)
    if workshop is None or workshop.deleted_at is not None:
        # The phase is out of reach while its workshop is deleted.
        raise NotFoundError("phase", phase_id)
    return row, workshop


def live_phase_and_workshop(session: Session, phase_id: int) -> tuple[PhaseRow, WorkshopRow]:
    row, workshop = phase_and_workshop(session, phase_id)
    if row.deleted_at is not None:
        raise NotFoundError("phase", phase_id)
    return row, workshop


def reachable_phase(session: Session, phase_id: int) -> PhaseRow | None:
    """The phase if it and its workshop are both live (what its results need), else None."""
    row = session.get(PhaseRow, phase_id)
    if row is None or row.deleted_at is not None:
        return None
    workshop = session.get(WorkshopRow, row.workshop_id)
    if workshop is None or workshop.deleted_at is not None:
        return None
    return row


def checked_index(field: str, index: object, count: int) -> int:
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index <= count:
        raise InvalidValueError(field, index, (0, count))
    return index


# records -----------------------------------------------------------------------
def workshop_record(row: WorkshopRow) -> Workshop:
    return Workshop(
        id=row.id,
        uid=row.uid,
        title=row.title,
        method=row.method,
        date=row.date,
        start_time=row.start_time,
        place=row.place,
        client=row.client,
        moderators=row.moderators,
        expected_participants=row.expected_participants,
        notes=row.notes,
        status=WorkshopStatus(row.status),
        language=row.language,
        created_at=row.created_at,
        changed_at=row.changed_at,
    )


def phase_record(row: PhaseRow) -> Phase:
    return Phase(
        id=row.id,
        workshop_id=row.workshop_id,
        position=row.position,
        kind=PhaseKind(row.kind),
        title=row.title,
        question=row.question,
        script=row.script,
        planned_minutes=row.planned_minutes,
        # A copy: the record must not share a dict with the session's row.
        settings=validation.settings("settings", row.settings),
        key=row.key,
    )


def phase_run_record(row: PhaseRow) -> PhaseRun:
    return PhaseRun(
        phase_id=row.id,
        actual_start=row.actual_start,
        actual_end=row.actual_end,
        skipped=row.skipped,
    )
