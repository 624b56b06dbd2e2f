"""The pinboard's meaning: which card hangs in which cluster, and what each move changes.

Pure records and functions, no Qt and no store. The board view turns a drag into one of
the operations here; each returns an :class:`Edit`: the :class:`BoardChange` to apply
(the store does it in one transaction) and its inverse (what undo applies). :func:`apply`
plays a change on a :class:`Board` value, so the same rules can be checked without the
store, and the store's result can be compared against them.

A change is applied in a fixed order: clusters added, clusters updated, cards assigned,
clusters removed. That order makes every inverse a change of the same shape: deleting a
cluster assigns its cards to 'unsorted' (None) and removes it; undoing adds it back with
its id, title, colour and order and assigns its cards to it again.

Also here: type-ahead over cluster titles (the keyboard way of filing a card) and the
deterministic auto-arrange of a board.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType


class ClusteringError(ValueError):
    """Base of everything this module raises on purpose."""


class UnknownClusterError(ClusteringError):
    def __init__(self, cluster_id: object) -> None:
        super().__init__(f"cluster {cluster_id!r}")
        self.cluster_id = cluster_id


class UnknownCardError(ClusteringError):
    def __init__(self, card_id: object) -> None:
        super().__init__(f"card {card_id!r}")
        self.card_id = card_id


class DuplicateClusterError(ClusteringError):
    """A cluster id that is already on the board."""

    def __init__(self, cluster_id: int) -> None:
        super().__init__(f"cluster {cluster_id} exists")
        self.cluster_id = cluster_id


class BlankTitleError(ClusteringError):
    """A cluster title with nothing but white space."""

    def __init__(self, title: str) -> None:
        super().__init__(f"title {title!r}")
        self.title = title


class MergeIntoItselfError(ClusteringError):
    def __init__(self, cluster_id: int) -> None:
        super().__init__(f"cluster {cluster_id} into itself")
        self.cluster_id = cluster_id


class InvalidSizeError(ClusteringError):
    """A card size, gap or board width that no layout can be made of."""

    def __init__(self, setting: str, value: float) -> None:
        super().__init__(f"{setting}={value!r}")
        self.setting = setting
        self.value = value


@dataclass(frozen=True)
class Cluster:
    """A heading on the board. ``order`` sorts the clusters; gaps are allowed."""

    id: int
    title: str
    colour: str = ""
    order: int = 0


@dataclass(frozen=True)
class Board:
    """Clusters (sorted by order, then id) and each card's cluster (None: unsorted).
    The assignment's order is the cards' own order on the board (their position in the
    card phase); a cluster shows its cards in that order."""

    clusters: tuple[Cluster, ...] = ()
    assignment: Mapping[int, int | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        clusters = tuple(sorted(self.clusters, key=lambda c: (c.order, c.id)))
        ids: set[int] = set()
        for cluster in clusters:
            if cluster.id in ids:
                raise DuplicateClusterError(cluster.id)
            ids.add(cluster.id)
        for cluster_id in self.assignment.values():
            if cluster_id is not None and cluster_id not in ids:
                raise UnknownClusterError(cluster_id)
        object.__setattr__(self, "clusters", clusters)
        object.__setattr__(self, "assignment", MappingProxyType(dict(self.assignment)))

    def cluster(self, cluster_id: int) -> Cluster:
        for cluster in self.clusters:
            if cluster.id == cluster_id:
                return cluster
        raise UnknownClusterError(cluster_id)

    def cluster_of(self, card_id: int) -> int | None:
        try:
            return self.assignment[card_id]
        except KeyError:
            raise UnknownCardError(card_id) from None

    def cards_in(self, cluster_id: int | None) -> tuple[int, ...]:
        """The cards of a cluster (None: the unsorted ones), in the board's card order."""
        if cluster_id is not None:
            self.cluster(cluster_id)
        return tuple(card for card, owner in self.assignment.items() if owner == cluster_id)

    @property
    def unsorted(self) -> tuple[int, ...]:
        return self.cards_in(None)


