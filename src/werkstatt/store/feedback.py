"""``library.feedback``: the entries of a feedback round (Blitzlicht, Abschlussrunde).

An entry is one person's line, mood rating or both; the rating lies within
1..``scale_points`` of the phase (at most 10). Entries of a removed phase or of a deleted
workshop are out of reach (NotFoundError), as for cards.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.core.records import FeedbackEntry
from werkstatt.store import ordering, validation
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.models import FeedbackEntryRow, PhaseRow
from werkstatt.store.rows import Transactions, now, reachable_phase


class FeedbackEntries:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction

    def add(
        self, phase_id: int, *, text: str = "", rating: int | None = None, name: str = ""
    ) -> FeedbackEntry:
        """A new entry after the phase's others."""
        values = validation.checked(
            validation.FEEDBACK_FIELDS, {"text": text, "rating": rating, "name": name}
        )
        with self._transaction(write=True) as session:
            phase = _reachable_phase(session, phase_id)
            _check_rating(phase, values)
            count = ordering.live_count(session, FeedbackEntryRow, phase_id)
            if count >= validation.FEEDBACK_PER_PHASE_MAX:
                raise InvalidValueError("feedback", count + 1, validation.FEEDBACK_PER_PHASE_MAX)
            row = FeedbackEntryRow(phase_id=phase_id, position=count, created_at=now(), **values)
            session.add(row)
            session.flush()
            return feedback_record(row)

    def update(self, entry_id: int, **changes: Any) -> FeedbackEntry:
        """Change ``text``, ``rating`` or ``name``."""
        values = validation.checked(validation.FEEDBACK_FIELDS, changes)
        with self._transaction(write=True) as session:
            row, phase = _live_entry(session, entry_id)
            _check_rating(phase, values)
            for name, value in values.items():
                setattr(row, name, value)
            session.flush()
            return feedback_record(row)

    def delete(self, entry_id: int) -> None:
        """Hide the entry (undo: :meth:`restore`); the entries after it close the gap."""
        with self._transaction(write=True) as session:
            row, _phase = _live_entry(session, entry_id)
            row.deleted_at = now()
            ordering.shift(
                session,
                FeedbackEntryRow,
                row.phase_id,
                start=row.position + 1,
                by=-1,
                except_id=row.id,
            )

    def restore(self, entry_id: int) -> FeedbackEntry:
        """Put a deleted entry back where it was; a live one is returned as is."""
        with self._transaction(write=True) as session:
            row = session.get(FeedbackEntryRow, entry_id)
            if row is None or reachable_phase(session, row.phase_id) is None:
                raise NotFoundError("feedback entry", entry_id)
            if row.deleted_at is not None:
                count = ordering.live_count(session, FeedbackEntryRow, row.phase_id)
                at = min(row.position, count)
                ordering.shift(
                    session, FeedbackEntryRow, row.phase_id, start=at, by=1, except_id=row.id
                )
                row.position = at
                row.deleted_at = None
                session.flush()
            return feedback_record(row)

    def list(self, phase_id: int) -> builtins.list[FeedbackEntry]:
        """The phase's live entries in the order they were given."""
        with self._transaction(write=False) as session:
            _reachable_phase(session, phase_id)
            return live_feedback(session, [phase_id])


def feedback_record(row: FeedbackEntryRow) -> FeedbackEntry:
    return FeedbackEntry(
        id=row.id,
        phase_id=row.phase_id,
        position=row.position,
        text=row.text,
        rating=row.rating,
        name=row.name,
        created_at=row.created_at,
    )


#: In the order of FeedbackEntry's fields (see cards.CARD_COLUMNS).
FEEDBACK_COLUMNS = (
    FeedbackEntryRow.id,
    FeedbackEntryRow.phase_id,
    FeedbackEntryRow.position,
    FeedbackEntryRow.text,
    FeedbackEntryRow.rating,
    FeedbackEntryRow.name,
    FeedbackEntryRow.created_at,
)


def live_feedback(session: Session, phase_ids: Sequence[int]) -> builtins.list[FeedbackEntry]:
    """The live entries of the given phases, by phase and position (plain columns, as for
    cards)."""
    rows = session.execute(
        select(*FEEDBACK_COLUMNS)
        .where(FeedbackEntryRow.phase_id.in_(phase_ids), FeedbackEntryRow.deleted_at.is_(None))
        .order_by(FeedbackEntryRow.phase_id, FeedbackEntryRow.position, FeedbackEntryRow.id)
    )
    return [FeedbackEntry(*row) for row in rows]


def scale_points(phase: PhaseRow) -> int:
    """The highest rating the phase accepts: its scale_points setting, at most 10."""
    low, high = validation.RATING_RANGE
    points = phase.settings.get("scale_points") if isinstance(phase.settings, Mapping) else None
    if isinstance(points, int) and not isinstance(points, bool) and low <= points <= high:
        return points
    return high


def _check_rating(phase: PhaseRow, values: Mapping[str, Any]) -> None:
    rating = values.get("rating")
    if rating is not None and rating > scale_points(phase):
        raise InvalidValueError("rating", rating, scale_points(phase))


def _reachable_phase(session: Session, phase_id: int) -> PhaseRow:
    phase = reachable_phase(session, phase_id)
    if phase is None:
        raise NotFoundError("phase", phase_id)
    return phase


def _live_entry(session: Session, entry_id: int) -> tuple[FeedbackEntryRow, PhaseRow]:
    row = session.get(FeedbackEntryRow, entry_id)
    phase = None if row is None else reachable_phase(session, row.phase_id)
    if row is None or phase is None or row.deleted_at is not None:
        raise NotFoundError("feedback entry", entry_id)
    return row, phase
