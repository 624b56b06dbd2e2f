"""The moderator's agenda wall: the grid, drags onto it, and its keyboard.

One widget paints the whole grid (see grid.py); the headers stay put while the cells
scroll. A drag only *asks* for a change through a signal; the panel turns it into an undo
command, the store changes, and the wall is drawn again from the store.

While a proposal is dragged (from a cell here, or from the marketplace list: the panel
forwards those mouse moves) the wall is frozen into one picture with the cells that fit
the proposal without a conflict tinted green; each frame paints that picture, the
outline of the cell under the mouse and the dragged card — not 150 cards.

Keyboard: the arrow keys move a dashed frame from cell to cell; Enter puts the selected
proposal there (Shift+Enter swaps it with the session there), Del takes the selected
session off the wall, M merges it with the session in the framed cell, Space selects the
session in the framed cell. F2, the Menu key or Shift+F10 offer the framed cell's time
slot and space to change (the same as a right click on their headers).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QToolTip, QWidget

from werkstatt.core.agenda import AgendaWall, Cell, conflict_index, fitting_cells
from werkstatt.gui.kinds.agenda import texts
from werkstatt.gui.kinds.agenda.grid import (
    MODERATOR_COLOURS,
    GridLayout,
    GridPainter,
    Sizes,
)

MODERATOR_SIZES = Sizes(
    cell_width=190,
    cell_height=96,
    break_height=30,
    header_width=120,
    header_height=58,
    title_px=14,
    small_px=12,
)
_ARROWS = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class WallView(QAbstractScrollArea):
    #: proposal id, target cell, swap (Shift held) — a drop or Enter
    placeRequested = Signal(int, object, bool)
    #: proposal id: Del on a selected session
    unplaceRequested = Signal(int)
    #: the session kept (in the framed cell), the one merged into it
    mergeRequested = Signal(int, int)
    #: a dragged proposal let go outside the wall: id, global position
    droppedOutside = Signal(int, QPoint)
    #: "slot" or "space", its id, global position (a header's context menu)
    headerMenuRequested = Signal(str, int, QPoint)
    #: the selected proposal changed (None: nothing selected)
    selectionChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_wall")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.sizes = MODERATOR_SIZES
        self.grid_painter = GridPainter(self.sizes, MODERATOR_COLOURS, self.font())
        self.wall = AgendaWall()
        self.layout_ = GridLayout(self.wall, self.sizes)
        self.selected: int | None = None
        self.cursor_cell: Cell | None = None
        self.placeholder = ""
        # A drag: the proposal, whether it hangs here, the press point, the frozen wall.
        self._press: QPoint | None = None
        self._pressed: int | None = None
        self.dragged: int | None = None
        self.highlights: frozenset[Cell] = frozenset()
        self.target: Cell | None = None
        self._ghost: QPoint | None = None
        self._backdrop: QPixmap | None = None
        #: the keyboard's way to the headers' menus: the framed cell's slot and space
        self.header_menu = QMenu(self)
        self.header_menu.setObjectName("agenda_header_menu")
        self.header_menu.triggered.connect(self._header_chosen)
        # The Menu key may bring a context-menu event after its key press: one menu.
        self._menu_by_key = False

    # --- showing the wall ------------------------------------------------------------
    def show_wall(self, wall: AgendaWall) -> None:
        self.wall = wall
        self.layout_ = GridLayout(wall, self.sizes)
        if self.selected is not None and self.selected not in {p.id for p in wall.visible}:
            self.selected = None
        if self.cursor_cell is not None and self._cell_index(self.cursor_cell) is None:
            self.cursor_cell = None
        self._update_scroll_range()
        self.viewport().update()

    def _update_scroll_range(self) -> None:
        view = self.viewport().size()
        for bar, extent, room in (
            (self.horizontalScrollBar(), self.layout_.width, view.width()),
            (self.verticalScrollBar(), self.layout_.height, view.height()),
        ):
            bar.setRange(0, max(0, int(extent - room)))
            bar.setPageStep(max(1, room))
            bar.setSingleStep(40)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_range()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def _offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def cell_at(self, position: QPoint | QPointF) -> Cell | None:
        """The session cell under a viewport position (None over headers and breaks)."""
        point = QPointF(position)
        if point.x() < self.sizes.header_width or point.y() < self.sizes.header_height:
            return None
        return self.layout_.cell_at(point + self._offset())

    def cell_centre(self, cell: Cell) -> QPoint:
        """Where a cell's middle is in the viewport now (scrolled into sight first)."""
        self.ensure_visible(cell)
        return (self.layout_.cell_rect(cell).center() - self._offset()).toPoint()

    def ensure_visible(self, cell: Cell) -> None:
        rect = self.layout_.cell_rect(cell)
        view = self.viewport().size()
        for bar, low, high, room, header in (
            (
                self.horizontalScrollBar(),
                rect.left(),
                rect.right(),
                view.width(),
                self.sizes.header_width,
            ),
            (
                self.verticalScrollBar(),
                rect.top(),
                rect.bottom(),
                view.height(),
                self.sizes.header_height,
            ),
        ):
            value = bar.value()
            if low - value < header:
                bar.setValue(int(low - header))
            elif high - value > room:
                bar.setValue(int(high - room))

    def card_at(self, position: QPoint | QPointF) -> int | None:
        """The session card under a viewport position."""
        cell = self.cell_at(position)
        if cell is None:
            return None
        sessions = self.wall.sessions_at(*cell)
        point = QPointF(position) + self._offset()
        for pid, rect in zip(sessions, self.layout_.card_rects(cell, len(sessions)), strict=True):
            if rect.contains(point):
                return pid
        return sessions[0] if sessions else None

    def header_at(self, position: QPoint) -> tuple[str, int] | None:
        point = QPointF(position)
        offset = self._offset()
        if point.y() < self.sizes.header_height and point.x() >= self.sizes.header_width:
            column = self.layout_.column_at(point.x() + offset.x())
            if column is not None:
                return "space", self.wall.spaces[column].id
        if point.x() < self.sizes.header_width and point.y() >= self.sizes.header_height:
            row = self.layout_.row_at(point.y() + offset.y())
            if row is not None:
                return "slot", self.wall.slots[row].id
        return None

    # --- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        if self._backdrop is not None:
            painter.drawPixmap(0, 0, self._backdrop)
            self._paint_drag(painter)
            return
        painter.fillRect(self.viewport().rect(), QColor(MODERATOR_COLOURS.background))
        if not self.wall.slots or not self.wall.spaces:
            self._paint_placeholder(painter)
            return
        offset = self._offset()
        sizes = self.sizes
        cells_area = QRectF(self.viewport().rect()).adjusted(
            sizes.header_width, sizes.header_height, 0, 0
        )
        painter.save()
        painter.setClipRect(cells_area)
        painter.translate(-offset)
        self.grid_painter.paint_cells(
            painter,
            self.layout_,
            cells_area.translated(offset),
            highlights=self.highlights,
            selected=self.selected,
            hidden=self.dragged,
        )
        if self.cursor_cell is not None and self.hasFocus() and self.dragged is None:
            pen = QPen(QColor(MODERATOR_COLOURS.target), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.layout_.cell_rect(self.cursor_cell).adjusted(2, 2, -2, -2))
        painter.restore()
        painter.save()
        painter.setClipRect(
            QRectF(sizes.header_width, 0, self.viewport().width(), sizes.header_height)
        )
        self.grid_painter.paint_column_headers(painter, self.layout_, -offset.x())
        painter.restore()
        painter.save()
        painter.setClipRect(
            QRectF(0, sizes.header_height, sizes.header_width, self.viewport().height())
        )
        self.grid_painter.paint_row_headers(painter, self.layout_, -offset.y())
        painter.restore()
        painter.fillRect(
            QRectF(0, 0, sizes.header_width, sizes.header_height),
            QColor(MODERATOR_COLOURS.header),
        )

    def _paint_placeholder(self, painter: QPainter) -> None:
        painter.setPen(QColor(MODERATOR_COLOURS.muted))
        box = QRectF(self.viewport().rect()).adjusted(40, 40, -40, -40)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(box, flags, self.placeholder)

    def _paint_drag(self, painter: QPainter) -> None:
        offset = self._offset()
        if self.target is not None:
            painter.setPen(QPen(QColor(MODERATOR_COLOURS.target), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.layout_.cell_rect(self.target).translated(-offset))
        if self._ghost is not None and self.dragged is not None:
            width, height = self.sizes.cell_width - 8, self.sizes.cell_height - 8
            rect = QRectF(self._ghost.x() - width / 2, self._ghost.y() - 12, width, height)
            painter.setOpacity(0.9)
            self.grid_painter.paint_card(
                painter, self.wall, self.dragged, rect, conflict_index(self.wall)
            )

    # --- dragging ----------------------------------------------------------------------
    def begin_drag(self, proposal_id: int) -> None:
        """A proposal picked up (here or in the marketplace): freeze the wall, with the
        cells it fits without a conflict tinted."""
        self.dragged = proposal_id
        self.highlights = frozenset(fitting_cells(self.wall, proposal_id))
        self.target = None
        self._ghost = None
        self._backdrop = None
        self._backdrop = self.viewport().grab()

    def drag_to(self, global_position: QPoint) -> None:
        if self.dragged is None:
            return
        position = self.viewport().mapFromGlobal(global_position)
        inside = self.viewport().rect().contains(position)
        target = self.cell_at(position) if inside else None
        ghost = position if inside else None
        if target != self.target or ghost != self._ghost:
            self.target = target
            self._ghost = ghost
            self.viewport().update()

    def finish_drag(self, global_position: QPoint, modifiers: Qt.KeyboardModifier) -> bool:
        """The proposal let go: asks for the change; False when not over the wall."""
        dragged = self.dragged
        position = self.viewport().mapFromGlobal(global_position)
        inside = self.viewport().rect().contains(position)
        target = self.cell_at(position) if inside else None
        self.cancel_drag()
        if dragged is None or not inside:
            return False
        if target is not None:
            swap = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            self.placeRequested.emit(dragged, target, swap)
        return True

    def cancel_drag(self) -> None:
        self.dragged = None
        self.highlights = frozenset()
        self.target = None
        self._ghost = None
        self._backdrop = None
        self.viewport().update()

    # --- mouse -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() == Qt.MouseButton.RightButton:
            header = self.header_at(position)
            if header is not None:
                self.headerMenuRequested.emit(
                    header[0], header[1], event.globalPosition().toPoint()
                )
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        cell = self.cell_at(position)
        if cell is not None:
            self.cursor_cell = cell
        card = self.card_at(position)
        self.select(card)
        if card is not None:
            self._press = position
            self._pressed = card
        self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        header = self.header_at(event.position().toPoint())
        if header is not None:
            self.headerMenuRequested.emit(header[0], header[1], event.globalPosition().toPoint())
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._pressed is None:
            return
        position = event.position().toPoint()
        if self.dragged is None:
            if (position - self._press).manhattanLength() < QApplication.startDragDistance():
                return
            self.begin_drag(self._pressed)
        self.drag_to(event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        self._press = None
        dragged = self.dragged
        self._pressed = None
        if dragged is None:
            return
        global_position = event.globalPosition().toPoint()
        if not self.finish_drag(global_position, event.modifiers()):
            self.droppedOutside.emit(dragged, global_position)

    # --- selection and keyboard --------------------------------------------------------
    def select(self, proposal_id: int | None) -> None:
        if proposal_id == self.selected:
            return
        self.selected = proposal_id
        self.viewport().update()
        self.selectionChanged.emit(proposal_id)

    def _cell_index(self, cell: Cell) -> tuple[int, int] | None:
        slots = [slot.id for slot in self.wall.slots]
        spaces = [space.id for space in self.wall.spaces]
        if cell.slot_id not in slots or cell.space_id not in spaces:
            return None
        return slots.index(cell.slot_id), spaces.index(cell.space_id)

    def move_cursor(self, rows: int, columns: int) -> None:
        slots = [slot for slot in self.wall.slots if not slot.is_break]
        spaces = self.wall.spaces
        if not slots or not spaces:
            return
        if self.cursor_cell is None:
            self.cursor_cell = Cell(slots[0].id, spaces[0].id)
        else:
            slot_ids = [slot.id for slot in slots]
            space_ids = [space.id for space in spaces]
            row = (
                slot_ids.index(self.cursor_cell.slot_id)
                if self.cursor_cell.slot_id in slot_ids
                else 0
            )
            column = space_ids.index(self.cursor_cell.space_id)
            row = max(0, min(len(slots) - 1, row + rows))
            column = max(0, min(len(spaces) - 1, column + columns))
            self.cursor_cell = Cell(slot_ids[row], space_ids[column])
        self.ensure_visible(self.cursor_cell)
        self.viewport().update()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._is_wall_key(event)
        ):
            # The wall's key, not a window's one-key shortcut (B would blank the projector).
            event.accept()
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._tooltip(event)
            return True
        return super().event(event)

    def _is_wall_key(self, event: QKeyEvent) -> bool:
        return event.key() in (Qt.Key.Key_M, Qt.Key.Key_Delete, Qt.Key.Key_Space, *_ENTER) or (
            _is_menu_key(event)
        )

    # --- the headers' menus by keyboard ---------------------------------------------------
    def open_header_menu(self) -> bool:
        """Offer the framed cell's time slot and space (the frame appears in the first
        cell if there is none); False when the wall has no cells."""
        if self.cursor_cell is None or self._cell_index(self.cursor_cell) is None:
            self.move_cursor(0, 0)
        cell = self.cursor_cell
        if cell is None:
            return False
        self.ensure_visible(cell)
        self.viewport().update()
        slot, space = self.wall.slot(cell.slot_id), self.wall.space(cell.space_id)
        menu = self.header_menu
        menu.clear()
        slot_action = menu.addAction(
            self.tr("Time slot %1 …").replace("%1", texts.time_range(slot))
        )
        slot_action.setData(("slot", slot.id))
        space_action = menu.addAction(self.tr("Space “%1” …").replace("%1", space.name))
        space_action.setData(("space", space.id))
        rect = self.layout_.cell_rect(cell).translated(-self._offset())
        menu.popup(self.viewport().mapToGlobal(rect.center().toPoint()))
        menu.setActiveAction(slot_action)
        return True

    def header_position(self, what: str, cell: Cell) -> QPoint:
        """Where the cell's space (column) or slot (row) header is on the screen now."""
        rect = self.layout_.cell_rect(cell).translated(-self._offset())
        if what == "space":
            point = QPointF(rect.center().x(), self.sizes.header_height / 2)
        else:
            point = QPointF(self.sizes.header_width / 2, rect.center().y())
        return self.viewport().mapToGlobal(point.toPoint())

    def _header_chosen(self, action: QAction) -> None:
        data = action.data()
        if not isinstance(data, tuple) or self.cursor_cell is None:
            return
        what, item_id = data
        self.headerMenuRequested.emit(what, item_id, self.header_position(what, self.cursor_cell))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # The mouse's right click is handled on press (headers only); the keyboard's
        # (Menu key, Shift+F10 on some systems) opens the framed cell's menu.
        if event.reason() != QContextMenuEvent.Reason.Keyboard:
            event.ignore()
            return
        if self._menu_by_key or self.header_menu.isVisible():
            event.accept()
            return
        if self.open_header_menu():
            event.accept()
        else:
            event.ignore()

    def _tooltip(self, event: QHelpEvent) -> None:
        cell = self.cell_at(event.pos())
        if cell is None:
            QToolTip.hideText()
            return
        lines = [self.wall.proposal(pid).title for pid in self.wall.sessions_at(*cell)]
        lines += [
            "⚠ " + texts.sentence(conflict, self.wall)
            for conflict in conflict_index(self.wall).at(*cell)
        ]
        if lines:
            QToolTip.showText(event.globalPos(), "\n".join(lines), self)
        else:
            QToolTip.hideText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if _is_menu_key(event):
            if self.open_header_menu():
                self._menu_by_key = True
                QTimer.singleShot(0, self._menu_key_done)
                return
            super().keyPressEvent(event)
            return
        if key in _ARROWS:
            rows, columns = _ARROWS[key]
            self.move_cursor(rows, columns)
            return
        if key in _ENTER and self.selected is not None and self.cursor_cell is not None:
            self.placeRequested.emit(self.selected, self.cursor_cell, shift)
            return
        if key == Qt.Key.Key_Delete and self.selected is not None:
            if self.selected in self.wall.placement:
                self.unplaceRequested.emit(self.selected)
            return
        if key == Qt.Key.Key_Space and self.cursor_cell is not None:
            sessions = self.wall.sessions_at(*self.cursor_cell)
            self.select(sessions[0] if sessions else None)
            return
        if key == Qt.Key.Key_M and self.selected is not None and self.cursor_cell is not None:
            others = [
                pid for pid in self.wall.sessions_at(*self.cursor_cell) if pid != self.selected
            ]
            if others:
                self.mergeRequested.emit(others[0], self.selected)
            return
        super().keyPressEvent(event)

    def _menu_key_done(self) -> None:
        self._menu_by_key = False


def _is_menu_key(event: QKeyEvent) -> bool:
    """F2, the Menu key, or Shift+F10: the framed cell's slot and space menu."""
    key = event.key()
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key == Qt.Key.Key_F10:
        return modifiers == Qt.KeyboardModifier.ShiftModifier
    return key in (Qt.Key.Key_F2, Qt.Key.Key_Menu) and modifiers == Qt.KeyboardModifier.NoModifier