def next_cluster_id(board: Board) -> int:
    """An id no cluster on the board has (for a store that lets the caller pick)."""
    return max((cluster.id for cluster in board.clusters), default=0) + 1


@dataclass(frozen=True)
class BoardChange:
    """One meaning-level change, applied in this order: ``added`` clusters (with their
    ids), ``updated`` clusters (the full new record), ``assigned`` cards (card id, new
    cluster id or None), ``removed`` cluster ids (no card may still hang in one)."""

    added: tuple[Cluster, ...] = ()
    updated: tuple[Cluster, ...] = ()
    assigned: tuple[tuple[int, int | None], ...] = ()
    removed: tuple[int, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.updated or self.assigned or self.removed)


@dataclass(frozen=True)
class Edit:
    """A change and the change that undoes it. An empty edit (dropping cards where they
    already are, renaming to the same title) needs no undo command."""

    change: BoardChange
    inverse: BoardChange

    @property
    def is_empty(self) -> bool:
        return self.change.is_empty


def apply(board: Board, change: BoardChange) -> Board:
    """``board`` after ``change``; raises on ids the change does not fit."""
    clusters = {cluster.id: cluster for cluster in board.clusters}
    for cluster in change.added:
        if cluster.id in clusters:
            raise DuplicateClusterError(cluster.id)
        clusters[cluster.id] = cluster
    for cluster in change.updated:
        if cluster.id not in clusters:
            raise UnknownClusterError(cluster.id)
        clusters[cluster.id] = cluster
    assignment = dict(board.assignment)
    for card_id, cluster_id in change.assigned:
        if card_id not in assignment:
            raise UnknownCardError(card_id)
        if cluster_id is not None and cluster_id not in clusters:
            raise UnknownClusterError(cluster_id)
        assignment[card_id] = cluster_id
    for cluster_id in change.removed:
        if cluster_id not in clusters:
            raise UnknownClusterError(cluster_id)
        if cluster_id in assignment.values():
            # A change that removes a cluster must say where its cards go.
            card = next(card for card, owner in assignment.items() if owner == cluster_id)
            raise ClusteringError(f"card {card} still in removed cluster {cluster_id}")
        del clusters[cluster_id]
    return Board(tuple(clusters.values()), assignment)


def _title(title: str) -> str:
    stripped = " ".join(title.split())
    if not stripped:
        raise BlankTitleError(title)
    return stripped


def move_cards(board: Board, card_ids: Iterable[int], cluster_id: int | None) -> Edit:
    """Cards X, Y moved to cluster C (None: back to unsorted). Cards already there are
    left out of the change; the inverse puts each moved card back where it was."""
    if cluster_id is not None:
        board.cluster(cluster_id)
    forward: list[tuple[int, int | None]] = []
    backward: list[tuple[int, int | None]] = []
    seen: set[int] = set()
    for card_id in card_ids:
        if card_id in seen:
            continue
        seen.add(card_id)
        old = board.cluster_of(card_id)
        if old != cluster_id:
            forward.append((card_id, cluster_id))
            backward.append((card_id, old))
    return Edit(BoardChange(assigned=tuple(forward)), BoardChange(assigned=tuple(backward)))


def create_cluster(
    board: Board,
    cluster_id: int,
    title: str,
    colour: str = "",
    *,
    order: int | None = None,
    card_ids: Iterable[int] = (),
) -> Edit:
    """A new cluster (last unless ``order`` is given), optionally with cards filed into it
    at once ('new cluster from the selection'). ``cluster_id`` is the store's new id or
    :func:`next_cluster_id`."""
    if any(cluster.id == cluster_id for cluster in board.clusters):
        raise DuplicateClusterError(cluster_id)
    if order is None:
        order = max((cluster.order for cluster in board.clusters), default=-1) + 1
    cluster = Cluster(cluster_id, _title(title), colour, order)
    # Moving the cards is checked on a board that already has the cluster.
    moved = move_cards(apply(board, BoardChange(added=(cluster,))), card_ids, cluster_id)
    return Edit(
        BoardChange(added=(cluster,), assigned=moved.change.assigned),
        BoardChange(assigned=moved.inverse.assigned, removed=(cluster_id,)),
    )


