"""``library.board``: the pinboard of a cluster phase: clusters and where each card hangs.

Each call is one transaction of the library's. The board sorts the cards of a card phase
(the cluster phase's ``source_phase`` setting; the nearest card phase before it when
empty; the cluster phase itself when there is none, then it holds the cards added on the
board). The rules of a change are core.clustering's: :meth:`Boards.apply` plays the
change on the loaded board first, so a change that does not fit is refused before
anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from werkstatt.core import clustering
from werkstatt.core.clustering import Board, BoardChange, Cluster
from werkstatt.core.records import Card
from werkstatt.methods import limits
from werkstatt.methods.kinds import referenced_phase
from werkstatt.methods.model import PhaseKind
from werkstatt.store import entries, ordering, validation
from werkstatt.store.cards import card_record, live_cards
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.models import CardPlacementRow, CardRow, ClusterRow, PhaseRow
from werkstatt.store.rows import Transactions, live_phases, now, phase_record


@dataclass(frozen=True)
class BoardState:
    """A cluster phase's board as stored: its clusters, which card hangs where, and the
    live cards of the phase it sorts in that phase's order."""

    phase_id: int
    source_phase_id: int
    board: Board
    cards: tuple[Card, ...]


class Boards:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction

    def source_phase_id(self, phase_id: int) -> int:
        """The card phase the cluster phase sorts; the cluster phase itself if none."""
        with self._transaction(write=False) as session:
            return _source_phase_id(session, _cluster_phase(session, phase_id))

    def load(self, phase_id: int) -> BoardState:
        with self._transaction(write=False) as session:
            row = _cluster_phase(session, phase_id)
            return _read(session, phase_id, _source_phase_id(session, row))

    def apply(self, phase_id: int, change: BoardChange) -> BoardState:
        """Write ``change`` (core.clustering's order: added, updated, assigned, removed)
        and return the board after it. Added clusters keep their ids: a deleted cluster
        of this phase with that id comes back. Raises NotFoundError for a cluster or card
        the board does not have, InvalidValueError for a change that does not fit."""
        with self._transaction(write=True) as session:
            row = _cluster_phase(session, phase_id)
            source_id = _source_phase_id(session, row)
            state = _read(session, phase_id, source_id)
            change = _normalised(change)
            after = _check(session, state, change)
            _write(session, phase_id, change)
            session.flush()
            # The cards did not change: the board after the change is what the rules say
            # (the store's own round trip is what the tests compare it with).
            return BoardState(phase_id, source_id, after, state.cards)

    def new_cluster_id(self) -> int:
        """An id no cluster row has, deleted ones included (ids are library-wide)."""
        with self._transaction(write=False) as session:
            return (session.scalar(select(func.max(ClusterRow.id))) or 0) + 1

    def add_card(
        self, phase_id: int, text: str, *, colour: str = "", cluster_id: int | None = None
    ) -> Card:
        """A card written on the board: it goes into the source phase (last), hanging in
        ``cluster_id`` (None: unsorted). Undo and redo: library.cards.delete/restore (its
        place on the board comes back with it)."""
        values = validation.checked(validation.CARD_FIELDS, {"text": text, "colour": colour})
        with self._transaction(write=True) as session:
            source_id = _source_phase_id(session, _cluster_phase(session, phase_id))
            if cluster_id is not None and cluster_id not in _live_cluster_ids(session, phase_id):
                raise NotFoundError("cluster", cluster_id)
            count = ordering.live_count(session, CardRow, source_id)
            if count >= validation.CARDS_PER_PHASE_MAX:
                raise InvalidValueError("cards", count + 1, validation.CARDS_PER_PHASE_MAX)
            card = CardRow(phase_id=source_id, position=count, created_at=now(), **values)
            session.add(card)
            session.flush()
            if cluster_id is not None:
                session.add(
                    CardPlacementRow(phase_id=phase_id, card_id=card.id, cluster_id=cluster_id)
                )
                session.flush()
            return card_record(card)


def live_boards(
    session: Session, cluster_phase_ids: Iterable[int]
) -> dict[int, tuple[Board, tuple[Card, ...]]]:
    """The boards of the given (live) cluster phases with the cards each sorts, for the
    protocol's snapshot. Call inside a read transaction."""
    boards: dict[int, tuple[Board, tuple[Card, ...]]] = {}
    for phase_id in cluster_phase_ids:
        row = _cluster_phase(session, phase_id)
        state = _read(session, phase_id, _source_phase_id(session, row))
        boards[phase_id] = (state.board, state.cards)
    return boards


# reading -------------------------------------------------------------------------
def _cluster_phase(session: Session, phase_id: int) -> PhaseRow:
    row = entries.phase(session, phase_id)
    if row.kind != PhaseKind.CLUSTER:
        raise InvalidValueError("phase", phase_id, PhaseKind.CLUSTER.value)
    return row


def _source_phase_id(session: Session, row: PhaseRow) -> int:
    phases = [phase_record(phase) for phase in live_phases(session, row.workshop_id)]
    index = next(n for n, phase in enumerate(phases) if phase.id == row.id)
    source = referenced_phase(phases, index, "source_phase")
    if source is None or phases[source].kind != PhaseKind.CARDS:
        return row.id
    return phases[source].id


def _live_cluster_ids(session: Session, phase_id: int) -> set[int]:
    return set(
        session.scalars(
            select(ClusterRow.id).where(
                ClusterRow.phase_id == phase_id, ClusterRow.deleted_at.is_(None)
            )
        )
    )


