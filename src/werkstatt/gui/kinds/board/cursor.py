"""The keyboard's place on the board: a card, or a cluster's heading.

Moves follow the layout (core.clustering.arrange), so what the arrow keys do matches what
the moderator sees: Left/Right go to the previous/next card in reading order (row by row
through a block, then on to the next block), Up/Down to the card above/below in the same
block, past its edge to the nearest column of the neighbouring block in layout order.
The headings are a second, coarser track (Alt+Up/Down): cluster to cluster. Pure
functions of a Layout, no Qt: the view keeps a Spot and asks where the next one is.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from werkstatt.core.clustering import Block, Layout


@dataclass(frozen=True)
class Spot:
    """Where the keyboard is: a card (``card_id``) or a cluster's heading (``cluster_id``
    with ``card_id`` None)."""

    card_id: int | None = None
    cluster_id: int | None = None

    @property
    def on_heading(self) -> bool:
        return self.card_id is None


class Move(Enum):
    LEFT = "left"
    RIGHT = "right"
    UP = "up"
    DOWN = "down"
    PREVIOUS_HEADING = "previous heading"
    NEXT_HEADING = "next heading"


def _rows(block: Block) -> list[list[int]]:
    """The block's cards row by row (arrange places them so, top to bottom)."""
    rows: list[list[int]] = []
    last_y: float | None = None
    for card_id, _x, y in block.cards:
        if y != last_y:
            rows.append([])
            last_y = y
        rows[-1].append(card_id)
    return rows


def card_order(layout: Layout) -> list[int]:
    """Every card in reading order."""
    return [card_id for block in layout.blocks for card_id, _x, _y in block.cards]


def _find(layout: Layout, spot: Spot) -> tuple[int, int, int] | None:
    """(block index, row, column) of a card; row -1 for a heading; None if gone."""
    for index, block in enumerate(layout.blocks):
        if spot.on_heading:
            if block.cluster_id is not None and block.cluster_id == spot.cluster_id:
                return index, -1, 0
            continue
        for row, cards in enumerate(_rows(block)):
            if spot.card_id in cards:
                return index, row, cards.index(spot.card_id)
    return None


def contains(layout: Layout, spot: Spot) -> bool:
    return _find(layout, spot) is not None


def block_of(layout: Layout, spot: Spot) -> int | None:
    """The cluster whose block holds ``spot`` (None: the unsorted heap or gone)."""
    found = _find(layout, spot)
    return None if found is None else layout.blocks[found[0]].cluster_id


def step(layout: Layout, spot: Spot, move: Move) -> Spot:
    """Where ``move`` leads from ``spot``; ``spot`` itself at the board's edge."""
    found = _find(layout, spot)
    if found is None:
        return spot
    index, row, column = found
    if move in (Move.PREVIOUS_HEADING, Move.NEXT_HEADING):
        return _heading_step(layout, spot, index, move)
    if move in (Move.LEFT, Move.RIGHT):
        order = card_order(layout)
        if spot.on_heading:
            # From a heading: its first card, or the last card before it.
            before = sum(len(block.cards) for block in layout.blocks[:index])
            target = before if move == Move.RIGHT else before - 1
        else:
            target = order.index(spot.card_id) + (1 if move == Move.RIGHT else -1)
        return Spot(order[target]) if 0 <= target < len(order) else spot
    return _vertical_step(layout, spot, index, row, column, move == Move.DOWN)


def _vertical_step(
    layout: Layout, spot: Spot, index: int, row: int, column: int, down: bool
) -> Spot:
    rows = _rows(layout.blocks[index])
    if spot.on_heading and down and rows:
        return Spot(rows[0][0])
    if not spot.on_heading:
        inside = row + (1 if down else -1)
        if 0 <= inside < len(rows):
            return Spot(rows[inside][min(column, len(rows[inside]) - 1)])
    # Past the block's edge: the neighbouring block with cards, the nearest column.
    others = range(index + 1, len(layout.blocks)) if down else range(index - 1, -1, -1)
    for other in others:
        other_rows = _rows(layout.blocks[other])
        if other_rows:
            line = other_rows[0] if down else other_rows[-1]
            return Spot(line[min(column, len(line) - 1)])
    return spot


def _heading_step(layout: Layout, spot: Spot, index: int, move: Move) -> Spot:
    blocks = layout.blocks
    if move == Move.NEXT_HEADING:
        candidates = range(index + 1, len(blocks))
    elif not spot.on_heading and blocks[index].cluster_id is not None:
        # From a card up to its own cluster's heading first.
        candidates = range(index, -1, -1)
    else:
        candidates = range(index - 1, -1, -1)
    for other in candidates:
        cluster_id = blocks[other].cluster_id
        if cluster_id is not None:
            return Spot(cluster_id=cluster_id)
    return spot


def first(layout: Layout, move: Move) -> Spot | None:
    """Where the keyboard starts when it has no place yet."""
    if move in (Move.PREVIOUS_HEADING, Move.NEXT_HEADING):
        cluster = next((b.cluster_id for b in layout.blocks if b.cluster_id is not None), None)
        return None if cluster is None else Spot(cluster_id=cluster)
    order = card_order(layout)
    if order:
        return Spot(order[0])
    return first(layout, Move.NEXT_HEADING)


def between(layout: Layout, anchor: int, card_id: int) -> list[int]:
    """The cards from ``anchor`` to ``card_id`` in reading order, both included."""
    order = card_order(layout)
    if anchor not in order or card_id not in order:
        return [card_id]
    low, high = sorted((order.index(anchor), order.index(card_id)))
    return order[low : high + 1]
