"""The board as a scene drawn from the store's BoardState and core.clustering's layout.

:meth:`BoardScene.show` brings the items up to date with a state: cards and clusters
that are still there keep their items and are only moved (or repainted when their text
or colour changed); only what came or went is created or removed. After a drop on a
board of 2,000 cards that is a few items' worth of work, not 2,000 new ones.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from werkstatt.core.clustering import Board, Layout
from werkstatt.core.records import Card
from werkstatt.gui.kinds.board.items import BoardColours, CardItem, ClusterItem, Overview
from werkstatt.gui.kinds.board.metrics import BoardMetrics
from werkstatt.gui.kinds.card_colours import card_colour
from werkstatt.store.board import BoardState

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


class BoardScene(QGraphicsScene):
    def __init__(
        self, metrics: BoardMetrics, colours: BoardColours, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.metrics = metrics
        self.colours = colours
        self.setBackgroundBrush(QBrush(QColor(colours.background)))
        self.cards: dict[int, CardItem] = {}
        self._placed: dict[int, tuple[float, float]] = {}  # where each card's item stands
        self.clusters: dict[int | None, ClusterItem] = {}
        self.state: BoardState | None = None
        self.layout: Layout | None = None
        self.width = metrics.columns_width(6)
        self.overview = Overview()
        self.selectionChanged.connect(self._selection_changed)

    def set_metrics(self, metrics: BoardMetrics) -> None:
        """Cards and headings of other sizes: every item is made anew at the next show."""
        self.metrics = metrics
        for item in [*self.cards.values(), *self.clusters.values()]:
            self.removeItem(item)
        self.cards.clear()
        self.clusters.clear()
        self._placed.clear()

    @property
    def board(self) -> Board:
        return Board() if self.state is None else self.state.board

    def show(self, state: BoardState, width: float | None = None) -> None:
        """Show ``state`` laid out ``width`` wide (None: as wide as before)."""
        if width is not None:
            self.width = width
        self.state = state
        layout = self.metrics.layout(state.board, self.width)
        self.layout = layout
        records: dict[int, Card] = {card.id: card for card in state.cards}
        titles = {cluster.id: cluster for cluster in state.board.clusters}
        placed = self._placed
        seen_cards: set[int] = set()
        seen_clusters: set[int | None] = set()
        width, height = self.metrics.card_width, self.metrics.card_height
        for block in layout.blocks:
            item = self.clusters.get(block.cluster_id)
            if item is None:
                item = ClusterItem(block.cluster_id, self.metrics, self.colours)
                item.overview = self.overview
                self.clusters[block.cluster_id] = item
                self.addItem(item)
            seen_clusters.add(block.cluster_id)
            area = block.area
            item.set_geometry(QRectF(area.x, area.y, area.width, area.height), block.heading.height)
            cluster = titles.get(block.cluster_id) if block.cluster_id is not None else None
            item.set_content(
                cluster.title if cluster else "",
                cluster.colour if cluster else "",
                len(block.cards),
            )
            for card_id, x, y in block.cards:
                card_item = self.cards.get(card_id)
                record = records[card_id]
                if card_item is None:
                    card_item = CardItem(record, self.metrics, self.colours)
                    card_item.setFlag(NO_CONTENTS, self.overview.on)
                    self.cards[card_id] = card_item
                    self.addItem(card_item)
                elif card_item.card is not record:
                    card_item.set_card(record)
                seen_cards.add(card_id)
                # Plain tuples, not item positions: comparing 2,000 of them stays cheap.
                if placed.get(card_id) != (x, y):
                    card_item.setPos(x, y)
                    placed[card_id] = (x, y)
            tiles = [
                (QRectF(x, y, width, height), card_colour(records[card_id].colour).fill, card_id)
                for card_id, x, y in block.cards
            ]
            if tiles != item.tiles:
                item.tiles = tiles
                if self.overview.on:
                    item.update()
        for card_id in set(self.cards) - seen_cards:
            self.removeItem(self.cards.pop(card_id))
            placed.pop(card_id, None)
        for cluster_id in set(self.clusters) - seen_clusters:
            self.removeItem(self.clusters.pop(cluster_id))
        margin = self.metrics.gap
        self.setSceneRect(
            QRectF(
                -margin,
                -margin,
                max(layout.width, self.metrics.card_width) + 2 * margin,
                max(layout.height, self.metrics.card_height) + 2 * margin,
            )
        )

    def set_overview(self, on: bool) -> None:
        """Cards drawn by their clusters as plain tiles (zoomed far out), or by themselves."""
        if on == self.overview.on:
            return
        self.overview.on = on
        for card in self.cards.values():
            # Not painted, but still there to be pressed on and framed by a rubber band.
            card.setFlag(NO_CONTENTS, on)
        for cluster in self.clusters.values():
            cluster.update()

    def _selection_changed(self) -> None:
        self.overview.selected = {
            item.card_id for item in self.selectedItems() if isinstance(item, CardItem)
        }
        if self.overview.on:
            for cluster in self.clusters.values():
                cluster.update()

    def relayout(self) -> None:
        """Put every item back where the layout has it (after a drag that changed nothing)."""
        if self.state is not None:
            self.show(self.state)

    def cluster_at(self, point: QPointF) -> ClusterItem | None:
        """The cluster (or the unsorted heap) whose area holds ``point``."""
        for item in self.clusters.values():
            if item.area().contains(point):
                return item
        return None

    def heading_at(self, point: QPointF) -> ClusterItem | None:
        for item in self.clusters.values():
            if item.cluster_id is not None and item.heading().contains(point):
                return item
        return None

    def card_at(self, point: QPointF) -> CardItem | None:
        for item in self.items(point):
            if isinstance(item, CardItem):
                return item
        return None

    def selected_cards(self) -> list[int]:
        """The selected cards in board order."""
        if self.state is None:
            return []
        chosen = {item.card_id for item in self.selectedItems() if isinstance(item, CardItem)}
        return [card_id for card_id in self.state.board.assignment if card_id in chosen]

    def selected_clusters(self) -> list[int]:
        return [
            cluster.id
            for cluster in self.board.clusters
            if (item := self.clusters.get(cluster.id)) is not None and item.isSelected()
        ]

    def select(self, card_ids: Iterable[int] = (), cluster_ids: Iterable[int] = ()) -> None:
        """Select exactly these cards and clusters, telling the change once."""
        items: list[QGraphicsItem] = [
            item for card_id in card_ids if (item := self.cards.get(card_id)) is not None
        ]
        items += [
            item
            for cluster_id in cluster_ids
            if (item := self.clusters.get(cluster_id)) is not None
        ]
        chosen = set(items)
        before = self.selectedItems()
        if set(before) == chosen:
            return
        # Each setSelected tells selectionChanged, and every listener reads the whole
        # selection: item by item, Ctrl+A on 2,000 cards took half a second.
        blocked = self.blockSignals(True)
        try:
            for item in before:
                if item not in chosen:
                    item.setSelected(False)
            for item in items:
                item.setSelected(True)
        finally:
            self.blockSignals(blocked)
        self.selectionChanged.emit()
