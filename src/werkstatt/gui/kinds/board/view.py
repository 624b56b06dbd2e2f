"""The moderator's view of the board: select, drag, drop, zoom.

A press on a card selects it (Ctrl toggles), a drag moves the selected cards under the
mouse and outlines the cluster they would land in; the drop only *asks* for the change
(``cardsDropped``): the panel turns it into an undo command, the store changes, and the
scene is drawn again from the store. A press on empty board starts a rubber band; a
heading dragged onto another cluster asks for a merge. Ctrl+wheel, Ctrl+plus/minus zoom,
Ctrl+0 fits the board. With cards selected, typing a letter asks for the type-ahead.

The keyboard has a place of its own on the board (board.cursor), drawn as a dashed frame
while the view has the focus: the arrow keys move it from card to card, Alt+Up/Down from
heading to heading (selecting that cluster), Shift+arrow selects from where the last plain
move started, Space selects the card (or cluster) under it alone, Ctrl+Return adds or
takes it out of the selection. Ctrl+Space stays the run page's timer key, and so do
PageUp/PageDown (a presenter's clicker sends them: next/previous phase). Space itself is
the board's while the board has the focus and something on it, so a moderator selecting
cards does not start or pause the timer by the way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView, QWidget

from werkstatt.gui.kinds.board import cursor
from werkstatt.gui.kinds.board.cursor import Move, Spot
from werkstatt.gui.kinds.board.items import (
    CARD_Z,
    DRAGGED_Z,
    OVERVIEW_LINE_PX,
    CardItem,
    ClusterItem,
)
from werkstatt.gui.kinds.board.scene import NO_CONTENTS, BoardScene

_ZOOM_STEP = 1.2
_ZOOM_RANGE = (0.05, 4.0)
_ARROWS = {
    Qt.Key.Key_Left: Move.LEFT,
    Qt.Key.Key_Right: Move.RIGHT,
    Qt.Key.Key_Up: Move.UP,
    Qt.Key.Key_Down: Move.DOWN,
}
_HEADING_ARROWS = {Qt.Key.Key_Up: Move.PREVIOUS_HEADING, Qt.Key.Key_Down: Move.NEXT_HEADING}
_TOGGLE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Room kept around the keyboard's card when the view scrolls to it (view pixels).
_CURSOR_MARGIN = 24
_CURSOR_COLOUR = "#1d1d1d"


class BoardView(QGraphicsView):
    cardsDropped = Signal(list, object)  # card ids, cluster id (None: unsorted)
    clusterDropped = Signal(int, int)  # the dragged cluster, the cluster it merges into
    renameRequested = Signal(int)  # cluster id
    deleteRequested = Signal()
    typeAheadRequested = Signal(str)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board_scene = scene
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        # A narrower or wider window keeps what the moderator looked at in the middle.
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._press: QPointF | None = None  # scene point of a press on a card or heading
        self._dragged: list[QGraphicsItem] = []
        self._origins: list[QPointF] = []
        self._dragging = False
        self._target: ClusterItem | None = None
        self._backdrop: QPixmap | None = None  # the board frozen while cards are dragged
        self._frozen: list[QGraphicsItem] = []
        self._placeholder = ""
        self._cursor: Spot | None = None  # the keyboard's place
        self._anchor: int | None = None  # the card a Shift+arrow selection starts from
        #: The whole board is in sight and kept so (on resize, after a change) until the
        #: moderator zooms.
        self.fitted = True
        self.rubberBandChanged.connect(self._rubber_band)

    # --- zoom ----------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """The moderator's zoom: kept from now on, until the board is fitted again."""
        low, high = _ZOOM_RANGE
        factor = max(low / self.zoom(), min(high / self.zoom(), factor))
        self.scale(factor, factor)
        self.fitted = False

    def holding(self) -> bool:
        """Cards or a heading are held with the mouse (pressed, perhaps dragged)."""
        return self._press is not None

    def fit(self) -> None:
        """The whole board in sight (never larger than its natural size)."""
        rect = self.board_scene.sceneRect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.resetTransform()
            self.centerOn(rect.center())
        self.fitted = True

    def centre(self) -> QPointF:
        """The board point in the middle of the view."""
        return self.mapToScene(self.viewport().rect().center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._backdrop is not None:
            event.accept()  # the frozen board cannot scroll or zoom
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(_ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # --- mouse ---------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = self.mapToScene(event.position().toPoint())
        scene = self.board_scene
        toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        card = scene.card_at(point)
        if card is not None:
            self._set_cursor(Spot(card.card_id), scroll=False)
            self._anchor = card.card_id
            if toggle:
                card.setSelected(not card.isSelected())
                if not card.isSelected():
                    return
            elif not card.isSelected():
                scene.select(card_ids=[card.card_id])
            self._deselect_clusters()
            self._start(
                point, [item for item in scene.selectedItems() if isinstance(item, CardItem)]
            )
            return
        heading = scene.heading_at(point)
        if heading is not None and heading.cluster_id is not None:
            self._set_cursor(Spot(cluster_id=heading.cluster_id), scroll=False)
            scene.select(cluster_ids=[heading.cluster_id])
            # The cluster's cards travel with their heading.
            cards = [scene.cards[card] for card in scene.board.cards_in(heading.cluster_id)]
            self._start(point, [heading, *cards])
            return
        if not toggle:
            scene.clearSelection()
        super().mousePressEvent(event)

    def _start(self, point: QPointF, items: list[QGraphicsItem]) -> None:
        self._press = point
        self._dragged = items
        self._origins = [item.pos() for item in items]
        self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        point = self.mapToScene(event.position().toPoint())
        if not self._dragging:
            moved = self.mapFromScene(self._press) - event.position().toPoint()
            if moved.manhattanLength() < QApplication.startDragDistance():
                return
            self._begin_drag()
        delta = point - self._press
        for item, origin in zip(self._dragged, self._origins, strict=True):
            item.setPos(origin + delta)
        self._set_target(self._drop_target(point))

    def _begin_drag(self) -> None:
        """Freeze the board behind the dragged items into one picture: each frame of the
        drag then paints that picture and the few dragged items, not 2,000 cards."""
        self._dragging = True
        overview = self.board_scene.overview
        for item in self._dragged:
            # Transparent, not hidden: a hidden item loses its selection.
            item.setOpacity(0.0)
            if isinstance(item, CardItem):
                overview.hidden.add(item.card_id)
                item.setFlag(NO_CONTENTS, False)  # the dragged cards paint themselves
        self._backdrop = self.viewport().grab()
        dragged = set(self._dragged)
        scene = self.board_scene
        self._frozen = [
            item
            for item in (*scene.cards.values(), *scene.clusters.values())
            if item not in dragged
        ]
        for item in self._frozen:
            item.setOpacity(0.0)
        for item in self._dragged:
            item.setOpacity(1.0)
            item.setZValue(DRAGGED_Z)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._backdrop is None:
            # Zoomed so far out that a card's text could not be read: tiles only.
            line = QFontMetricsF(self.board_scene.metrics.card_font).lineSpacing()
            self.board_scene.set_overview(self.zoom() * line < OVERVIEW_LINE_PX)
        super().paintEvent(event)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self._backdrop is None:
            super().drawBackground(painter, rect)
            return
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(0, 0, self._backdrop)
        painter.restore()
        if self._target is not None:
            pen = QPen(QColor(self.board_scene.colours.target), 5 / max(self.zoom(), 0.01))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._target.area(), 8, 8)

    def set_placeholder(self, text: str) -> None:
        """What an empty board says in its middle (where to get cards from)."""
        self._placeholder = text
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        if self.board_scene.overview.on and self._backdrop is None:
            self._draw_titles(painter)
        if self._backdrop is None:
            self._draw_cursor(painter)
        if not self._placeholder or self.board_scene.cards or self.board_scene.clusters:
            return
        painter.save()
        painter.resetTransform()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        painter.setFont(font)
        painter.setPen(QColor(self.board_scene.colours.muted))
        box = QRectF(self.viewport().rect()).adjusted(40, 40, -40, -40)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(box, flags, self._placeholder)
        painter.restore()

    def _draw_titles(self, painter: QPainter) -> None:
        """Zoomed far out the headings are too small for their titles: the titles are
        written over them at the screen's own size, so the board can still be read."""
        painter.save()
        painter.resetTransform()
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        height = metrics.height() + 6
        plain = QFont(self.font())
        plain_metrics = QFontMetricsF(plain)
        colours = self.board_scene.colours
        for item in self.board_scene.clusters.values():
            area = self.mapFromScene(item.area()).boundingRect()
            if area.width() < 24:
                continue
            box = QRectF(area.left(), area.top(), area.width(), height)
            painter.setPen(QColor(colours.frame))
            painter.setBrush(item.heading_colour())
            painter.drawRect(box)
            inner = box.adjusted(6, 0, -6, 0)
            centred = int(Qt.AlignmentFlag.AlignVCenter)
            room = inner.width()
            title_width = metrics.horizontalAdvance(item.label)
            count = item.count_text if item.cluster_id is not None else ""
            count_width = plain_metrics.horizontalAdvance(count)
            if count and title_width + 12 + count_width <= room:
                # the count too, when the whole title leaves room for it
                painter.setFont(plain)
                painter.setPen(QColor(colours.muted))
                painter.drawText(inner, centred | int(Qt.AlignmentFlag.AlignRight), count)
                painter.setFont(font)
            painter.setPen(QColor(colours.heading_text))
            title = metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, room)
            painter.drawText(inner, centred, title)
        painter.restore()

    def _drop_target(self, point: QPointF) -> ClusterItem | None:
        target = self.board_scene.cluster_at(point)
        if self._dragged and isinstance(self._dragged[0], ClusterItem):
            # A cluster's own area moves with it; it can only land on another one.
            for item in self.board_scene.clusters.values():
                if (
                    item is not self._dragged[0]
                    and item.cluster_id is not None
                    and item.area().contains(point)
                ):
                    return item
            return None
        return target

    def _set_target(self, target: ClusterItem | None) -> None:
        if target is self._target:
            return
        if self._target is not None:
            self._target.set_target(False)
        self._target = target
        if target is not None:
            target.set_target(True)
        if self._backdrop is not None:
            self.viewport().update()  # the outline is drawn over the frozen board

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        point = self.mapToScene(event.position().toPoint())
        dragged, dragging = self._dragged, self._dragging
        target = self._drop_target(point) if dragging else None
        self._end_drag()
        if not dragging:
            return
        first = dragged[0] if dragged else None
        if isinstance(first, ClusterItem):
            if (
                first.cluster_id is not None
                and target is not None
                and target.cluster_id is not None
            ):
                self.clusterDropped.emit(first.cluster_id, target.cluster_id)
            return
        cards = [item.card_id for item in dragged if isinstance(item, CardItem)]
        # Dropped on the heap or on empty board: back to unsorted.
        self.cardsDropped.emit(cards, None if target is None else target.cluster_id)

    def _end_drag(self) -> None:
        # Back where they were: the store's answer places them.
        for item, origin in zip(self._dragged, self._origins, strict=True):
            item.setPos(origin)
            item.setZValue(CARD_Z if isinstance(item, CardItem) else 0.0)
        self._set_target(None)
        for item in (*self._frozen, *self._dragged):
            item.setOpacity(1.0)
        for item in self._dragged:
            if isinstance(item, CardItem):
                item.setFlag(NO_CONTENTS, self.board_scene.overview.on)
        self._frozen = []
        self.board_scene.overview.hidden.clear()
        if self._backdrop is not None:
            self._backdrop = None
            self.viewport().update()
        self._press = None
        self._dragged, self._origins = [], []
        self._dragging = False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        heading = self.board_scene.heading_at(self.mapToScene(event.position().toPoint()))
        if heading is not None and heading.cluster_id is not None:
            self.renameRequested.emit(heading.cluster_id)
            return
        super().mouseDoubleClickEvent(event)

    def _rubber_band(self, rect: object, start: QPointF, end: QPointF) -> None:
        self._deselect_clusters_if_cards()

    def _deselect_clusters(self) -> None:
        for item in self.board_scene.clusters.values():
            if item.isSelected():
                item.setSelected(False)

    def _deselect_clusters_if_cards(self) -> None:
        selected = self.board_scene.selectedItems()
        if any(isinstance(item, CardItem) for item in selected):
            for item in selected:
                if isinstance(item, ClusterItem):
                    item.setSelected(False)

    # --- keys ----------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._is_board_key(event)
        ):
            # The board's key, not a window's shortcut (B would blank the projector,
            # Space start the timer).
            event.accept()
            return True
        return super().event(event)

    def _is_board_key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if event.key() == Qt.Key.Key_Space:
            return modifiers == Qt.KeyboardModifier.NoModifier and self._has_items()
        return plain and self._types_ahead(event)

    def _has_items(self) -> bool:
        return bool(self.board_scene.cards or self.board_scene.clusters)

    def _types_ahead(self, event: QKeyEvent) -> bool:
        text = event.text()
        return (
            bool(text)
            and text.isprintable()
            and not text.isspace()
            and bool(self.board_scene.selected_cards())
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._key(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        """Do what the key means on the board; False: not a key of the board's."""
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        scene = self.board_scene
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            control and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
        ):
            self._zoom_at_centre(_ZOOM_STEP)
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (
            control and key == Qt.Key.Key_Minus
        ):
            self._zoom_at_centre(1 / _ZOOM_STEP)
        elif control and key == Qt.Key.Key_0:
            self.fit()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            scene.select(card_ids=list(scene.cards))
        elif key == Qt.Key.Key_Escape and scene.selectedItems():
            scene.clearSelection()
        elif key == Qt.Key.Key_F2 and (clusters := scene.selected_clusters()):
            self.renameRequested.emit(clusters[0])
        elif key == Qt.Key.Key_Delete and scene.selected_clusters():
            self.deleteRequested.emit()
        elif alt and not control and key in _HEADING_ARROWS:
            self._move_cursor(_HEADING_ARROWS[key], extend=False)
        elif not control and not alt and key in _ARROWS:
            self._move_cursor(_ARROWS[key], extend=shift)
        elif key == Qt.Key.Key_Space and modifiers == Qt.KeyboardModifier.NoModifier:
            self._select_cursor()
        elif control and not alt and key in _TOGGLE_KEYS:
            self._toggle_cursor()
        elif not control and not alt and self._types_ahead(event):
            self.typeAheadRequested.emit(event.text())
        else:
            return False
        return True

    # --- the keyboard's place -----------------------------------------------------
    def cursor_spot(self) -> Spot | None:
        """Where the keyboard is, if that card or heading is still on the board."""
        layout = self.board_scene.layout
        if self._cursor is None or layout is None or not cursor.contains(layout, self._cursor):
            return None
        return self._cursor

    def _start_spot(self, move: Move) -> Spot | None:
        """The keyboard's place before its first move: the selection, else the start."""
        layout = self.board_scene.layout
        if layout is None:
            return None
        scene = self.board_scene
        cards, clusters = scene.selected_cards(), scene.selected_clusters()
        headings = move in (Move.PREVIOUS_HEADING, Move.NEXT_HEADING)
        if clusters and (headings or not cards):
            return Spot(cluster_id=clusters[0])
        if cards:
            return Spot(cards[0])
        return cursor.first(layout, move)

    def _move_cursor(self, move: Move, extend: bool) -> None:
        layout = self.board_scene.layout
        if layout is None:
            return
        spot = self.cursor_spot()
        if spot is None:
            spot = self._start_spot(move)
            if spot is None:
                return
            if spot.on_heading or move not in (Move.PREVIOUS_HEADING, Move.NEXT_HEADING):
                # The first key shows where the keyboard is, it does not move on yet.
                target = spot
            else:
                target = cursor.step(layout, spot, move)
        else:
            target = cursor.step(layout, spot, move)
        scene = self.board_scene
        if target.on_heading:
            if move in (Move.PREVIOUS_HEADING, Move.NEXT_HEADING):
                scene.select(cluster_ids=_ids(target.cluster_id))
            self._anchor = None
        elif extend and target.card_id is not None:
            if self._anchor is None:
                self._anchor = spot.card_id if spot.card_id is not None else target.card_id
            scene.select(card_ids=cursor.between(layout, self._anchor, target.card_id))
        else:
            self._anchor = target.card_id
        self._set_cursor(target)

    def _select_cursor(self) -> None:
        spot = self.cursor_spot() or self._start_spot(Move.RIGHT)
        if spot is None:
            return
        if spot.on_heading:
            self.board_scene.select(cluster_ids=_ids(spot.cluster_id))
        else:
            self.board_scene.select(card_ids=_ids(spot.card_id))
            self._anchor = spot.card_id
        self._set_cursor(spot)

    def _toggle_cursor(self) -> None:
        spot = self.cursor_spot() or self._start_spot(Move.RIGHT)
        if spot is None:
            return
        scene = self.board_scene
        if spot.on_heading:
            item = scene.clusters.get(spot.cluster_id)
            if item is not None:
                chosen = [c for c in scene.selected_clusters() if c != spot.cluster_id]
                if not item.isSelected() and spot.cluster_id is not None:
                    chosen.append(spot.cluster_id)
                scene.select(cluster_ids=chosen)  # a cluster or cards, never both
        elif spot.card_id is not None:
            chosen = [c for c in scene.selected_cards() if c != spot.card_id]
            if not scene.cards[spot.card_id].isSelected():
                chosen.append(spot.card_id)
            scene.select(card_ids=chosen)
            self._anchor = spot.card_id
        self._set_cursor(spot)

    def _cursor_rect(self, spot: Spot | None) -> QRectF | None:
        if spot is None:
            return None
        scene = self.board_scene
        if spot.card_id is not None:
            card = scene.cards.get(spot.card_id)
            return None if card is None else card.sceneBoundingRect()
        heading = scene.clusters.get(spot.cluster_id)
        return None if heading is None else heading.heading()

    def _set_cursor(self, spot: Spot, scroll: bool = True) -> None:
        old = self._cursor_rect(self._cursor)
        self._cursor = spot
        new = self._cursor_rect(spot)
        for rect in (old, new):
            if rect is not None:
                self._update_around(rect)
        if scroll and new is not None:
            self.ensureVisible(new, _CURSOR_MARGIN, _CURSOR_MARGIN)

    def _update_around(self, rect: QRectF) -> None:
        self.viewport().update(self.mapFromScene(rect).boundingRect().adjusted(-6, -6, 6, 6))

    def _draw_cursor(self, painter: QPainter) -> None:
        if not self.hasFocus():
            return
        # The item's own rectangle: no walk through the layout on every paint.
        rect = self._cursor_rect(self._cursor)
        if rect is None:
            return
        painter.save()
        # A frame of the screen's pixels, whatever the zoom, just outside the item.
        pen = QPen(QColor(_CURSOR_COLOUR), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        outset = 3 / max(self.zoom(), 0.01)
        painter.drawRect(rect.adjusted(-outset, -outset, outset, outset))
        painter.restore()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._update_cursor()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._update_cursor()

    def _update_cursor(self) -> None:
        rect = self._cursor_rect(self._cursor)
        if rect is not None:
            self._update_around(rect)

    def cursor_heading_point(self) -> QPoint:
        """Where a menu for the selected cluster opens (global): under its heading, or
        under the keyboard's place, or the view's top left."""
        scene = self.board_scene
        clusters = scene.selected_clusters()
        rect = scene.clusters[clusters[0]].heading() if clusters else None
        if rect is None:
            rect = self._cursor_rect(self.cursor_spot())
        point = QPoint(0, 0)
        if rect is not None:
            point = self.mapFromScene(rect.bottomLeft())
        inside = self.viewport().rect()
        point = QPoint(
            max(inside.left(), min(point.x(), inside.right() - 40)),
            max(inside.top(), min(point.y(), inside.bottom() - 40)),
        )
        return self.viewport().mapToGlobal(point)

    def _zoom_at_centre(self, factor: float) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(factor)
        self.setTransformationAnchor(anchor)

    def viewport_point(self, scene_point: QPointF) -> QPoint:
        return self.mapFromScene(scene_point)


def _ids(item_id: int | None) -> list[int]:
    return [] if item_id is None else [item_id]