def _update(board: Board, cluster_id: int, **changes: object) -> Edit:
    old = board.cluster(cluster_id)
    new = replace(old, **changes)  # type: ignore[arg-type]
    if new == old:
        return Edit(BoardChange(), BoardChange())
    return Edit(BoardChange(updated=(new,)), BoardChange(updated=(old,)))


def rename_cluster(board: Board, cluster_id: int, title: str) -> Edit:
    return _update(board, cluster_id, title=_title(title))


def recolour_cluster(board: Board, cluster_id: int, colour: str) -> Edit:
    return _update(board, cluster_id, colour=colour)


def reorder_cluster(board: Board, cluster_id: int, index: int) -> Edit:
    """The cluster moved to place ``index`` among the clusters (clamped); the clusters
    whose place changes get consecutive orders 0, 1, 2, ..."""
    board.cluster(cluster_id)
    others = [cluster for cluster in board.clusters if cluster.id != cluster_id]
    index = max(0, min(index, len(others)))
    wanted = [*others[:index], board.cluster(cluster_id), *others[index:]]
    forward = tuple(
        replace(cluster, order=place)
        for place, cluster in enumerate(wanted)
        if cluster.order != place
    )
    backward = tuple(board.cluster(cluster.id) for cluster in forward)
    return Edit(BoardChange(updated=forward), BoardChange(updated=backward))


def delete_cluster(board: Board, cluster_id: int) -> Edit:
    """The cluster removed, its cards back to unsorted; the inverse restores both."""
    cluster = board.cluster(cluster_id)
    cards = board.cards_in(cluster_id)
    return Edit(
        BoardChange(assigned=tuple((card, None) for card in cards), removed=(cluster_id,)),
        BoardChange(added=(cluster,), assigned=tuple((card, cluster_id) for card in cards)),
    )


def merge_clusters(board: Board, into_id: int, merged_id: int) -> Edit:
    """The cards of cluster ``merged_id`` filed into ``into_id``, ``merged_id`` removed;
    the inverse brings it back with its title, colour, order and cards."""
    if into_id == merged_id:
        raise MergeIntoItselfError(into_id)
    board.cluster(into_id)
    merged = board.cluster(merged_id)
    cards = board.cards_in(merged_id)
    return Edit(
        BoardChange(assigned=tuple((card, into_id) for card in cards), removed=(merged_id,)),
        BoardChange(added=(merged,), assigned=tuple((card, merged_id) for card in cards)),
    )


# --- type-ahead --------------------------------------------------------------------------

_BASE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d"})
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_WORD_START = re.compile(r"(?:^|[^\w])(?=\w)")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_BASE_LETTERS))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _foldings(text: str) -> tuple[str, str]:
    """Two folded forms, so a query may type umlauts, leave off their dots or spell them
    out: "Mobilität" -> ("mobilitat", "mobilitaet"). casefold turns ß into "ss"."""
    folded = unicodedata.normalize("NFC", text.casefold())
    return _strip_accents(folded), _strip_accents(folded.translate(_SPELLED_OUT))


def _tier(query: str, title: str) -> int | None:
    """0: the title starts with the query; 1: a word of it does; 2: it contains it."""
    if title.startswith(query):
        return 0
    if query not in title:
        return None
    starts = [match.end() for match in _WORD_START.finditer(title)]
    if any(title.startswith(query, start) for start in starts):
        return 1
    return 2