def _read(session: Session, phase_id: int, source_id: int) -> BoardState:
    # Plain columns, not ORM objects: a board of 2,000 cards is read on every change.
    clusters = tuple(
        Cluster(id=cluster_id, title=title, colour=colour, order=position)
        for cluster_id, title, colour, position in session.execute(
            select(ClusterRow.id, ClusterRow.title, ClusterRow.colour, ClusterRow.position)
            .where(ClusterRow.phase_id == phase_id, ClusterRow.deleted_at.is_(None))
            .order_by(ClusterRow.position, ClusterRow.id)
        )
    )
    live = {cluster.id for cluster in clusters}
    placed: dict[int, int] = {
        card_id: cluster_id
        for card_id, cluster_id in session.execute(
            select(CardPlacementRow.card_id, CardPlacementRow.cluster_id).where(
                CardPlacementRow.phase_id == phase_id
            )
        )
    }
    cards = tuple(live_cards(session, [source_id]))
    # A placement in a cluster that is gone (written by hand, or a future version's
    # cleanup) leaves the card unsorted rather than the board unreadable.
    assignment = {
        card.id: owner if (owner := placed.get(card.id)) in live else None for card in cards
    }
    return BoardState(phase_id, source_id, Board(clusters, assignment), cards)


# checking ------------------------------------------------------------------------
def _normalised(change: BoardChange) -> BoardChange:
    """The change with its clusters as they will be stored (titles stripped), checked."""
    for cluster in (*change.added, *change.updated):
        _check_cluster(cluster)
    return replace(
        change,
        added=tuple(replace(c, title=validation.title("title", c.title)) for c in change.added),
        updated=tuple(replace(c, title=validation.title("title", c.title)) for c in change.updated),
    )


def _check(session: Session, state: BoardState, change: BoardChange) -> Board:
    """The board after ``change``, or the store's error for a change that does not fit;
    writes nothing."""
    hidden = _hidden_cards(session, state, change.assigned)
    # Deleted cards of the source phase keep their place for their restore; the rules are
    # checked on the live cards.
    visible = BoardChange(
        added=change.added,
        updated=change.updated,
        assigned=tuple((card, owner) for card, owner in change.assigned if card not in hidden),
        removed=change.removed,
    )
    try:
        after = clustering.apply(state.board, visible)
    except clustering.UnknownClusterError as exc:
        raise NotFoundError("cluster", exc.cluster_id) from None
    except clustering.UnknownCardError as exc:
        raise NotFoundError("card", exc.card_id) from None
    except clustering.ClusteringError as exc:
        raise InvalidValueError("change", str(exc), "a change that fits the board") from None
    live = {cluster.id for cluster in after.clusters}
    for card, owner in change.assigned:
        if card in hidden and owner is not None and owner not in live:
            raise NotFoundError("cluster", owner)
    if len(after.clusters) > limits.CLUSTERS_PER_PHASE_MAX:
        raise InvalidValueError("clusters", len(after.clusters), limits.CLUSTERS_PER_PHASE_MAX)
    for cluster in change.added:
        row = session.get(ClusterRow, cluster.id)
        if row is not None and (row.phase_id != state.phase_id or row.deleted_at is None):
            # ids are library-wide: another board's cluster keeps its own
            raise InvalidValueError("cluster", cluster.id, "an unused id")
    return after


def _check_cluster(cluster: Cluster) -> None:
    validation.title("title", cluster.title)
    validation.cluster_colour("colour", cluster.colour)
    if not isinstance(cluster.order, int) or isinstance(cluster.order, bool):
        raise InvalidValueError("order", cluster.order, "int")


def _hidden_cards(
    session: Session, state: BoardState, assigned: Sequence[tuple[int, int | None]]
) -> set[int]:
    """The assigned cards that are deleted cards of the source phase (undoing a move
    after one of its cards was deleted still puts the others back)."""
    unknown = {card for card, _owner in assigned if card not in state.board.assignment}
    if not unknown:
        return set()
    return set(
        session.scalars(
            select(CardRow.id).where(
                CardRow.id.in_(unknown),
                CardRow.phase_id == state.source_phase_id,
                CardRow.deleted_at.is_not(None),
            )
        )
    )


# writing -------------------------------------------------------------------------
def _write(session: Session, phase_id: int, change: BoardChange) -> None:
    for cluster in change.added:
        row = session.get(ClusterRow, cluster.id)
        if row is None:
            row = ClusterRow(id=cluster.id, phase_id=phase_id, created_at=now())
            session.add(row)
        row.deleted_at = None
        _set(row, cluster)
    for cluster in change.updated:
        row = session.get(ClusterRow, cluster.id)
        assert row is not None  # checked: a live cluster of the board
        _set(row, cluster)
    session.flush()
    for card_id, cluster_id in change.assigned:
        placement = session.get(CardPlacementRow, (phase_id, card_id))
        if cluster_id is None:
            if placement is not None:
                session.delete(placement)
        elif placement is None:
            session.add(CardPlacementRow(phase_id=phase_id, card_id=card_id, cluster_id=cluster_id))
        else:
            placement.cluster_id = cluster_id
    session.flush()
    for cluster_id in change.removed:
        row = session.get(ClusterRow, cluster_id)
        assert row is not None
        row.deleted_at = now()


def _set(row: ClusterRow, cluster: Cluster) -> None:
    row.title = cluster.title
    row.colour = cluster.colour
    row.position = cluster.order
