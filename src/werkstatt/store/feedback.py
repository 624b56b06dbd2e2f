"""``library.feedback``: the entries of a feedback round (Blitzlicht, Abschlussrunde).

An entry is one person's line, mood rating or both; the rating lies within
1..``scale_points`` of the phase (werkstatt.methods.feedback_scale: the same rule as the
moderator's buttons and the protocol). Entries of a removed phase or of a deleted
workshop are out of reach (NotFoundError), as for cards.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.core.records import FeedbackEntry
from werkstatt.methods.feedback_scale import scale_points
from werkstatt.store import entries, ordering, validation
from werkstatt.store.errors import InvalidValueError
from werkstatt.store.models import FeedbackEntryRow, PhaseRow
from werkstatt.store.rows import Transactions, now

_NOUN = "feedback entry"


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
            phase = entries.phase(session, phase_id)
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
        return self.update_many([(entry_id, changes)])[0]

    def update_many(
        self, changes: Sequence[tuple[int, Mapping[str, Any]]]
    ) -> builtins.list[FeedbackEntry]:
        """Change several entries in one transaction: all of them, or (on an error) none."""
        checked = [
            (entry_id, validation.checked(validation.FEEDBACK_FIELDS, values))
            for entry_id, values in changes
        ]
        with self._transaction(write=True) as session:

            def live_row(entry_id: int, values: Mapping[str, Any]) -> FeedbackEntryRow:
                row, phase = _live_entry(session, entry_id)
                _check_rating(phase, values)
                return row

            return entries.update_many(session, checked, live_row, feedback_record)

    def delete(self, entry_id: int) -> None:
        """Hide the entry (undo: :meth:`restore`); the entries after it close the gap."""
        self.delete_many([entry_id])

    def delete_many(self, entry_ids: Sequence[int]) -> None:
        """Hide several entries in one transaction: all of them, or (on an error) none."""
        with self._transaction(write=True) as session:
            entries.delete_many(session, FeedbackEntryRow, _NOUN, entry_ids)

    def restore(self, entry_id: int) -> FeedbackEntry:
        """Put a deleted entry back where it was; a live one is returned as is."""
        return self.restore_many([entry_id])[0]

    def restore_many(self, entry_ids: Sequence[int]) -> builtins.list[FeedbackEntry]:
        """Restore several entries, in this order, in one transaction (all or none)."""
        with self._transaction(write=True) as session:
            return entries.restore_many(
                session, FeedbackEntryRow, _NOUN, entry_ids, feedback_record
            )

    def list(self, phase_id: int) -> builtins.list[FeedbackEntry]:
        """The phase's live entries in the order they were given."""
        with self._transaction(write=False) as session:
            entries.phase(session, phase_id)
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


def _check_rating(phase: PhaseRow, values: Mapping[str, Any]) -> None:
    rating = values.get("rating")
    if rating is not None and rating > (points := scale_points(phase.settings)):
        raise InvalidValueError("rating", rating, points)


def _live_entry(session: Session, entry_id: int) -> tuple[FeedbackEntryRow, PhaseRow]:
    return entries.live_item(session, FeedbackEntryRow, _NOUN, entry_id)
