"""``library.cards``: the cards of a card collection (Kartenabfrage).

Each call is one transaction of the library's. Cards of a removed phase or of a deleted
workshop are out of reach (NotFoundError) until the phase or workshop is restored.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.core.records import Card
from werkstatt.store import entries, ordering, validation
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.models import CardRow, ClusterRow
from werkstatt.store.rows import Transactions, checked_index, now


class Cards:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction

    def add(
        self,
        phase_id: int,
        text: str,
        *,
        colour: str = "",
        author: str = "",
        origin: str = "",
        origin_cluster_id: int | None = None,
        origin_card_id: int | None = None,
        index: int | None = None,
    ) -> Card:
        """A new card at ``index`` (0..number of cards; None appends). ``origin`` is the
        statement it was turned from, the ids the cluster or card that statement is
        (see Card.origin)."""
        values = validation.checked(
            validation.CARD_FIELDS,
            {
                "text": text,
                "colour": colour,
                "author": author,
                "origin": origin,
                "origin_cluster_id": origin_cluster_id,
                "origin_card_id": origin_card_id,
            },
        )
        with self._transaction(write=True) as session:
            entries.phase(session, phase_id)
            _check_origin(session, values)
            count = ordering.live_count(session, CardRow, phase_id)
            if count >= validation.CARDS_PER_PHASE_MAX:
                raise InvalidValueError("cards", count + 1, validation.CARDS_PER_PHASE_MAX)
            at = count if index is None else checked_index("index", index, count)
            if at < count:
                ordering.shift(session, CardRow, phase_id, start=at, by=1)
            row = CardRow(phase_id=phase_id, position=at, created_at=now(), **values)
            session.add(row)
            session.flush()
            return card_record(row)

    def update(self, card_id: int, **changes: Any) -> Card:
        """Change ``text``, ``colour``, ``author`` or ``origin``."""
        return self.update_many([(card_id, changes)])[0]

    def update_many(self, changes: Sequence[tuple[int, Mapping[str, Any]]]) -> builtins.list[Card]:
        """Change several cards in one transaction: all of them, or (on an error) none."""
        checked = [
            (card_id, validation.checked(validation.CARD_FIELDS, values))
            for card_id, values in changes
        ]
        with self._transaction(write=True) as session:
            for _card_id, values in checked:
                _check_origin(session, values)
            return entries.update_many(
                session, checked, lambda card_id, _values: _live_card(session, card_id), card_record
            )

    def move(self, card_id: int, index: int) -> builtins.list[Card]:
        """Move a card to ``index`` (0..number of cards - 1); return the phase's cards."""
        with self._transaction(write=True) as session:
            row = _live_card(session, card_id)
            count = ordering.live_count(session, CardRow, row.phase_id)
            target = checked_index("index", index, count - 1)
            old, phase = row.position, row.phase_id
            if target > old:
                ordering.shift(session, CardRow, phase, start=old + 1, stop=target + 1, by=-1)
            elif target < old:
                ordering.shift(session, CardRow, phase, start=target, stop=old, by=1)
            row.position = target
            session.flush()
            return _cards(session, row.phase_id)

    def delete(self, card_id: int) -> None:
        """Hide the card (undo: :meth:`restore`); the cards after it close the gap."""
        self.delete_many([card_id])

    def delete_many(self, card_ids: Sequence[int]) -> None:
        """Hide several cards in one transaction: all of them, or (on an error) none."""
        with self._transaction(write=True) as session:
            entries.delete_many(session, CardRow, "card", card_ids)

    def restore(self, card_id: int) -> Card:
        """Put a deleted card back at the position it had; a live one is returned as is."""
        return self.restore_many([card_id])[0]

    def restore_many(self, card_ids: Sequence[int]) -> builtins.list[Card]:
        """Restore several cards, in this order, in one transaction (all or none); the
        reverse order of a :meth:`delete_many` puts each back among its old neighbours."""
        with self._transaction(write=True) as session:
            return entries.restore_many(session, CardRow, "card", card_ids, card_record)

    def list(self, phase_id: int) -> builtins.list[Card]:
        """The phase's live cards by position."""
        with self._transaction(write=False) as session:
            entries.phase(session, phase_id)
            return _cards(session, phase_id)

    def newest(self, phase_id: int, limit: int) -> builtins.list[Card]:
        """The phase's ``limit`` live cards of the highest positions, by position: what a
        wall showing only the newest cards needs, without reading thousands of cards."""
        if limit < 0:
            raise InvalidValueError("limit", limit, 0)
        with self._transaction(write=False) as session:
            entries.phase(session, phase_id)
            rows = session.execute(
                select(*CARD_COLUMNS)
                .where(CardRow.phase_id == phase_id, CardRow.deleted_at.is_(None))
                .order_by(CardRow.position.desc(), CardRow.id.desc())
                .limit(limit)
            ).all()
            return [Card(*row) for row in reversed(rows)]

    def count(self, phase_id: int) -> int:
        with self._transaction(write=False) as session:
            entries.phase(session, phase_id)
            return ordering.live_count(session, CardRow, phase_id)


def card_record(row: CardRow) -> Card:
    return Card(
        id=row.id,
        phase_id=row.phase_id,
        position=row.position,
        text=row.text,
        colour=row.colour,
        author=row.author,
        created_at=row.created_at,
        origin=row.origin,
        origin_cluster_id=row.origin_cluster_id,
        origin_card_id=row.origin_card_id,
    )


#: Read as plain columns rather than ORM objects (twice as fast for a phase's thousands
#: of cards, and records are all the callers get), in the order of Card's fields.
CARD_COLUMNS = (
    CardRow.id,
    CardRow.phase_id,
    CardRow.position,
    CardRow.text,
    CardRow.colour,
    CardRow.author,
    CardRow.created_at,
    CardRow.origin,
    CardRow.origin_cluster_id,
    CardRow.origin_card_id,
)


def live_cards(session: Session, phase_ids: Sequence[int]) -> builtins.list[Card]:
    """The live cards of the given phases, by phase and position."""
    rows = session.execute(
        select(*CARD_COLUMNS)
        .where(CardRow.phase_id.in_(phase_ids), CardRow.deleted_at.is_(None))
        .order_by(CardRow.phase_id, CardRow.position, CardRow.id)
    )
    return [Card(*row) for row in rows]


def _check_origin(session: Session, values: Mapping[str, Any]) -> None:
    """The cluster or card a card was turned from must exist (deleted ones too: undo)."""
    for field, model, noun in (
        ("origin_cluster_id", ClusterRow, "cluster"),
        ("origin_card_id", CardRow, "card"),
    ):
        origin = values.get(field)
        if origin is not None and session.get(model, origin) is None:
            raise NotFoundError(noun, origin)


def _cards(session: Session, phase_id: int) -> builtins.list[Card]:
    return live_cards(session, [phase_id])


def _live_card(session: Session, card_id: int) -> CardRow:
    return entries.live_item(session, CardRow, "card", card_id)[0]