def match_clusters(clusters: Sequence[Cluster], text: str) -> tuple[Cluster, ...]:
    """The clusters whose title matches what was typed, best first: titles that start
    with it, then titles with a word that starts with it, then titles containing it;
    within each, the clusters' own order. Case, umlauts, ß and accents do not matter
    ('verk' finds 'Verkehr & Mobilität', 'strasse' finds 'Straßenraum', 'grun' and
    'gruen' find 'Grün- und Freiflächen'). Nothing typed: every cluster, in order."""
    queries = _foldings(text)
    if not queries[0]:
        return tuple(clusters)
    found: list[tuple[int, int, Cluster]] = []
    for place, cluster in enumerate(clusters):
        titles = _foldings(cluster.title)
        tiers = [
            tier
            for query, title in zip(queries, titles, strict=True)
            if (tier := _tier(query, title)) is not None
        ]
        if tiers:
            found.append((min(tiers), place, cluster))
    found.sort(key=lambda item: (item[0], item[1]))
    return tuple(cluster for _tier_, _place, cluster in found)


# --- auto-arrange ------------------------------------------------------------------------


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Block:
    """One cluster's place (None: the unsorted cards): its heading and its whole area
    (heading and cards), and its cards' places, top-left corners, row by row."""

    cluster_id: int | None
    heading: Rect
    area: Rect
    cards: tuple[tuple[int, float, float], ...]  # (card id, x, y)


@dataclass(frozen=True)
class Layout:
    blocks: tuple[Block, ...]
    width: float  # of everything placed
    height: float

    def positions(self) -> dict[int, tuple[float, float]]:
        """Each card's top-left corner."""
        return {card: (x, y) for block in self.blocks for card, x, y in block.cards}


def arrange(
    board: Board,
    card_width: float,
    card_height: float,
    board_width: float,
    *,
    gap: float = 12.0,
    heading_height: float | None = None,
    max_block_columns: int = 4,
) -> Layout:
    """A grid layout: the unsorted cards first (the heap the moderator sorts from), then
    each cluster in order, as blocks flowing left to right and wrapping at
    ``board_width`` like lines of text. A block is a heading over its cards in a grid
    about as wide as tall (at most ``max_block_columns`` and the board's width); a row of
    blocks is as tall as its tallest. The same board always gives the same layout."""
    for name, value in (("card_width", card_width), ("card_height", card_height)):
        if not value > 0:
            raise InvalidSizeError(name, value)
    if gap < 0:
        raise InvalidSizeError("gap", gap)
    if max_block_columns < 1:
        raise InvalidSizeError("max_block_columns", max_block_columns)
    if board_width < card_width:
        raise InvalidSizeError("board_width", board_width)
    heading = card_height / 2 if heading_height is None else heading_height
    if heading < 0:
        raise InvalidSizeError("heading_height", heading)
    fitting = max(1, int((board_width + gap) // (card_width + gap)))

    groups: list[tuple[int | None, tuple[int, ...]]] = []
    if board.unsorted:
        groups.append((None, board.unsorted))
    groups += [(cluster.id, board.cards_in(cluster.id)) for cluster in board.clusters]

    blocks: list[Block] = []
    x = y = row_height = 0.0
    for cluster_id, cards in groups:
        columns = max(1, min(max_block_columns, fitting, math.ceil(math.sqrt(len(cards)))))
        rows = math.ceil(len(cards) / columns)
        width = columns * card_width + (columns - 1) * gap
        height = heading + rows * (card_height + gap)
        if x > 0 and x + width > board_width:
            x, y = 0.0, y + row_height + gap
            row_height = 0.0
        placed = tuple(
            (
                card,
                x + (index % columns) * (card_width + gap),
                y + heading + gap + (index // columns) * (card_height + gap),
            )
            for index, card in enumerate(cards)
        )
        blocks.append(
            Block(cluster_id, Rect(x, y, width, heading), Rect(x, y, width, height), placed)
        )
        row_height = max(row_height, height)
        x += width + gap
    width = max((block.area.right for block in blocks), default=0.0)
    height = max((block.area.bottom for block in blocks), default=0.0)
    return Layout(tuple(blocks), width, height)
