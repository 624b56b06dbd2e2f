"""Positions of a phase's items (cards, feedback entries) as set arithmetic in SQL.

Positions are dense 0..n-1 among the phase's live items. Appending takes the count; an
insert, move, delete or restore shifts the affected range with one UPDATE instead of
renumbering row by row, so a phase with thousands of cards stays fast. A deleted item
keeps its old position (it may then equal a live item's) for restoring it there.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session

from werkstatt.store.models import ActionRow, CardRow, FeedbackEntryRow, RealityCheckRow

PositionedRow = CardRow | FeedbackEntryRow | ActionRow | RealityCheckRow


def _live(model: type[PositionedRow], phase_id: int) -> tuple[ColumnElement[bool], ...]:
    return (model.phase_id == phase_id, model.deleted_at.is_(None))


def live_count(session: Session, model: type[PositionedRow], phase_id: int) -> int:
    query = select(func.count()).select_from(model).where(*_live(model, phase_id))
    return session.scalar(query) or 0


def shift(
    session: Session,
    model: type[PositionedRow],
    phase_id: int,
    *,
    start: int,
    stop: int | None = None,
    by: int,
    except_id: int | None = None,
) -> None:
    """Move the live items with start <= position < stop (no stop: to the end) by ``by``."""
    conditions = [*_live(model, phase_id), model.position >= start]
    if stop is not None:
        conditions.append(model.position < stop)
    if except_id is not None:
        conditions.append(model.id != except_id)
    session.execute(
        update(model).where(*conditions).values(position=model.position + by),
        # The session may hold some of these rows; 'evaluate' updates them in place.
        execution_options={"synchronize_session": "evaluate"},
    )
