"""What the tables of a phase's items (cards, feedback entries, actions, reality checks)
share: finding a live item, making room for a new one, moving one, changing, hiding and
restoring several in one transaction.

Each table's module keeps its own checks (fields, limits, the rating's scale) and its
record type; these helpers take the row class, the noun for NotFoundError and the
function that turns a row into a record.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.store import ordering, validation
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.models import PhaseRow
from werkstatt.store.ordering import PositionedRow
from werkstatt.store.rows import Transactions, checked_index, now, reachable_phase

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


def make_room(
    session: Session,
    model: type[Row],
    phase_id: int,
    index: int | None,
    *,
    limit_field: str,
    limit: int,
) -> int:
    """The position for a new item at ``index`` (0..count; None appends), the items from
    there on moved one on; InvalidValueError(limit_field) when the phase holds ``limit``."""
    count = ordering.live_count(session, model, phase_id)
    if count >= limit:
        raise InvalidValueError(limit_field, count + 1, limit)
    at = count if index is None else checked_index("index", index, count)
    if at < count:
        ordering.shift(session, model, phase_id, start=at, by=1)
    return at


def move_item(session: Session, row: PositionedRow, index: int) -> None:
    """Put a live item at ``index`` (0..count - 1); the items between close up."""
    model = type(row)
    count = ordering.live_count(session, model, row.phase_id)
    target = checked_index("index", index, count - 1)
    old, phase_id = row.position, row.phase_id
    if target > old:
        ordering.shift(session, model, phase_id, start=old + 1, stop=target + 1, by=-1)
    elif target < old:
        ordering.shift(session, model, phase_id, start=target, stop=old, by=1)
    row.position = target
    session.flush()


def live_records(
    session: Session, model: type[Row], phase_ids: Sequence[int], record: Callable[[Row], Record]
) -> list[Record]:
    """The live items of the given phases as records, by phase and position (ORM rows:
    for the small tables; cards read plain columns)."""
    rows = session.scalars(
        select(model)
        .where(model.phase_id.in_(phase_ids), model.deleted_at.is_(None))
        .order_by(model.phase_id, model.position, model.id)
    )
    return [record(row) for row in rows]


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


class PhaseRowTable(Generic[Row, Record]):
    """The calls of a table of a phase's rows that the moderator edits as a whole list
    (actions, reality checks): each call one transaction, every value checked against
    ``fields`` before the transaction starts, so a refusal writes nothing.

    A subclass names its row class, noun, fields and record, and offers a typed ``add``
    that hands its values to :meth:`_add`; :meth:`_check` is its hook for the checks
    that need the session (a referenced row exists).
    """

    model: type[Row]
    noun: str
    #: the field an InvalidValueError names when a phase holds ``limit`` rows
    limit_field: str
    limit: int
    fields: Mapping[str, Callable[[str, object], Any]]

    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction

    def record(self, row: Row) -> Record:
        raise NotImplementedError

    def _check(self, session: Session, phase_row: PhaseRow, values: Mapping[str, Any]) -> None:
        """Checks of the values that need the session (nothing by default)."""

    def _add(self, phase_id: int, values: Mapping[str, Any], index: int | None) -> Record:
        checked = validation.checked(self.fields, values)
        with self._transaction(write=True) as session:
            phase_row = phase(session, phase_id)
            self._check(session, phase_row, checked)
            at = make_room(
                session,
                self.model,
                phase_id,
                index,
                limit_field=self.limit_field,
                limit=self.limit,
            )
            row = self.model(phase_id=phase_id, position=at, created_at=now(), **checked)
            session.add(row)
            session.flush()
            return self.record(row)

    def update(self, row_id: int, **changes: Any) -> Record:
        return self.update_many([(row_id, changes)])[0]

    def update_many(
        self, changes: Sequence[tuple[int, Mapping[str, Any]]]
    ) -> builtins.list[Record]:
        """Change several rows in one transaction: all of them, or (on an error) none."""
        checked = [(row_id, validation.checked(self.fields, values)) for row_id, values in changes]
        with self._transaction(write=True) as session:

            def live_row(row_id: int, values: Mapping[str, Any]) -> Row:
                row, phase_row = live_item(session, self.model, self.noun, row_id)
                self._check(session, phase_row, values)
                return row

            return update_many(session, checked, live_row, self.record)

    def move(self, row_id: int, index: int) -> builtins.list[Record]:
        """Move a row to ``index`` (0..number of rows - 1); return the phase's rows."""
        with self._transaction(write=True) as session:
            row, _phase = live_item(session, self.model, self.noun, row_id)
            move_item(session, row, index)
            return live_records(session, self.model, [row.phase_id], self.record)

    def delete(self, row_id: int) -> None:
        """Hide the row (undo: :meth:`restore`); the rows after it close the gap."""
        self.delete_many([row_id])

    def delete_many(self, row_ids: Sequence[int]) -> None:
        with self._transaction(write=True) as session:
            delete_many(session, self.model, self.noun, row_ids)

    def restore(self, row_id: int) -> Record:
        """Put a deleted row back at the position it had; a live one is returned as is."""
        return self.restore_many([row_id])[0]

    def restore_many(self, row_ids: Sequence[int]) -> builtins.list[Record]:
        with self._transaction(write=True) as session:
            return restore_many(session, self.model, self.noun, row_ids, self.record)

    def list(self, phase_id: int) -> builtins.list[Record]:
        """The phase's live rows by position."""
        with self._transaction(write=False) as session:
            phase(session, phase_id)
            return live_records(session, self.model, [phase_id], self.record)

    def count(self, phase_id: int) -> int:
        with self._transaction(write=False) as session:
            phase(session, phase_id)
            return ordering.live_count(session, self.model, phase_id)
