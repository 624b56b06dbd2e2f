"""What the tables of a phase's items (cards, feedback entries) share: finding a live item,
changing, hiding and restoring several in one transaction.

Each table's module keeps its own checks (fields, limits, the rating's scale) and its
record type; these helpers take the row class, the noun for NotFoundError and the
function that turns a row into a record.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from werkstatt.store import ordering
from werkstatt.store.errors import NotFoundError
from werkstatt.store.models import PhaseRow
from werkstatt.store.ordering import PositionedRow
from werkstatt.store.rows import now, reachable_phase

Row = TypeVar("Row", bound=PositionedRow)
Record = TypeVar("Record")


def phase(session: Session, phase_id: int) -> PhaseRow:
    """The phase, if its items are in reach (NotFoundError if not)."""
    row = reachable_phase(session, phase_id)
    if row is None:
        raise NotFoundError("phase", phase_id)
    return row


def live_item(session: Session, model: type[Row], noun: str, item_id: int) -> tuple[Row, PhaseRow]:
    """A live item and its phase; NotFoundError(noun) if deleted or out of reach."""
    row = session.get(model, item_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(noun, item_id)
    phase_row = reachable_phase(session, row.phase_id)
    if phase_row is None:
        raise NotFoundError(noun, item_id)
    return row, phase_row


def update_many(
    session: Session,
    checked: Sequence[tuple[int, Mapping[str, Any]]],
    live_row: Callable[[int, Mapping[str, Any]], Row],
    record: Callable[[Row], Record],
) -> list[Record]:
    """Set the checked values on the rows ``live_row(id, values)`` finds (and checks)."""
    rows = []
    for item_id, values in checked:
        row = live_row(item_id, values)
        for name, value in values.items():
            setattr(row, name, value)
        rows.append(row)
    session.flush()
    return [record(row) for row in rows]


def delete_many(session: Session, model: type[Row], noun: str, item_ids: Sequence[int]) -> None:
    """Hide the live items; the items after each close the gap."""
    for item_id in item_ids:
        row, _phase = live_item(session, model, noun, item_id)
        # row keeps its position: restore puts it back there.
        row.deleted_at = now()
        ordering.shift(
            session, model, row.phase_id, start=row.position + 1, by=-1, except_id=row.id
        )
        session.flush()


def restore_many(
    session: Session,
    model: type[Row],
    noun: str,
    item_ids: Sequence[int],
    record: Callable[[Row], Record],
) -> list[Record]:
    """Put deleted items back, in this order, at the positions they had (live ones stay
    as they are); the reverse order of a :func:`delete_many` puts each back among its
    old neighbours."""
    restored = []
    for item_id in item_ids:
        row = session.get(model, item_id)
        if row is None or reachable_phase(session, row.phase_id) is None:
            raise NotFoundError(noun, item_id)
        if row.deleted_at is not None:
            count = ordering.live_count(session, model, row.phase_id)
            at = min(row.position, count)
            ordering.shift(session, model, row.phase_id, start=at, by=1, except_id=row.id)
            row.position = at
            row.deleted_at = None
            session.flush()
        # a record now: a later restore in this loop may shift the row again
        restored.append(record(row))
    return restored
